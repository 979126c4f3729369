/**
 * Shapes of what the web app asks for, derived from the schema's generated types (api/generated) so that
 * a field renamed in the schema breaks the build here rather than at run time. Import types only: none of
 * the server code reaches the bundle.
 */
import type * as S from '../../../api/generated/graphql.js';

export type { Lever, Stance, Confidence, NodeLabel, LinkType, AlignmentStatus, OrganisationType, FrameworkElement, InitiativeStatus, InitiativeFilter } from '../../../api/generated/graphql.js';

type Sel<T, K extends keyof T> = Pick<T, K>;

export type Citation = Sel<S.Citation, 'sourceId' | 'sourceTitle' | 'line' | 'quote'>;
export type Ref = Sel<S.Ref, 'id' | 'name' | 'type' | 'placeholder'>;
export type SearchHit = Sel<S.SearchHit, 'id' | 'name' | 'type' | 'score' | 'placeholder'>;
export type Source = Sel<S.Source, 'id' | 'title' | 'authors' | 'year' | 'publisher' | 'url'>;

export type Link = Sel<S.Link, 'id' | 'type' | 'confidence' | 'reason' | 'lever' | 'stance' | 'class' | 'role' | 'amount' | 'validFrom' | 'validTo'> & {
  evidence: Citation[]; from: Ref; to: Ref;
};

export type Backer = Sel<S.Backer, 'linkId' | 'lever' | 'stance' | 'class' | 'confidence' | 'reason' | 'validFrom' | 'validTo'> & {
  backer: Ref; evidence: Citation[];
};

export type Alignment = Sel<S.Alignment, 'downward' | 'sideward' | 'upward' | 'opposing' | 'status' | 'gaps'>;

type EntityBase = Sel<S.Entity, 'id' | 'name' | 'label' | 'aliases' | 'description' | 'placeholder'> & {
  evidence: Citation[]; links: Link[];
};

export type InitiativeDetail = EntityBase & Sel<S.Initiative, 'kind' | 'frameworkElements' | 'preventionTier' | 'status' | 'startDate' | 'endDate' | 'funding' | 'benefitExpected'> & {
  __typename: 'Initiative'; backers: Backer[]; alignment: Alignment;
};
export type OrganisationDetail = EntityBase & Sel<S.Organisation, 'type' | 'subtype' | 'validFrom' | 'validTo'> & { __typename: 'Organisation' };
export type DirectorateDetail = EntityBase & Sel<S.Directorate, 'kind'> & { __typename: 'Directorate' };
export type PartnershipDetail = EntityBase & Sel<S.Partnership, 'kind' | 'validFrom' | 'validTo'> & { __typename: 'Partnership' };
export type TargetGroupDetail = EntityBase & Sel<S.TargetGroup, 'kind'> & { __typename: 'TargetGroup' };
export type PlaceDetail = EntityBase & Sel<S.Place, 'kind' | 'code'> & { __typename: 'Place' };
export type EntityDetail = InitiativeDetail | OrganisationDetail | DirectorateDetail | PartnershipDetail | TargetGroupDetail | PlaceDetail;

export type InitiativeSummary = Sel<S.Initiative, 'id' | 'name' | 'status' | 'frameworkElements' | 'placeholder'> & { alignment: Alignment };

export type GraphNode = Sel<S.GraphNode, 'id' | 'label' | 'type' | 'placeholder' | 'depth' | 'degree'>;
export type GraphEdge = Sel<S.GraphEdge, 'id' | 'source' | 'target' | 'type' | 'lever' | 'stance' | 'confidence'>;
export type Neighbourhood = Sel<S.Neighbourhood, 'focus' | 'truncated'> & { nodes: GraphNode[]; edges: GraphEdge[] };
export type NeighbourhoodArgs = S.QueryNeighbourhoodArgs;
export type Stats = Sel<S.Stats, 'organisations' | 'directorates' | 'partnerships' | 'initiatives' | 'targetGroups' | 'places' | 'sources' | 'relationships'>;
