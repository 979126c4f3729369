import { GraphQLResolveInfo } from 'graphql';
import { NodeRow, InitiativeRow, LinkRow } from '../db/rows.js';
import { Context } from '../context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Alignment = {
  __typename?: 'Alignment';
  /** Counts of enabling backers per lever. */
  downward: Scalars['Int']['output'];
  /** Levers with no enabling backer recorded, as flags such as NO_DOWNWARD; empty when status is UNKNOWN. */
  gaps: Array<Scalars['String']['output']>;
  opposing: Scalars['Int']['output'];
  sideward: Scalars['Int']['output'];
  status: AlignmentStatus;
  upward: Scalars['Int']['output'];
};

export type AlignmentStatus =
  /** Enabling backers on all three levers. */
  | 'ALIGNED'
  /** Some backer opposes. */
  | 'CONTESTED'
  /** Enabling backers on one or two levers. */
  | 'PARTIAL'
  /** No lever recorded in the sources: unknown, not a gap. */
  | 'UNKNOWN';

/** A lever relationship into an initiative, with the backer at its other end. */
export type Backer = {
  __typename?: 'Backer';
  backer: Ref;
  class?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  evidence: Array<Citation>;
  lever: Lever;
  linkId: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  stance: Stance;
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
};

/** A citation: the document, the line (one paragraph a line) and a short verbatim quote. */
export type Citation = {
  __typename?: 'Citation';
  line: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  sourceId: Scalars['ID']['output'];
  sourceTitle?: Maybe<Scalars['String']['output']>;
};

export type CitationInput = {
  line: Scalars['Int']['input'];
  quote: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
};

export type Confidence =
  | 'INFERRED'
  | 'STATED';

export type DeleteResult = {
  __typename?: 'DeleteResult';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

export type Directorate = Entity & {
  __typename?: 'Directorate';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: DirectorateKind;
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};


export type DirectorateLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type DirectorateInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: DirectorateKind;
  name: Scalars['String']['input'];
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DirectorateKind =
  | 'ADULT_SOCIAL_CARE'
  | 'CHILDRENS_SERVICES'
  | 'COMMISSIONING'
  | 'ENVIRONMENTAL_HEALTH'
  | 'HOUSING'
  | 'LEISURE'
  | 'LICENSING'
  | 'OTHER'
  | 'PLANNING'
  | 'PUBLIC_HEALTH';

export type DirectorateUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<DirectorateKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Anything in the graph with an id and a name: organisations, directorates, partnerships, initiatives, target groups, places. */
export type Entity = {
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};


/** Anything in the graph with an id and a name: organisations, directorates, partnerships, initiatives, target groups, places. */
export type EntityLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FrameworkElement =
  | 'E1'
  | 'E2'
  | 'E3'
  | 'E4'
  | 'E5'
  | 'E6'
  | 'E7'
  | 'E8'
  | 'E9'
  | 'E10'
  | 'E11';

export type GraphEdge = {
  __typename?: 'GraphEdge';
  confidence: Confidence;
  id: Scalars['ID']['output'];
  lever?: Maybe<Lever>;
  source: Scalars['ID']['output'];
  stance?: Maybe<Stance>;
  target: Scalars['ID']['output'];
  type: LinkType;
};

/** A node shaped for Cytoscape (data.id, data.label ...). */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Further neighbours not included in this result. */
  degree: Scalars['Int']['output'];
  /** Hops from the focus node. */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  type: NodeLabel;
};

export type Initiative = Entity & {
  __typename?: 'Initiative';
  aliases: Array<Scalars['String']['output']>;
  /** Enabling backers per lever, now; see the alignment rules in the README. */
  alignment: Alignment;
  /** Lever relationships into this initiative, each with its backer and evidence. */
  backers: Array<Backer>;
  benefitExpected?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  frameworkElements: Array<FrameworkElement>;
  funding?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: InitiativeKind;
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  preventionTier?: Maybe<PreventionTier>;
  startDate?: Maybe<Scalars['String']['output']>;
  status: InitiativeStatus;
  version: Scalars['Int']['output'];
};


export type InitiativeLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  edges: Array<InitiativeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

export type InitiativeFilter = {
  frameworkElement?: InputMaybe<FrameworkElement>;
  /** Initiatives with at least one enabling backer on each of these levers. */
  hasLever?: InputMaybe<Array<Lever>>;
  /** Initiatives with no enabling backer on any of these levers. */
  lacksLever?: InputMaybe<Array<Lever>>;
  /** Initiatives this organisation or directorate backs, commissions, delivers or funds. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** Initiatives this partnership, or one of its members, backs, commissions, delivers or funds. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InitiativeStatus>;
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
};

export type InitiativeInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  benefitExpected?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  frameworkElements?: InputMaybe<Array<FrameworkElement>>;
  funding?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: InitiativeKind;
  name: Scalars['String']['input'];
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  preventionTier?: InputMaybe<PreventionTier>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InitiativeStatus>;
};

export type InitiativeKind =
  | 'OTHER'
  | 'PILOT'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'SERVICE'
  | 'STRATEGY'
  | 'TOOL';

export type InitiativeStatus =
  | 'ACTIVE'
  | 'AT_RISK'
  | 'DISCONTINUED'
  | 'PLANNED'
  | 'UNKNOWN';

export type InitiativeUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  benefitExpected?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  frameworkElements?: InputMaybe<Array<FrameworkElement>>;
  funding?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<InitiativeKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  preventionTier?: InputMaybe<PreventionTier>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InitiativeStatus>;
};

export type Lever =
  | 'DOWNWARD'
  | 'SIDEWARD'
  | 'UPWARD';

export type Link = {
  __typename?: 'Link';
  amount?: Maybe<Scalars['String']['output']>;
  class?: Maybe<Scalars['String']['output']>;
  confidence: Confidence;
  evidence: Array<Citation>;
  from: Ref;
  id: Scalars['ID']['output'];
  lever?: Maybe<Lever>;
  reason?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  stance?: Maybe<Stance>;
  to: Ref;
  type: LinkType;
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type LinkInput = {
  amount?: InputMaybe<Scalars['String']['input']>;
  class?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<Confidence>;
  evidence: Array<CitationInput>;
  from: Scalars['String']['input'];
  lever?: InputMaybe<Lever>;
  reason?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  stance?: InputMaybe<Stance>;
  to: Scalars['String']['input'];
  type: LinkType;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type LinkType =
  | 'COMMISSIONS'
  | 'DELIVERS'
  | 'FUNDS'
  | 'LEVER'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PART_OF'
  | 'TARGETS'
  | 'WITHIN'
  | 'WORKS_IN';

export type LinkUpdate = {
  amount?: InputMaybe<Scalars['String']['input']>;
  class?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<Confidence>;
  evidence?: InputMaybe<Array<CitationInput>>;
  reason?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  stance?: InputMaybe<Stance>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  createDirectorate: Directorate;
  createInitiative: Initiative;
  createLink: Link;
  createOrganisation: Organisation;
  createPartnership: Partnership;
  createPlace: Place;
  createTargetGroup: TargetGroup;
  /** Deletes a node of any label with its links. Refused with CONFLICT while links remain unless detach is true. */
  deleteEntity: DeleteResult;
  deleteLink: DeleteResult;
  updateDirectorate: Directorate;
  updateInitiative: Initiative;
  updateLink: Link;
  updateOrganisation: Organisation;
  updatePartnership: Partnership;
  updatePlace: Place;
  updateTargetGroup: TargetGroup;
};


export type MutationCreateDirectorateArgs = {
  input: DirectorateInput;
};


export type MutationCreateInitiativeArgs = {
  input: InitiativeInput;
};


export type MutationCreateLinkArgs = {
  input: LinkInput;
};


export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


export type MutationCreatePartnershipArgs = {
  input: PartnershipInput;
};


export type MutationCreatePlaceArgs = {
  input: PlaceInput;
};


export type MutationCreateTargetGroupArgs = {
  input: TargetGroupInput;
};


export type MutationDeleteEntityArgs = {
  detach?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeleteLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateDirectorateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: DirectorateUpdate;
};


export type MutationUpdateInitiativeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: InitiativeUpdate;
};


export type MutationUpdateLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: LinkUpdate;
};


export type MutationUpdateOrganisationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: OrganisationUpdate;
};


export type MutationUpdatePartnershipArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PartnershipUpdate;
};


export type MutationUpdatePlaceArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PlaceUpdate;
};


export type MutationUpdateTargetGroupArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: TargetGroupUpdate;
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  edges: Array<GraphEdge>;
  focus: Scalars['ID']['output'];
  nodes: Array<GraphNode>;
  /** True when more nodes were reachable than the limit allowed. */
  truncated: Scalars['Boolean']['output'];
};

export type NodeLabel =
  | 'Directorate'
  | 'Initiative'
  | 'Organisation'
  | 'Partnership'
  | 'Place'
  | 'Source'
  | 'TargetGroup';

export type Organisation = Entity & {
  __typename?: 'Organisation';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  subtype?: Maybe<Scalars['String']['output']>;
  type: OrganisationType;
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type OrganisationLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type OrganisationInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  type: OrganisationType;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationType =
  | 'EMERGENCY_SERVICE'
  | 'FUNDER'
  | 'HEALTHWATCH'
  | 'LOCAL_AUTHORITY'
  | 'NATIONAL_BODY'
  | 'NHS_COMMISSIONER'
  | 'NHS_PROVIDER'
  | 'OTHER'
  | 'PRIVATE'
  | 'UNIVERSITY'
  | 'VCSE';

export type OrganisationUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<OrganisationType>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Partnership = Entity & {
  __typename?: 'Partnership';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: PartnershipKind;
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type PartnershipLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type PartnershipInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: PartnershipKind;
  name: Scalars['String']['input'];
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type PartnershipKind =
  | 'ALLIANCE'
  | 'BOARD'
  | 'CONSORTIUM'
  | 'NETWORK'
  | 'OTHER'
  | 'PROGRAMME'
  | 'STP_ICS'
  | 'VANGUARD';

export type PartnershipUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<PartnershipKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type Place = Entity & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: PlaceKind;
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};


export type PlaceLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type PlaceInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: PlaceKind;
  name: Scalars['String']['input'];
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PlaceKind =
  | 'LA_AREA'
  | 'NATION'
  | 'NEIGHBOURHOOD'
  | 'REGION'
  | 'SITE';

export type PlaceUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<PlaceKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PreventionTier =
  | 'ACUTE'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'TERTIARY';

export type Query = {
  __typename?: 'Query';
  directorate?: Maybe<Directorate>;
  /** Entities of one label, by name. */
  entities: EntityConnection;
  entity?: Maybe<Entity>;
  initiative?: Maybe<Initiative>;
  initiatives: InitiativeConnection;
  link?: Maybe<Link>;
  /** Nodes and edges around a node, for Cytoscape; depth 1 to 3; at most `limit` nodes. */
  neighbourhood: Neighbourhood;
  organisation?: Maybe<Organisation>;
  partnership?: Maybe<Partnership>;
  place?: Maybe<Place>;
  /** Full-text search over names, aliases and descriptions of every label, best first. */
  search: Array<SearchHit>;
  source?: Maybe<Source>;
  sources: Array<Source>;
  stats: Stats;
  targetGroup?: Maybe<TargetGroup>;
};


export type QueryDirectorateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type: NodeLabel;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLinkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  levers?: InputMaybe<Array<Lever>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeLabel>>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTargetGroupArgs = {
  id: Scalars['ID']['input'];
};

/** A short reference to any node, as it appears at the end of a link. */
export type Ref = {
  __typename?: 'Ref';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  type: NodeLabel;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  score: Scalars['Float']['output'];
  type: NodeLabel;
};

export type Source = {
  __typename?: 'Source';
  authors?: Maybe<Scalars['String']['output']>;
  file?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publisher?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type Stance =
  | 'ENABLES'
  | 'OPPOSES';

export type Stats = {
  __typename?: 'Stats';
  directorates: Scalars['Int']['output'];
  evidencedRelationships: Scalars['Int']['output'];
  initiatives: Scalars['Int']['output'];
  organisations: Scalars['Int']['output'];
  partnerships: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
  targetGroups: Scalars['Int']['output'];
};

export type TargetGroup = Entity & {
  __typename?: 'TargetGroup';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  kind: TargetGroupKind;
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};


export type TargetGroupLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type TargetGroupInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: TargetGroupKind;
  name: Scalars['String']['input'];
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TargetGroupKind =
  | 'AGE'
  | 'FAITH'
  | 'IDENTITY'
  | 'INTEREST'
  | 'OTHER'
  | 'PATIENT'
  | 'PLACE'
  | 'UNDERSERVED';

export type TargetGroupUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<TargetGroupKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alignment: ResolverTypeWrapper<Alignment>;
  AlignmentStatus: AlignmentStatus;
  Backer: ResolverTypeWrapper<Backer>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<Citation>;
  CitationInput: CitationInput;
  Confidence: Confidence;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  Directorate: ResolverTypeWrapper<NodeRow>;
  DirectorateInput: DirectorateInput;
  DirectorateKind: DirectorateKind;
  DirectorateUpdate: DirectorateUpdate;
  Entity: ResolverTypeWrapper<NodeRow>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'nodes'> & { nodes: Array<ResolversTypes['Entity']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FrameworkElement: FrameworkElement;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Initiative: ResolverTypeWrapper<InitiativeRow>;
  InitiativeConnection: ResolverTypeWrapper<Omit<InitiativeConnection, 'edges'> & { edges: Array<ResolversTypes['InitiativeEdge']> }>;
  InitiativeEdge: ResolverTypeWrapper<Omit<InitiativeEdge, 'node'> & { node: ResolversTypes['Initiative'] }>;
  InitiativeFilter: InitiativeFilter;
  InitiativeInput: InitiativeInput;
  InitiativeKind: InitiativeKind;
  InitiativeStatus: InitiativeStatus;
  InitiativeUpdate: InitiativeUpdate;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lever: Lever;
  Link: ResolverTypeWrapper<LinkRow>;
  LinkInput: LinkInput;
  LinkType: LinkType;
  LinkUpdate: LinkUpdate;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<Neighbourhood>;
  NodeLabel: NodeLabel;
  Organisation: ResolverTypeWrapper<NodeRow>;
  OrganisationInput: OrganisationInput;
  OrganisationType: OrganisationType;
  OrganisationUpdate: OrganisationUpdate;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partnership: ResolverTypeWrapper<NodeRow>;
  PartnershipInput: PartnershipInput;
  PartnershipKind: PartnershipKind;
  PartnershipUpdate: PartnershipUpdate;
  Place: ResolverTypeWrapper<NodeRow>;
  PlaceInput: PlaceInput;
  PlaceKind: PlaceKind;
  PlaceUpdate: PlaceUpdate;
  PreventionTier: PreventionTier;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ref: ResolverTypeWrapper<Ref>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  Source: ResolverTypeWrapper<Source>;
  Stance: Stance;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetGroup: ResolverTypeWrapper<NodeRow>;
  TargetGroupInput: TargetGroupInput;
  TargetGroupKind: TargetGroupKind;
  TargetGroupUpdate: TargetGroupUpdate;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alignment: Alignment;
  Backer: Backer;
  Boolean: Scalars['Boolean']['output'];
  Citation: Citation;
  CitationInput: CitationInput;
  DeleteResult: DeleteResult;
  Directorate: NodeRow;
  DirectorateInput: DirectorateInput;
  DirectorateUpdate: DirectorateUpdate;
  Entity: NodeRow;
  EntityConnection: Omit<EntityConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Entity']> };
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars['ID']['output'];
  Initiative: InitiativeRow;
  InitiativeConnection: Omit<InitiativeConnection, 'edges'> & { edges: Array<ResolversParentTypes['InitiativeEdge']> };
  InitiativeEdge: Omit<InitiativeEdge, 'node'> & { node: ResolversParentTypes['Initiative'] };
  InitiativeFilter: InitiativeFilter;
  InitiativeInput: InitiativeInput;
  InitiativeUpdate: InitiativeUpdate;
  Int: Scalars['Int']['output'];
  Link: LinkRow;
  LinkInput: LinkInput;
  LinkUpdate: LinkUpdate;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: Neighbourhood;
  Organisation: NodeRow;
  OrganisationInput: OrganisationInput;
  OrganisationUpdate: OrganisationUpdate;
  PageInfo: PageInfo;
  Partnership: NodeRow;
  PartnershipInput: PartnershipInput;
  PartnershipUpdate: PartnershipUpdate;
  Place: NodeRow;
  PlaceInput: PlaceInput;
  PlaceUpdate: PlaceUpdate;
  Query: Record<PropertyKey, never>;
  Ref: Ref;
  SearchHit: SearchHit;
  Source: Source;
  Stats: Stats;
  String: Scalars['String']['output'];
  TargetGroup: NodeRow;
  TargetGroupInput: TargetGroupInput;
  TargetGroupUpdate: TargetGroupUpdate;
}>;

export type AlignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alignment'] = ResolversParentTypes['Alignment']> = ResolversObject<{
  downward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sideward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
  upward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BackerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Backer'] = ResolversParentTypes['Backer']> = ResolversObject<{
  backer?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  class?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  lever?: Resolver<ResolversTypes['Lever'], ParentType, ContextType>;
  linkId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeleteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DirectorateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Directorate'] = ResolversParentTypes['Directorate']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DirectorateKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<DirectorateLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Directorate' | 'Initiative' | 'Organisation' | 'Partnership' | 'Place' | 'TargetGroup', ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lever?: Resolver<Maybe<ResolversTypes['Lever']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
}>;

export type InitiativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  alignment?: Resolver<ResolversTypes['Alignment'], ParentType, ContextType>;
  backers?: Resolver<Array<ResolversTypes['Backer']>, ParentType, ContextType>;
  benefitExpected?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  frameworkElements?: Resolver<Array<ResolversTypes['FrameworkElement']>, ParentType, ContextType>;
  funding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InitiativeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<InitiativeLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preventionTier?: Resolver<Maybe<ResolversTypes['PreventionTier']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InitiativeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeConnection'] = ResolversParentTypes['InitiativeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InitiativeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InitiativeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeEdge'] = ResolversParentTypes['InitiativeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
}>;

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  class?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lever?: Resolver<Maybe<ResolversTypes['Lever']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createDirectorate?: Resolver<ResolversTypes['Directorate'], ParentType, ContextType, RequireFields<MutationCreateDirectorateArgs, 'input'>>;
  createInitiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationCreateInitiativeArgs, 'input'>>;
  createLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationCreateLinkArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createPartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationCreatePartnershipArgs, 'input'>>;
  createPlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationCreatePlaceArgs, 'input'>>;
  createTargetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType, RequireFields<MutationCreateTargetGroupArgs, 'input'>>;
  deleteEntity?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'detach' | 'id'>>;
  deleteLink?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteLinkArgs, 'id'>>;
  updateDirectorate?: Resolver<ResolversTypes['Directorate'], ParentType, ContextType, RequireFields<MutationUpdateDirectorateArgs, 'id' | 'input'>>;
  updateInitiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationUpdateInitiativeArgs, 'id' | 'input'>>;
  updateLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationUpdateLinkArgs, 'id' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'id' | 'input'>>;
  updatePartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationUpdatePartnershipArgs, 'id' | 'input'>>;
  updatePlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationUpdatePlaceArgs, 'id' | 'input'>>;
  updateTargetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType, RequireFields<MutationUpdateTargetGroupArgs, 'id' | 'input'>>;
}>;

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  focus?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<OrganisationLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganisationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnershipKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<PartnershipLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<PlaceLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  directorate?: Resolver<Maybe<ResolversTypes['Directorate']>, ParentType, ContextType, RequireFields<QueryDirectorateArgs, 'id'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'type'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType, RequireFields<QueryInitiativeArgs, 'id'>>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, RequireFields<QueryInitiativesArgs, 'first'>>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<QueryLinkArgs, 'id'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType, RequireFields<QueryPartnershipArgs, 'id'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['TargetGroup']>, ParentType, ContextType, RequireFields<QueryTargetGroupArgs, 'id'>>;
}>;

export type RefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ref'] = ResolversParentTypes['Ref']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  authors?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = ResolversObject<{
  directorates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidencedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  initiatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetGroups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TargetGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetGroupKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<TargetGroupLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Alignment?: AlignmentResolvers<ContextType>;
  Backer?: BackerResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Directorate?: DirectorateResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  InitiativeEdge?: InitiativeEdgeResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Ref?: RefResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
}>;

