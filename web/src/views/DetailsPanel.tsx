/** Left of the graph: what the focus is, and for an initiative, who backs it and what is missing. */
import { BriefLinks, briefKindOf } from '../components/BriefLinks.js';
import { INITIATIVE_KIND, INITIATIVE_STATUS, LEVER_STATE } from '../../../model/vocabulary.js';
import { useGql } from '../client/client.js';
import { AlignmentBadge, InitiativeFlags } from '../components/Alignment.js';
import { Citations } from '../components/Citations.js';
import type { Link } from '../components/EvidencePanel.js';
import { Findings } from '../components/Findings.js';
import { ErrorNote, Empty, Loading } from '../components/Status.js';
import { graphql } from '../gql/index.js';
import type {
  EntityQuery as EntityData,
  EntityViewFragment,
  InitiativeFilter,
  InitiativeViewFragment,
} from '../gql/graphql.js';
import { backersByLever, leverSummary } from '../model/summary.js';
import {
  elementName,
  LABEL_NAME,
  LEVERS,
  LEVER_STYLE,
  LINK_NAME,
  humanise,
  labelOf,
  type Lever,
} from '../model/vocabulary.js';
import { followLink, table, toUrl } from '../model/url.js';
import { plural } from '../model/words.js';

graphql(`fragment BackerItem on Backer {
  linkId lever stance class confidence reason validFrom validTo claimStatus backer { ...Ref } evidence { ...Citation }
}`);
/** What the initiative view shows: add a field here and in InitiativeDetails below, then npm run codegen. */
graphql(`fragment InitiativeView on Initiative {
  id kind status frameworkElements preventionTier startDate endDate funding benefitExpected
  backers { ...BackerItem } alignment { ...AlignmentCounts }
  leverStates { lever state absences { ...Citation } checks { checkedBy checkedOn note } }
}`);
/** Any node, with its links; the kind of each label is named for its label, since the enums differ. */
graphql(`fragment EntityView on Entity {
  __typename id name label aliases description placeholder version evidence { ...Citation } links { ...LinkDetail }
  ... on Organisation { type subtype validFrom validTo }
  ... on Directorate { directorateKind: kind }
  ... on Partnership { partnershipKind: kind validFrom validTo }
  ... on TargetGroup { groupKind: kind }
  ... on Place { placeKind: kind code }
  ... on Initiative { initiativeKind: kind frameworkElements preventionTier status startDate endDate funding benefitExpected }
}`);
/** The explorer's focus (and the evidence panel's node): the entity, and for an initiative its backers and alignment. */
export const EntityQuery = graphql(
  `query Entity($id: ID!) { entity(id: $id) { ...EntityView } initiative(id: $id) { ...InitiativeView } }`,
);
const InitiativesQuery = graphql(`query Initiatives($filter: InitiativeFilter, $first: Int) {
  initiatives(filter: $filter, first: $first) { totalCount edges { node { id name status frameworkElements placeholder alignment { ...AlignmentCounts } } } }
}`);
export { InitiativesQuery };
export type { EntityData };

interface Nav {
  onOpen(id: string): void;
  onSelect(id: string): void;
  onPlace(id: string): void;
}

type LeverStateView = InitiativeViewFragment['leverStates'][number];

/**
 * A lever with no enabling backer: "not recorded" (the sources are silent: unknown, dashed and grey, never a gap)
 * or "confirmed absent" (a document says so, or an editor checked), with what confirms it.
 */
function LeverNone({ state }: { state: LeverStateView | undefined }) {
  if (!state || state.state !== 'ABSENT')
    return (
      <p className="none not-recorded" data-state="NOT_RECORDED">
        {labelOf(LEVER_STATE, 'NOT_RECORDED').toLowerCase()}: the sources do not say (not a gap)
      </p>
    );
  return (
    <div className="none absent" data-state="ABSENT">
      <strong>{labelOf(LEVER_STATE, 'ABSENT')}</strong>
      {state.absences.length > 0 && <Citations evidence={state.absences} />}
      <ul>
        {state.checks.map((c) => (
          <li key={`${c.checkedBy}:${c.checkedOn}`}>
            checked: none, by {c.checkedBy ?? 'an editor'} on {c.checkedOn}
            {c.note ? ` (${c.note})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

function InitiativeDetails({ d, onOpen, onSelect }: { d: InitiativeViewFragment } & Nav) {
  const by = backersByLever(d.backers);
  return (
    <>
      <p className="summary" data-testid="summary">
        <AlignmentBadge status={d.alignment.status} /> {leverSummary(d.alignment)}
      </p>
      <InitiativeFlags id={d.id} alignment={d.alignment} onSelect={onSelect} />
      {LEVERS.map((l: Lever) => (
        <section key={l} className={`lever-list l-${l}`} aria-label={`${LEVER_STYLE[l].name} backers`}>
          <h2>
            <span aria-hidden="true">{LEVER_STYLE[l].glyph} </span>
            {LEVER_STYLE[l].name}: {LEVER_STYLE[l].who}
          </h2>
          {by[l].length === 0 ? (
            <LeverNone state={d.leverStates.find((s) => s.lever === l)} />
          ) : (
            <ul>
              {by[l].map((b) => (
                <li key={b.linkId}>
                  <button type="button" className="link" onClick={() => onOpen(b.backer.id)}>
                    {b.backer.name}
                  </button>
                  {b.stance === 'OPPOSES' && <strong className="opposes"> ✕ opposes</strong>}
                  {b.confidence === 'INFERRED' && <span className="muted"> (inferred)</span>}
                  {b.claimStatus === 'UNVERIFIED' && (
                    <span
                      className="claim c-UNVERIFIED small-claim"
                      title="A contributor's claim, not yet checked by a verifier"
                    >
                      {' '}
                      ? unverified
                    </span>
                  )}
                  {b.claimStatus === 'REJECTED' && (
                    <span className="claim c-REJECTED small-claim" title="Rejected by a verifier">
                      {' '}
                      ✕ rejected
                    </span>
                  )}
                  {b.validTo && <span className="muted"> until {b.validTo}</span>}{' '}
                  <button
                    type="button"
                    className="small"
                    onClick={() => onSelect(b.linkId)}
                    aria-label={`Evidence for ${b.backer.name} (${plural(b.evidence.length, 'citation')})`}
                  >
                    evidence ({b.evidence.length})
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <dl className="props">
        <div>
          <dt>Status</dt>
          <dd>{labelOf(INITIATIVE_STATUS, d.status)}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{labelOf(INITIATIVE_KIND, d.kind)}</dd>
        </div>
        {d.frameworkElements.length > 0 && (
          <div>
            <dt>Framework elements</dt>
            <dd>
              <ul className="plain">
                {d.frameworkElements.map((e) => (
                  <li key={e}>{elementName(e)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {d.startDate && (
          <div>
            <dt>Dates</dt>
            <dd>
              {d.startDate}
              {d.endDate ? ` to ${d.endDate}` : ''}
            </dd>
          </div>
        )}
        {d.funding && (
          <div>
            <dt>Funding</dt>
            <dd>{d.funding}</dd>
          </div>
        )}
      </dl>
    </>
  );
}

function filterFor(d: EntityViewFragment): InitiativeFilter | null {
  switch (d.__typename) {
    case 'Organisation':
    case 'Directorate':
      return { organisation: d.id };
    case 'Partnership':
      return { partnership: d.id };
    case 'Place':
      return { place: d.id };
    case 'TargetGroup':
      return { targetGroup: d.id };
    default:
      return null;
  }
}

/** Links grouped by how they read from this entity: "Members", "Member of", "Works in"... */
function groupLinks(
  id: string,
  links: readonly Link[],
): { title: string; items: { link: Link; other: Link['from'] }[] }[] {
  const groups = new Map<string, { link: Link; other: Link['from'] }[]>();
  for (const l of links) {
    if (l.type === 'LEVER') continue;
    const out = l.from.id === id;
    const title = out
      ? humanise(LINK_NAME[l.type])
      : l.type === 'MEMBER_OF'
        ? 'Members'
        : l.type === 'PART_OF'
          ? 'Parts'
          : l.type === 'WITHIN'
            ? 'Contains'
            : l.type === 'WORKS_IN'
              ? 'Working here'
              : l.type === 'LOCATED_IN'
                ? 'Initiatives located here'
                : `${humanise(LINK_NAME[l.type])} (by)`;
    const list = groups.get(title) ?? [];
    list.push({ link: l, other: out ? l.to : l.from });
    groups.set(title, list);
  }
  return [...groups].map(([title, items]) => ({
    title,
    items: items.sort((a, b) => a.other.name.localeCompare(b.other.name)),
  }));
}

/** The initiatives table filtered by this place, partnership, organisation or group. */
function TableLink({ filter, name }: { filter: InitiativeFilter; name: string }) {
  const url = toUrl(
    table({
      place: filter.place ?? null,
      partnership: filter.partnership ?? null,
      organisation: filter.organisation ?? null,
      targetGroup: filter.targetGroup ?? null,
    }),
  );
  return (
    <p>
      <a href={url} onClick={(e) => followLink(e, url)}>
        Find the gaps in {name}'s initiatives (table)
      </a>
    </p>
  );
}

function EntityLists({ d, onOpen, onSelect, onPlace }: { d: EntityViewFragment } & Nav) {
  const filter = filterFor(d);
  const res = useGql(InitiativesQuery, filter ? { filter, first: 500 } : null);
  const inis = res.isPending
    ? { state: 'loading' as const }
    : res.isError
      ? { state: 'error' as const, error: res.error }
      : {
          state: 'done' as const,
          data: { total: res.data.initiatives.totalCount, items: res.data.initiatives.edges.map((e) => e.node) },
        };
  return (
    <>
      {d.description && <p>{d.description}</p>}
      {briefKindOf(d.__typename) && <BriefLinks kind={briefKindOf(d.__typename)!} id={d.id} name={d.name} />}
      {d.__typename === 'Place' && (
        <p>
          <button type="button" onClick={() => onPlace(d.id)}>
            Open the place overview for {d.name}
          </button>
        </p>
      )}
      {filter && (
        <section aria-labelledby="inis-h">
          <h2 id="inis-h">Initiatives {inis.state === 'done' ? `(${inis.data.total})` : ''}</h2>
          <TableLink filter={filter} name={d.name} />
          {inis.state === 'loading' && <Loading what="initiatives" />}
          {inis.state === 'error' && <ErrorNote error={inis.error} what="initiatives" />}
          {inis.state === 'done' &&
            (inis.data.items.length === 0 ? (
              <Empty>No initiative recorded.</Empty>
            ) : (
              <ul className="ini-list">
                {inis.data.items.map((i) => (
                  <li key={i.id}>
                    <button type="button" className="link" onClick={() => onOpen(i.id)}>
                      {i.name}
                    </button>{' '}
                    <AlignmentBadge status={i.alignment.status} />
                  </li>
                ))}
              </ul>
            ))}
        </section>
      )}
      {groupLinks(d.id, d.links).map((g) => (
        <section key={g.title} aria-label={g.title}>
          <h2>
            {g.title} ({g.items.length})
          </h2>
          <ul>
            {g.items.map(({ link, other }) => (
              <li key={link.id}>
                <button type="button" className="link" onClick={() => onOpen(other.id)}>
                  {other.name}
                </button>
                {link.role && <span className="muted"> ({link.role})</span>}{' '}
                <button
                  type="button"
                  className="small"
                  onClick={() => onSelect(link.id)}
                  aria-label={`Evidence for ${other.name}`}
                >
                  evidence
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function DetailsPanel({ data, ...nav }: { data: EntityData } & Nav) {
  const d = data.entity!;
  return (
    <section className="details" aria-labelledby="focus-h">
      <p className="kicker">
        <span className={`tag t-${d.label}`}>{LABEL_NAME[d.label]}</span>
        {d.placeholder && <span className="tag placeholder">unnamed in the sources</span>}
      </p>
      <h1 id="focus-h">{d.name}</h1>
      {data.initiative ? <InitiativeDetails d={data.initiative} {...nav} /> : <EntityLists d={d} {...nav} />}
      <Findings about={d.id} />
    </section>
  );
}
