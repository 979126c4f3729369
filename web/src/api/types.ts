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

export type Link = Sel<S.Link, 'id' | 'type' | 'confidence' | 'reason' | 'lever' | 'stance' | 'class' | 'role' | 'amount' | 'validFrom' | 'validTo' | 'claimStatus' | 'version'> & {
  evidence: Citation[]; from: Ref; to: Ref;
};

export type Backer = Sel<S.Backer, 'linkId' | 'lever' | 'stance' | 'class' | 'confidence' | 'reason' | 'validFrom' | 'validTo'> & Partial<Sel<S.Backer, 'claimStatus'>> & {
  backer: Ref; evidence: Citation[];
};

export type Alignment = Sel<S.Alignment, 'downward' | 'sideward' | 'upward' | 'opposing' | 'status' | 'gaps'>;

type EntityBase = Sel<S.Entity, 'id' | 'name' | 'label' | 'aliases' | 'description' | 'placeholder' | 'version'> & {
  evidence: Citation[]; links: Link[];
};

export type InitiativeDetail = EntityBase & Sel<S.Initiative, 'frameworkElements' | 'preventionTier' | 'status' | 'startDate' | 'endDate' | 'funding' | 'benefitExpected'> & {
  __typename: 'Initiative'; initiativeKind: S.Initiative['kind']; backers: Backer[]; alignment: Alignment;
};
export type OrganisationDetail = EntityBase & Sel<S.Organisation, 'type' | 'subtype' | 'validFrom' | 'validTo'> & { __typename: 'Organisation' };
export type DirectorateDetail = EntityBase & { directorateKind: S.Directorate['kind']; __typename: 'Directorate' };
export type PartnershipDetail = EntityBase & Sel<S.Partnership, 'validFrom' | 'validTo'> & { partnershipKind: S.Partnership['kind']; __typename: 'Partnership' };
export type TargetGroupDetail = EntityBase & { groupKind: S.TargetGroup['kind']; __typename: 'TargetGroup' };
export type PlaceDetail = EntityBase & Sel<S.Place, 'code'> & { placeKind: S.Place['kind']; __typename: 'Place' };
export type EntityDetail = InitiativeDetail | OrganisationDetail | DirectorateDetail | PartnershipDetail | TargetGroupDetail | PlaceDetail;

export type InitiativeSummary = Sel<S.Initiative, 'id' | 'name' | 'status' | 'frameworkElements' | 'placeholder'> & { alignment: Alignment };

export type GraphNode = Sel<S.GraphNode, 'id' | 'label' | 'type' | 'placeholder' | 'depth' | 'degree'>;
export type GraphEdge = Sel<S.GraphEdge, 'id' | 'source' | 'target' | 'type' | 'lever' | 'stance' | 'confidence'> & Partial<Sel<S.GraphEdge, 'claimStatus'>>;
export type Neighbourhood = Sel<S.Neighbourhood, 'focus' | 'truncated'> & { nodes: GraphNode[]; edges: GraphEdge[] };
export type NeighbourhoodArgs = S.QueryNeighbourhoodArgs;
export type Stats = Sel<S.Stats, 'organisations' | 'directorates' | 'partnerships' | 'initiatives' | 'targetGroups' | 'places' | 'sources' | 'relationships'>;

// Analysis (issue 3, api/schema/analysis.graphql): the explorer asks for these separately, so a server
// without them still shows everything else.
export type LeverGrouping = S.LeverGrouping;
export type LeverProfileRow = Sel<S.LeverProfileRow, 'key' | 'label' | 'initiatives' | 'downward' | 'sideward' | 'upward' | 'opposing' | 'aligned' | 'partial' | 'contested' | 'unknown'>;
export type FlagHit = Sel<S.AlignmentFlagHit, 'flag' | 'kind' | 'rule' | 'why' | 'detail'> & {
  sources: Citation[];
  triggers: (Sel<S.FlagTrigger, 'linkId' | 'type' | 'lever' | 'stance'> & { from: Ref; to: Ref })[];
};
export type StatusChange = { initiative: Ref } & Sel<S.StatusChange, 'from' | 'to'>;
export type ChangedLink = Sel<S.ChangedLink, 'change' | 'linkId' | 'type' | 'lever' | 'stance' | 'validFrom' | 'validTo'> & { from: Ref; to: Ref; evidence: Citation[] };
export type Comparison = Sel<S.Comparison, 'from' | 'to'> & { statusChanges: StatusChange[]; links: ChangedLink[] };
export type ConsoleResult = Sel<S.ConsoleResult, 'columns' | 'truncated' | 'elapsedMs'> & { rows: Record<string, unknown>[]; nodes: GraphNode[]; edges: GraphEdge[] };
export type SoleDependence = { backer: Ref; initiatives: number; items: { initiative: Ref; levers: S.Lever[] }[] };

// Claims, accounts and the audit trail (issue 6, api/schema/auth.graphql and core.graphql).
export type { ClaimStatus, Role, ImportFormat, ReasonKind, PartnershipKind, DirectorateKind, InitiativeKind, TargetGroupKind, PlaceKind, PreventionTier } from '../../../api/generated/graphql.js';
export type User = Sel<S.User, 'username' | 'role'>;
export type AuditEntry = Sel<S.AuditEntry, 'id' | 'at' | 'user' | 'action' | 'targetKind' | 'targetId' | 'targetLabel' | 'reason' | 'revertedBy'> & {
  before: Record<string, unknown> | null; after: Record<string, unknown> | null;
};
export type AuthConfig = { oidc: boolean; anonymousRead: boolean };
/** A link as the edit form and the evidence panel need it: with its version and claim state. */
export type EditableLink = Link & Sel<S.Link, 'claimedBy' | 'verifiedBy' | 'verificationReason'>;

// Suggestions (issue 5, api/schema/suggest.graphql).
export type ProfileInput = S.ProfileInput;
export type ReasonPath = { nodes: Ref[]; links: (Sel<S.Link, 'id' | 'type' | 'lever' | 'stance' | 'confidence'> & { from: Ref; to: Ref })[] };
export type Reason = Sel<S.Reason, 'kind' | 'text' | 'key' | 'weight' | 'sharedBy'> & { via: Ref | null; path: ReasonPath; evidence: Citation[] };
export type Suggestion = Sel<S.Suggestion, 'rank' | 'organisationType' | 'partnershipKind' | 'score' | 'existingPartner'> & { node: Ref; reasons: Reason[] };
export type SuggestionResult = { source: Ref | null; suggestions: Suggestion[] };

// Import (issue 6, api/schema/io.graphql).
export type ImportProblem = Sel<S.ImportProblem, 'sheet' | 'row' | 'column' | 'reason'>;
export type ImportReport = Sel<S.ImportReport, 'ok' | 'dryRun' | 'committed' | 'format' | 'encoding' | 'rows' | 'created' | 'updated' | 'unchanged' | 'changesTruncated' | 'warnings'> & {
  sheets: Sel<S.ImportSheetSummary, 'sheet' | 'rows' | 'created' | 'updated' | 'unchanged' | 'bad'>[];
  problems: ImportProblem[];
  changes: Sel<S.ImportChange, 'sheet' | 'row' | 'action' | 'id' | 'changedFields'>[];
};
