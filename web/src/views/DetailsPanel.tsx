/** Left of the graph: what the focus is, and for an initiative, who backs it and what is missing. */
import { initiatives } from '../api/queries.js';
import type { EntityDetail, InitiativeDetail, InitiativeFilter, Lever, Link } from '../api/types.js';
import { AlignmentBadge, InitiativeFlags } from '../components/Alignment.js';
import { ErrorNote, Empty, Loading } from '../components/Status.js';
import { useAsync } from '../components/useAsync.js';
import { backersByLever, leverSummary } from '../model/summary.js';
import { LABEL_NAME, LEVERS, LEVER_STYLE, LINK_NAME, humanise } from '../model/vocabulary.js';

interface Nav { onOpen(id: string): void; onSelect(id: string): void; onPlace(id: string): void }

function InitiativeDetails({ d, onOpen, onSelect }: { d: InitiativeDetail } & Nav) {
  const by = backersByLever(d.backers);
  return (
    <>
      <p className="summary" data-testid="summary"><AlignmentBadge status={d.alignment.status} /> {leverSummary(d.alignment)}</p>
      <InitiativeFlags id={d.id} alignment={d.alignment} onSelect={onSelect} />
      {LEVERS.map((l: Lever) => (
        <section key={l} className={`lever-list l-${l}`} aria-label={`${LEVER_STYLE[l].name} backers`}>
          <h3><span aria-hidden="true">{LEVER_STYLE[l].glyph} </span>{LEVER_STYLE[l].name}: {LEVER_STYLE[l].who}</h3>
          {by[l].length === 0
            ? <p className="none">{d.alignment.status === 'UNKNOWN' ? 'Unknown: nothing recorded.' : 'None recorded (gap).'}</p>
            : (
              <ul>
                {by[l].map((b) => (
                  <li key={b.linkId}>
                    <button type="button" className="link" onClick={() => onOpen(b.backer.id)}>{b.backer.name}</button>
                    {b.stance === 'OPPOSES' && <strong className="opposes"> ✕ opposes</strong>}
                    {b.confidence === 'INFERRED' && <span className="muted"> (inferred)</span>}
                    {b.claimStatus === 'UNVERIFIED' && <span className="claim c-UNVERIFIED small-claim" title="A contributor's claim, not yet checked by a verifier"> ? unverified</span>}
                    {b.claimStatus === 'REJECTED' && <span className="claim c-REJECTED small-claim" title="Rejected by a verifier"> ✕ rejected</span>}
                    {b.validTo && <span className="muted"> until {b.validTo}</span>}
                    {' '}<button type="button" className="small" onClick={() => onSelect(b.linkId)} aria-label={`Evidence for ${b.backer.name} (${b.evidence.length} citations)`}>evidence ({b.evidence.length})</button>
                  </li>
                ))}
              </ul>
            )}
        </section>
      ))}
      <dl className="props">
        <div><dt>Status</dt><dd>{humanise(d.status)}</dd></div>
        <div><dt>Kind</dt><dd>{humanise(d.initiativeKind)}</dd></div>
        {d.frameworkElements.length > 0 && <div><dt>Framework elements</dt><dd>{d.frameworkElements.join(', ')}</dd></div>}
        {d.startDate && <div><dt>Dates</dt><dd>{d.startDate}{d.endDate ? ` to ${d.endDate}` : ''}</dd></div>}
        {d.funding && <div><dt>Funding</dt><dd>{d.funding}</dd></div>}
      </dl>
    </>
  );
}

function filterFor(d: EntityDetail): InitiativeFilter | null {
  switch (d.__typename) {
    case 'Organisation': case 'Directorate': return { organisation: d.id };
    case 'Partnership': return { partnership: d.id };
    case 'Place': return { place: d.id };
    case 'TargetGroup': return { targetGroup: d.id };
    default: return null;
  }
}

/** Links grouped by how they read from this entity: "Members", "Member of", "Works in"... */
function groupLinks(id: string, links: Link[]): { title: string; items: { link: Link; other: Link['from'] }[] }[] {
  const groups = new Map<string, { link: Link; other: Link['from'] }[]>();
  for (const l of links) {
    if (l.type === 'LEVER') continue;
    const out = l.from.id === id;
    const title = out ? humanise(LINK_NAME[l.type])
      : l.type === 'MEMBER_OF' ? 'Members' : l.type === 'PART_OF' ? 'Parts' : l.type === 'WITHIN' ? 'Contains'
        : l.type === 'WORKS_IN' ? 'Working here' : l.type === 'LOCATED_IN' ? 'Initiatives located here' : `${humanise(LINK_NAME[l.type])} (by)`;
    const list = groups.get(title) ?? [];
    list.push({ link: l, other: out ? l.to : l.from });
    groups.set(title, list);
  }
  return [...groups].map(([title, items]) => ({ title, items: items.sort((a, b) => a.other.name.localeCompare(b.other.name)) }));
}

function EntityLists({ d, onOpen, onSelect, onPlace }: { d: EntityDetail } & Nav) {
  const filter = filterFor(d);
  const inis = useAsync(filter ? `${d.id}` : null, (s) => initiatives(filter!, s));
  return (
    <>
      {d.description && <p>{d.description}</p>}
      {d.__typename === 'Place' && <p><button type="button" onClick={() => onPlace(d.id)}>Open the place map for {d.name}</button></p>}
      {filter && (
        <section aria-labelledby="inis-h">
          <h3 id="inis-h">Initiatives {inis.state === 'done' ? `(${inis.data.total})` : ''}</h3>
          {inis.state === 'loading' && <Loading what="initiatives" />}
          {inis.state === 'error' && <ErrorNote error={inis.error} what="initiatives" />}
          {inis.state === 'done' && (inis.data.items.length === 0 ? <Empty>No initiative recorded.</Empty> : (
            <ul className="ini-list">
              {inis.data.items.map((i) => (
                <li key={i.id}><button type="button" className="link" onClick={() => onOpen(i.id)}>{i.name}</button> <AlignmentBadge status={i.alignment.status} /></li>
              ))}
            </ul>
          ))}
        </section>
      )}
      {groupLinks(d.id, d.links).map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h3>{g.title} ({g.items.length})</h3>
          <ul>
            {g.items.map(({ link, other }) => (
              <li key={link.id}>
                <button type="button" className="link" onClick={() => onOpen(other.id)}>{other.name}</button>
                {link.role && <span className="muted"> ({link.role})</span>}{' '}
                <button type="button" className="small" onClick={() => onSelect(link.id)} aria-label={`Evidence for ${other.name}`}>evidence</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function DetailsPanel({ d, ...nav }: { d: EntityDetail } & Nav) {
  return (
    <section className="details" aria-labelledby="focus-h">
      <p className="kicker"><span className={`tag t-${d.label}`}>{LABEL_NAME[d.label]}</span>{d.placeholder && <span className="tag placeholder">unnamed in the sources</span>}</p>
      <h1 id="focus-h">{d.name}</h1>
      {d.__typename === 'Initiative' ? <InitiativeDetails d={d} {...nav} /> : <EntityLists d={d} {...nav} />}
    </section>
  );
}
