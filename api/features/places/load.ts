/**
 * Loads the ONS local authorities (ons.ts) into the graph: each place gets its ONS code and its WITHIN links
 * (district WITHIN county, upper tier WITHIN region, region WITHIN England), each cited by a dataset's record, through the import's
 * own plan and all-or-nothing commit. Places the documents named twice (the two Wigans) merge first, by code,
 * keeping every citation and every link.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { decodeCitations, encodeCitations, mergeCitations } from '../../../model/citation.js';
import { cite, placeRecords, RecordSet } from '../io/formats/build.js';
import { importData, type ImportReport } from '../io/import.js';
import { CLI_LIMITS } from '../io/read.js';
import { ONS_REGION_SOURCE, ONS_SOURCE, onsAreas, onsRegionLookup, type OnsArea } from './ons.js';

type Props = Record<string, unknown>;
const CITED = ['evSource', 'evLine', 'evQuote', 'evRecord'] as const;

export interface Merge {
  code: string;
  kept: string;
  merged: string[];
}

/** A link's id names its ends (TYPE:from:to[:lever]): the dropped place's id becomes the kept one's. */
const renamed = (id: string, drop: string, keep: string) =>
  id
    .split(':')
    .map((p) => (p === drop ? keep : p))
    .join(':');

/** Merges places that are one ONS area (same code, or no code and its name): the lowest id is kept. */
export async function mergeDuplicatePlaces(db: Database, areas: OnsArea[], user: string): Promise<Merge[]> {
  const rows = await db.read('places/duplicates', {
    areas: areas.map((a) => ({ code: a.code, name: a.name.toLowerCase() })),
  });
  const groups = new Map<string, { id: string; props: Props }[]>();
  for (const r of rows) {
    const g = groups.get(String(r.code)) ?? [];
    if (!g.some((x) => x.id === r.id)) g.push({ id: String(r.id), props: r.props as Props });
    groups.set(String(r.code), g);
  }
  const merges: Merge[] = [];
  for (const [code, places] of groups) {
    if (places.length < 2) continue;
    const [keep, ...drops] = places;
    const links = await db.read('places/links-of', { ids: places.map((p) => p.id) });
    const steps: { drop: string; creates: Props[]; updates: Props[] }[] = [];
    let ev = decodeCitations(keep!.props);
    const aliases = new Set((keep!.props.aliases as string[] | undefined) ?? []);
    const keepLinks = new Map(links.filter((l) => l.place === keep!.id).map((l) => [String(l.id), l.props as Props]));
    for (const d of drops) {
      ev = mergeCitations(ev, decodeCitations(d.props));
      for (const a of (d.props.aliases as string[] | undefined) ?? []) aliases.add(a);
      if (String(d.props.name) !== String(keep!.props.name)) aliases.add(String(d.props.name));
      const creates: Props[] = [];
      const updates: Props[] = [];
      for (const l of links.filter((x) => x.place === d.id)) {
        const id = renamed(String(l.id), d.id, keep!.id);
        const props = l.props as Props;
        const mine = keepLinks.get(id);
        if (mine) {
          const both = encodeCitations(mergeCitations(decodeCitations(mine), decodeCitations(props)));
          updates.push({ id, type: l.type, props: { evRecord: null, ...both } });
        } else {
          const from = l.from === d.id ? keep!.id : l.from;
          const to = l.to === d.id ? keep!.id : l.to;
          if (from === to) continue; // a link between the two duplicates says nothing once they are one
          creates.push({ type: l.type, from, to, props: { ...props, id } });
          keepLinks.set(id, props);
        }
      }
      steps.push({ drop: d.id, creates, updates });
    }
    const stored = encodeCitations(ev);
    const props = { ...Object.fromEntries(CITED.map((k) => [k, null])), ...stored, aliases: [...aliases] };
    await db.transaction('WRITE', 'places/merge', async (run) => {
      for (const s of steps) await run('places/merge', { keep: keep!.id, props, ...s });
      await run('audit/record-import', {
        audit: {
          id: randomUUID(),
          user,
          reason: `places ${drops.map((d) => d.id).join(', ')} merged into ${keep!.id}: one ONS area, ${code}`,
          format: 'ONS',
        },
        summary: JSON.stringify({ merged: drops.map((d) => d.id), into: keep!.id, code }),
      });
    });
    merges.push({ code, kept: keep!.id, merged: drops.map((d) => d.id) });
  }
  return merges;
}

/**
 * Names the documents give the compass regions ("North East England"): the same ONS region, matched as its name is.
 */
const COMPASS = /^(North|South) (East|West)$/;
const alsoNamed = (region: string) => (COMPASS.test(region) ? [`${region} England`] : []);

/** The ONS tables as import records: the sources, every area and region, England, and the WITHIN links. */
export async function onsRecords(db: Database, areas: OnsArea[]) {
  const set = new RecordSet(ONS_SOURCE.file);
  const { id: sourceId, ...source } = ONS_SOURCE;
  const { id: regionSourceId, ...regionSource } = ONS_REGION_SOURCE;
  set.add('sources', 1, { id: sourceId, ...source }, null);
  set.add('sources', 2, { id: regionSourceId, ...regionSource }, null);
  const ev = (a: OnsArea) => cite(sourceId, a.row, a.record);
  const inRegion = (r: { row: number; record: string }) => cite(regionSourceId, r.row, r.record);
  const { regions } = onsRegionLookup();
  const first = regions[0]!;
  const uses = [
    ...areas.map((a) => ({
      place: { code: a.code, name: a.name, kind: 'LA_AREA' as const },
      row: a.row,
      citation: ev(a),
    })),
    ...regions.map((r) => ({
      place: { code: r.code, name: r.name, kind: 'REGION' as const, alsoNamed: alsoNamed(r.name) },
      row: r.row,
      citation: inRegion(r),
    })),
    { place: { name: 'England', kind: 'NATION' as const }, row: first.row, citation: inRegion(first) },
  ];
  const ids = await placeRecords(db, set, uses);
  const england = ids.get('NATION:england');
  for (const a of areas) {
    const from = ids.get(a.code);
    if (!from) continue;
    if (a.upperTier) {
      const to = ids.get(a.upperTier);
      if (to) set.add('links', a.row, { type: 'WITHIN', from, to, confidence: 'STATED' }, [ev(a)]);
      continue;
    }
    const to = ids.get(a.region.code);
    if (!to) continue;
    // The region lookup lists districts and unitaries; a county lies in the one region of all its districts.
    const stated = a.tier !== 'COUNTY';
    set.add(
      'links',
      a.region.row,
      stated
        ? { type: 'WITHIN', from, to, confidence: 'STATED' }
        : {
            type: 'WITHIN',
            from,
            to,
            confidence: 'INFERRED',
            reason: 'The ONS region lookup puts every district of this county in this region.',
          },
      [inRegion(a.region)],
    );
  }
  for (const r of regions) {
    const from = ids.get(r.code);
    if (!from || !england) continue;
    set.add(
      'links',
      r.row,
      {
        type: 'WITHIN',
        from,
        to: england,
        confidence: 'INFERRED',
        reason: 'An ONS code that begins with E12 is a region of England.',
      },
      [inRegion(r)],
    );
  }
  return set.result('UTF-8');
}

/** Merges the duplicates, then imports the table (verified, as reference data): both can run again and change nothing. */
export async function loadOnsPlaces(
  db: Database,
  opts: { dryRun?: boolean; user?: string } = {},
): Promise<{ merges: Merge[]; report: ImportReport }> {
  const user = opts.user ?? 'system:ons-places';
  const areas = onsAreas();
  const merges = opts.dryRun ? [] : await mergeDuplicatePlaces(db, areas, user);
  const report = await importData(db, 'CSV', [], {
    dryRun: opts.dryRun ?? false,
    limits: CLI_LIMITS,
    actor: {
      auditId: randomUUID(),
      user,
      reason: 'ONS local authorities loaded',
      verifier: true,
      selfVerify: true,
      trusted: true,
    },
    read: () => onsRecords(db, areas),
  });
  return { merges, report };
}

/** One line for logs: what the places loader did. */
export function describePlaces(r: { merges: Merge[]; report: ImportReport }): string {
  const m = r.merges.map((x) => `${x.merged.join(', ')} into ${x.kept} (${x.code})`);
  if (!r.report.ok)
    return `not loaded, ${r.report.problems.length} problem(s): ${r.report.problems
      .slice(0, 3)
      .map((p) => p.reason)
      .join('; ')}`;
  return `${r.report.created} created, ${r.report.updated} updated, ${r.report.unchanged} unchanged${m.length ? `; merged ${m.join('; ')}` : ''}`;
}
