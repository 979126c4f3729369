/** Rows of the entity queries beyond db/rows.ts: an initiative with the facts its alignment reads, and a place's partnerships. */
import type { NodeRow, RefRow } from '../../db/rows.js';
import type { RawBacker, RawFactLink } from '../alignment/facts.js';

/** What cypher/queries/initiative-items.cypher projects for the alignment of one initiative. */
export interface RawInitiativeFacts {
  links: RawFactLink[];
  backers: RawBacker[];
}

/**
 * An initiative. From queries/initiative-items it carries the facts at `asOf` (today) under the claims it was read with;
 * from queries/entity it does not, and Initiative.alignment reads them (through the per-request loader).
 */
export interface InitiativeRow extends NodeRow {
  facts?: RawInitiativeFacts & { asOf: string };
}

export interface PlacePartnershipRow {
  partnership: RefRow;
  members: { member: RefRow; role: string | null }[];
}

/** A neighbourhood as queries/neighbourhood returns it; its communities are computed from these (network feature). */
export interface NeighbourhoodRow {
  focus: string;
  nodes: import('../../generated/graphql.js').GraphNode[];
  edges: import('../../generated/graphql.js').GraphEdge[];
  truncated: boolean;
}
