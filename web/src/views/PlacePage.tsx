/** For HWB officers: a place's partnerships and members, its initiatives by alignment status, and what hangs on one backer. */
import { BriefLinks } from '../components/BriefLinks.js';
import { Findings } from '../components/Findings.js';
import { useEffect } from 'react';
import { PLACE_KIND } from '../../../model/vocabulary.js';
import { useGql } from '../client/client.js';
import { AlignmentBadge, Flags } from '../components/Alignment.js';
import { Empty, ErrorNote, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import type { FlagHitItemFragment, PlaceInitiativesQuery as PlaceInitiativesData } from '../gql/graphql.js';
import { soleBackers } from '../model/fragility.js';
import { followLink, table, toUrl } from '../model/url.js';
import type { Neighbourhood } from '../model/graph.js';
import { LABEL_NAME, LEVER_STYLE, STATUS_TEXT, flagText, labelOf, type AlignmentStatus } from '../model/vocabulary.js';
import { EntityQuery } from './DetailsPanel.js';
import { NeighbourhoodQuery } from './ExplorePage.js';

const PlacesQuery = graphql(
  `query Places { entities(type: Place, first: 500) { nodes { id name ... on Place { kind } } } }`,
);
const PlaceInitiativesQuery =
  graphql(`query PlaceInitiatives($place: ID!) { initiatives(filter: { place: $place }, first: 500) { edges { node {
  id name status frameworkElements placeholder alignment { ...AlignmentCounts }
  backers { linkId lever stance validTo backer { id name type } }
} } } }`);
const PlaceFlagsQuery = graphql(`query PlaceFlags($place: ID!) {
  initiatives(filter: { place: $place }, first: 500) { edges { node { id alignment { flags { ...FlagHitItem } } } } }
}`);
type PlaceInitiative = PlaceInitiativesData['initiatives']['edges'][number]['node'];
type FlagHit = FlagHitItemFragment;

interface Props {
  id: string | null;
  open(id: string): void;
  openPlace(id: string): void;
}

export function partnershipsIn(place: string, nb: Neighbourhood) {
  const names = new Map(nb.nodes.map((n) => [n.id, n]));
  const local = new Set(nb.edges.filter((e) => e.type === 'WORKS_IN' && e.target === place).map((e) => e.source));
  const members = new Map<string, { id: string; name: string; type: string }[]>();
  for (const e of nb.edges) {
    if (e.type !== 'MEMBER_OF') continue;
    const list = members.get(e.target) ?? [];
    const m = names.get(e.source);
    if (m) list.push({ id: m.id, name: m.label, type: m.type });
    members.set(e.target, list);
  }
  return nb.nodes
    .filter(
      (n) => n.type === 'Partnership' && (local.has(n.id) || (members.get(n.id) ?? []).some((m) => local.has(m.id))),
    )
    .map((p) => ({
      id: p.id,
      name: p.label,
      members: (members.get(p.id) ?? []).sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const ORDER: AlignmentStatus[] = ['CONTESTED', 'PARTIAL', 'ALIGNED', 'UNKNOWN'];

function PlaceList({ openPlace }: { openPlace(id: string): void }) {
  const res = useGql(PlacesQuery, {});
  return (
    <main id="main" className="page">
      <h1>Place overview</h1>
      <p>Choose a place to see its partnerships, its initiatives by alignment, and what depends on a single backer.</p>
      {res.isPending && <Loading what="places" />}
      {res.isError && <ErrorNote error={res.error} what="places" />}
      {res.data && (
        <ul className="columns">
          {res.data.entities.nodes
            .slice()
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => openPlace(p.id)}>
                  {p.name}
                </button>{' '}
                <span className="muted">{'kind' in p && p.kind ? labelOf(PLACE_KIND, p.kind) : ''}</span>
              </li>
            ))}
        </ul>
      )}
    </main>
  );
}

function InitiativeRow({
  i,
  flags,
  open,
}: {
  i: PlaceInitiative;
  flags: FlagHit[] | undefined;
  open(id: string): void;
}) {
  return (
    <li>
      <button type="button" className="link" onClick={() => open(i.id)}>
        {i.name}
      </button>{' '}
      <AlignmentBadge status={i.alignment.status} />
      {flags ? (
        flags.length ? (
          <ul className="flags">
            {flags.map((f) => (
              <li key={f.flag} className="flag gap">
                <span aria-hidden="true">⚠ </span>
                {flagText(f.flag)} <span className="muted">{f.detail}</span>
              </li>
            ))}
          </ul>
        ) : null
      ) : (
        <Flags alignment={i.alignment} />
      )}
    </li>
  );
}

export function PlacePage({ id, open, openPlace }: Props) {
  const detailRes = useGql(EntityQuery, id ? { id } : null);
  const nbRes = useGql(NeighbourhoodQuery, id ? { id, depth: 2, limit: 800 } : null);
  const inisRes = useGql(PlaceInitiativesQuery, id ? { place: id } : null);
  const flagsRes = useGql(PlaceFlagsQuery, id ? { place: id } : null);
  const detail = { ...detailRes, entity: detailRes.data?.entity };
  const nb = { ...nbRes, neighbourhood: nbRes.data?.neighbourhood as Neighbourhood | undefined };
  const inis = { ...inisRes, list: inisRes.data?.initiatives.edges.map((e) => e.node) };
  const name = detail.entity?.name ?? id;
  useEffect(() => {
    document.title = `Place overview: ${name ?? 'choose a place'} · Levermap`;
  }, [name]);
  if (!id) return <PlaceList openPlace={openPlace} />;
  if (detail.isSuccess && (!detail.entity || detail.entity.__typename !== 'Place')) {
    return (
      <main id="main" className="page">
        <h1>Not a place</h1>
        <p className="status empty">“{id}” is not a place in the graph.</p>
        <PlaceList openPlace={openPlace} />
      </main>
    );
  }
  const flagMap = flagsRes.data
    ? new Map(flagsRes.data.initiatives.edges.map((e) => [e.node.id, e.node.alignment.flags]))
    : null;
  const fragile = inis.list ? soleBackers(inis.list) : [];
  const tableUrl = toUrl(table({ place: id }));
  return (
    <main id="main" className="page place">
      <p className="kicker">
        <button type="button" className="link" onClick={() => openPlace('')}>
          All places
        </button>
      </p>
      <h1>Place overview: {name}</h1>
      {detail.entity?.description && <p>{detail.entity.description}</p>}
      <BriefLinks kind="place" id={id} name={name ?? id} />
      <p>
        <button type="button" onClick={() => open(id)}>
          Open {name} in the network explorer
        </button>
      </p>
      <Findings about={id} heading="h2" />
      <div className="place-grid">
        <section aria-labelledby="pp-h">
          <h2 id="pp-h">Partnerships and their members</h2>
          {nb.isPending && <Loading what="partnerships" />}
          {nb.isError && <ErrorNote error={nb.error} what="partnerships" />}
          {nb.neighbourhood &&
            (() => {
              const ps = partnershipsIn(id, nb.neighbourhood);
              if (!ps.length) return <Empty>No partnership recorded here.</Empty>;
              return (
                <ul className="partnerships" data-testid="place-partnerships">
                  {ps.map((p) => (
                    <li key={p.id}>
                      <button type="button" className="link strong" onClick={() => open(p.id)}>
                        {p.name}
                      </button>
                      {p.members.length ? (
                        <ul>
                          {p.members.map((m) => (
                            <li key={m.id}>
                              <button type="button" className="link" onClick={() => open(m.id)}>
                                {m.name}
                              </button>{' '}
                              <span className="muted">{LABEL_NAME[m.type as keyof typeof LABEL_NAME]}</span>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="muted">No members recorded.</p>
                      )}
                    </li>
                  ))}
                </ul>
              );
            })()}
        </section>
        <section aria-labelledby="pi-h">
          <h2 id="pi-h">Initiatives by alignment</h2>
          <p>
            <a href={tableUrl} onClick={(e) => followLink(e, tableUrl)} data-testid="place-table-link">
              Initiatives here, in a table to find the gaps
            </a>
          </p>
          {inis.isPending && <Loading what="initiatives" />}
          {inis.isError && <ErrorNote error={inis.error} what="initiatives" />}
          {inis.list && inis.list.length === 0 && <Empty>No initiative is recorded as located here.</Empty>}
          {inis.list &&
            ORDER.map((st) => {
              const list = inis.list!.filter((i) => i.alignment.status === st);
              if (!list.length) return null;
              return (
                <section key={st} aria-label={STATUS_TEXT[st].name} data-testid={`status-${st}`}>
                  <h3>
                    <AlignmentBadge status={st} /> {list.length} {list.length === 1 ? 'initiative' : 'initiatives'}
                  </h3>
                  <p className="muted">{STATUS_TEXT[st].explain}</p>
                  <ul className="ini-list">
                    {list.map((i) => (
                      <InitiativeRow key={i.id} i={i} flags={flagMap?.get(i.id)} open={open} />
                    ))}
                  </ul>
                </section>
              );
            })}
        </section>
        <section aria-labelledby="pf-h">
          <h2 id="pf-h">Fragility: what depends on one backer</h2>
          <p className="muted">
            Initiatives here whose only enabling backer on a lever is this organisation, directorate or partnership
            (links valid today).
          </p>
          {inis.list &&
            (fragile.length === 0 ? (
              <Empty>No initiative here depends on a single backer for a lever.</Empty>
            ) : (
              <ul data-testid="fragility">
                {fragile.map((d) => (
                  <li key={d.backer.id}>
                    <button type="button" className="link strong" onClick={() => open(d.backer.id)}>
                      {d.backer.name}
                    </button>
                    : if it withdrew, {d.items.length} {d.items.length === 1 ? 'initiative' : 'initiatives'} would lose
                    a lever
                    <ul>
                      {d.items.map((it) => (
                        <li key={it.initiative.id}>
                          <button type="button" className="link" onClick={() => open(it.initiative.id)}>
                            {it.initiative.name}
                          </button>{' '}
                          <span className="muted">
                            loses {it.levers.map((l) => LEVER_STYLE[l].name.toLowerCase()).join(' and ')}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            ))}
        </section>
      </div>
    </main>
  );
}
