import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { NodeRow, LinkRow } from '../db/rows.js';
import { InitiativeRow, NeighbourhoodRow } from '../features/entities/rows.js';
import { Citation as CitationRow } from '../../model/citation.js';
import { PassageRow } from '../features/evidence/reading.js';
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
  /** Any JSON value (graphql-scalars). */
  JSON: { input: unknown; output: unknown; }
};

export type AddSourceInput = {
  authors?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  file: SourceFileInput;
  /** Left out: made from the content hash, so the same text is never stored twice. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<SourceKind>;
  licence?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** For a CSV dataset: the column holding each record's identifier (else records are cited by row number). */
  recordColumn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
  /** The source whose text this is a newer version of (the old one and its citations stay as they are). */
  versionOf?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type AddSourceResult = {
  __typename?: 'AddSourceResult';
  dryRun: Scalars['Boolean']['output'];
  /** The format the file was read as: TXT, MARKDOWN, HTML, DOCX, PDF or CSV. */
  format: Scalars['String']['output'];
  /** The passages as they would be (dry run) or were stored. */
  passages: Array<Passage>;
  source: Source;
  warnings: Array<Scalars['String']['output']>;
};

export type Alignment = {
  __typename?: 'Alignment';
  /** The date the links were read at (validFrom/validTo). */
  asOf: Scalars['String']['output'];
  /** Counts of enabling backers per lever. */
  downward: Scalars['Int']['output'];
  /** Gap and tension flags with their rule, sources and triggering links (docs/analysis.md). */
  flags: Array<AlignmentFlagHit>;
  /** Levers with no enabling backer recorded, as flags such as NO_DOWNWARD; empty when status is UNKNOWN. */
  gaps: Array<Scalars['String']['output']>;
  /** Each lever's state; a GAP flag fires only on a lever confirmed ABSENT. */
  leverStates: Array<InitiativeLeverState>;
  /** Enabling and opposing backers per lever. */
  levers: Array<LeverCount>;
  opposing: Scalars['Int']['output'];
  sideward: Scalars['Int']['output'];
  status: AlignmentStatus;
  upward: Scalars['Int']['output'];
};

export type AlignmentFlag =
  /** Commissioner is provider: The same body both commissions and provides it. */
  | 'COMMISSIONER_IS_PROVIDER'
  /** Discontinued or at risk: It is discontinued or at risk. */
  | 'DISCONTINUED_OR_AT_RISK'
  /** Funding ends before benefit: Its funding ends before the benefit is expected. */
  | 'FUNDING_ENDS_BEFORE_BENEFIT'
  /** Leadership without sponsorship: Leadership is recorded without sponsorship. */
  | 'LEADERSHIP_WITHOUT_SPONSORSHIP'
  /** No community voice: No community voice recorded behind it. */
  | 'NO_COMMUNITY_VOICE'
  /** No VCSE partner: No voluntary or community (VCSE) partner is recorded. */
  | 'NO_VCSE_PARTNER'
  /** Opposed: At least one backer opposes it. */
  | 'OPPOSED'
  /** Single sponsor: It depends on a single sponsor: losing that one backer removes the downward lever. */
  | 'SINGLE_SPONSOR'
  /** Sponsor without partners: A sponsor backs it but no partnership does. */
  | 'SPONSOR_WITHOUT_PARTNERS'
  /** Partnership without a sponsor: A partnership backs it but no sponsor does; partnerships often need sponsorship to last. */
  | 'UNSPONSORED_PARTNERSHIP';

/** A flag raised on an initiative: the rule, why, its sources, what was found, and the links that triggered it. */
export type AlignmentFlagHit = {
  __typename?: 'AlignmentFlagHit';
  detail: Scalars['String']['output'];
  flag: AlignmentFlag;
  kind: FlagKind;
  rule: Scalars['String']['output'];
  sources: Array<Citation>;
  triggers: Array<FlagTrigger>;
  why: Scalars['String']['output'];
};

/** The whole-graph alignment report at a date. */
export type AlignmentReport = {
  __typename?: 'AlignmentReport';
  asOf: Scalars['String']['output'];
  byFlag: Array<FlagCount>;
  byStatus: Array<StatusCount>;
  /** One page of the matching initiatives, by name. */
  items: Array<InitiativeAlignment>;
  /** Initiatives matching the status and flag filters. */
  total: Scalars['Int']['output'];
};

/** One rule: what it tests, why, and the passages that motivate it. */
export type AlignmentRule = {
  __typename?: 'AlignmentRule';
  flag: AlignmentFlag;
  kind: FlagKind;
  rule: Scalars['String']['output'];
  sources: Array<Citation>;
  why: Scalars['String']['output'];
};

export type AlignmentStatus =
  /** Aligned: Enabling backers are recorded on all three levers. */
  | 'ALIGNED'
  /** Contested: At least one backer opposes this initiative. */
  | 'CONTESTED'
  /** Partly aligned: Enabling backers are recorded on one or two levers. */
  | 'PARTIAL'
  /** Unknown: The sources record no lever for this initiative. This is not a gap: nothing is known either way. */
  | 'UNKNOWN';

/** One recorded change: who, when, what (before and after) and why. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['String']['output'];
  /** The properties before and after, as JSON objects (null where there was none). */
  before?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  revertedBy?: Maybe<Scalars['ID']['output']>;
  targetId: Scalars['ID']['output'];
  targetKind: Scalars['String']['output'];
  targetLabel?: Maybe<Scalars['String']['output']>;
  /** Visible to verifiers and admins only. */
  user?: Maybe<Scalars['String']['output']>;
};

/** A lever relationship into an initiative, with the backer at its other end. */
export type Backer = {
  __typename?: 'Backer';
  backer: Ref;
  /** Whether the link is a verified, unverified or rejected claim; rejected links never count in alignment. */
  claimStatus: ClaimStatus;
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

export type CentralityOrder =
  | 'BETWEENNESS'
  | 'DEGREE';

export type CentralityRow = {
  __typename?: 'CentralityRow';
  /** Normalised betweenness centrality (0..1). */
  betweenness: Scalars['Float']['output'];
  /** Louvain community id of the node. */
  community: Scalars['Int']['output'];
  /** Number of distinct neighbours. */
  degree: Scalars['Int']['output'];
  node: Ref;
};

export type ChangedLink = {
  __typename?: 'ChangedLink';
  change: LinkChange;
  evidence: Array<Citation>;
  from: Ref;
  lever?: Maybe<Lever>;
  linkId: Scalars['ID']['output'];
  stance?: Maybe<Stance>;
  to: Ref;
  type: LinkType;
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
};

/** A citation: the document, the line (one paragraph a line) and a short verbatim quote; a DATASET is cited by record. */
export type Citation = {
  __typename?: 'Citation';
  /** True when Levermap holds the document's text, so the quote was checked on every write; false: not checked. */
  checked: Scalars['Boolean']['output'];
  /** The line (for a DATASET, the row) the citation rests on. */
  line: Scalars['Int']['output'];
  /** The quote, checked against the stored line; empty for a DATASET cited by record alone. */
  quote: Scalars['String']['output'];
  /** For a DATASET: the identifier (or row number) of the record cited. */
  record?: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
  sourceTitle?: Maybe<Scalars['String']['output']>;
};

/** A citation as given: the quote must stand on the cited line of the stored text (docs/evidence.md). */
export type CitationInput = {
  line: Scalars['Int']['input'];
  /** Required, except for a DATASET source cited by record. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** For a DATASET source: the record on row `line`, by identifier or row number. */
  record?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
};

/** A link citing a passage, with the quote it takes from that line. */
export type CitingLink = {
  __typename?: 'CitingLink';
  link: Link;
  quote: Scalars['String']['output'];
};

/** A node citing a passage, with the quote it takes from that line. */
export type CitingNode = {
  __typename?: 'CitingNode';
  node: Entity;
  quote: Scalars['String']['output'];
};

export type ClaimCheck =
  /** Agrees: The graph computes what the document concludes. */
  | 'AGREES'
  /** Disagrees: The graph computes something else; the reason says why (for example links counted, not mentions). */
  | 'DISAGREES';

/** One report-level claim beside what the graph computes for the same question. */
export type ClaimComparison = {
  __typename?: 'ClaimComparison';
  claim: Finding;
  /** What the graph computes, in words. */
  computed: Scalars['String']['output'];
  question: ClaimQuestion;
  /** Why they differ, or what was compared when they agree. */
  reason: Scalars['String']['output'];
  /** What the document says, in words. */
  reported: Scalars['String']['output'];
  verdict: ClaimCheck;
};

export type ClaimQuestion =
  /** Which lever the document mentions least */
  | 'LEAST_MENTIONED_LEVER'
  /** Whether a lever is found in every case-study site of the document */
  | 'LEVER_IN_EVERY_SITE'
  /** Which lever the document mentions most */
  | 'MOST_MENTIONED_LEVER'
  /** In how many case-study sites sideward levers outnumber downward ones */
  | 'SITES_WHERE_SIDEWARD_LEADS';

export type ClaimStatus =
  /** Rejected: Rejected by a verifier; kept for the record, left out of analysis. */
  | 'REJECTED'
  /** Unverified claim: Added by a contributor; not yet checked. */
  | 'UNVERIFIED'
  /** Verified: Curated (the seed) or accepted by a verifier. */
  | 'VERIFIED';

export type Community = {
  __typename?: 'Community';
  id: Scalars['Int']['output'];
  /** Counts per label. */
  labels: Array<LabelCount>;
  /** Members by degree, at most `members`. */
  members: Array<Ref>;
  size: Scalars['Int']['output'];
};

export type Comparison = {
  __typename?: 'Comparison';
  from: Scalars['String']['output'];
  links: Array<ChangedLink>;
  statusChanges: Array<StatusChange>;
  to: Scalars['String']['output'];
};

export type Confidence =
  /** Inferred: A curator's reading of the document, with a reason. */
  | 'INFERRED'
  /** Stated: The document says so. */
  | 'STATED';

/** One row-set from the read-only console. */
export type ConsoleResult = {
  __typename?: 'ConsoleResult';
  columns: Array<Scalars['String']['output']>;
  edges: Array<GraphEdge>;
  elapsedMs: Scalars['Int']['output'];
  /** Nodes and links found anywhere in the rows, for the explorer to draw. */
  nodes: Array<GraphNode>;
  /** Rows as JSON objects keyed by column; nodes, relationships and paths become plain objects. */
  rows: Array<Scalars['JSON']['output']>;
  /** True when the row cap stopped the query. */
  truncated: Scalars['Boolean']['output'];
};

export type DataExportFile = {
  __typename?: 'DataExportFile';
  contentBase64: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
};

/** A table of a document as data: its title, columns, rows of cells, n and the lines it is on. */
export type DataTable = {
  __typename?: 'DataTable';
  columns: Array<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  lineFrom: Scalars['Int']['output'];
  lineTo: Scalars['Int']['output'];
  n?: Maybe<Scalars['Int']['output']>;
  /** What n counts, e.g. references, not respondents. */
  nNote?: Maybe<Scalars['String']['output']>;
  number?: Maybe<Scalars['String']['output']>;
  rows: Array<Array<TableCell>>;
  /** The study sample the table reports, where there is one. */
  sample?: Maybe<Sample>;
  source: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

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
  findings: Array<Finding>;
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
  /** Adult social care */
  | 'ADULT_SOCIAL_CARE'
  /** Children's services */
  | 'CHILDRENS_SERVICES'
  /** Commissioning */
  | 'COMMISSIONING'
  /** Environmental health */
  | 'ENVIRONMENTAL_HEALTH'
  /** Housing */
  | 'HOUSING'
  /** Leisure */
  | 'LEISURE'
  /** Licensing */
  | 'LICENSING'
  /** Other directorate */
  | 'OTHER'
  /** Planning */
  | 'PLANNING'
  /** Public health */
  | 'PUBLIC_HEALTH';

export type DirectorateUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<DirectorateKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Draft = {
  __typename?: 'Draft';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  /** The input, as given to the matching create mutation. */
  data: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** NODE or LINK. */
  kind: Scalars['String']['output'];
  /** The node label or link type. */
  label: Scalars['String']['output'];
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

/** A file to save: its name, media type and content. */
export type ExportFile = {
  __typename?: 'ExportFile';
  content: Scalars['String']['output'];
  /** Rows (CSV) or nodes (graphs) in the file. */
  count: Scalars['Int']['output'];
  filename: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
};

export type ExportScope = {
  /** The place or partnership id (not for ALL). */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ExportScopeKind;
};

export type ExportScopeKind =
  /** The whole graph. */
  | 'ALL'
  /** One partnership and what hangs off it. */
  | 'PARTNERSHIP'
  /** One place, the places within it, and what hangs off them. */
  | 'PLACE';

/** A cited, typed statement about nodes or links: a figure, outcome, barrier, success factor, recommendation, definition, method or report-level claim. */
export type Finding = {
  __typename?: 'Finding';
  /** The ids of the nodes, links or sources it is about. */
  about: Array<Scalars['ID']['output']>;
  /** For a report-level claim the graph can compute too: the question it answers. */
  checkQuestion?: Maybe<ClaimQuestion>;
  evidence: Array<Citation>;
  high?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: FindingKind;
  low?: Maybe<Scalars['Float']['output']>;
  period?: Maybe<Scalars['String']['output']>;
  population?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  /** A figure's value, or its range low..high, in unit. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type FindingHit = {
  __typename?: 'FindingHit';
  finding: Finding;
  score: Scalars['Float']['output'];
};

export type FindingKind =
  /** Barrier: What the document says stood in the way. */
  | 'BARRIER'
  /** Report-level claim: The document's own conclusion, shown beside what the graph computes for the same question. */
  | 'CLAIM'
  /** Definition: How the document defines a term. */
  | 'DEFINITION'
  /** Figure: An amount, percentage, count, duration, saving or return, with its unit. */
  | 'FIGURE'
  /** Method: How a study was done: design, sample, survey or interviews. */
  | 'METHOD'
  /** Outcome: What happened or was achieved, as the document reports it. */
  | 'OUTCOME'
  /** Recommendation: What the document recommends. */
  | 'RECOMMENDATION'
  /** Success factor: What the document says made it work. */
  | 'SUCCESS_FACTOR';

export type FindingPage = {
  __typename?: 'FindingPage';
  /** Pass as after to read the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  items: Array<Finding>;
};

export type FlagCount = {
  __typename?: 'FlagCount';
  count: Scalars['Int']['output'];
  flag: AlignmentFlag;
};

export type FlagKind =
  /** Gap: Something the documents say helps is missing. */
  | 'GAP'
  /** Risk: It may not last. */
  | 'RISK'
  /** Tension: Forces pull against each other. */
  | 'TENSION';

/** A relationship that made a flag fire, with its evidence. */
export type FlagTrigger = {
  __typename?: 'FlagTrigger';
  class?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  from: Ref;
  lever?: Maybe<Lever>;
  linkId: Scalars['ID']['output'];
  stance?: Maybe<Stance>;
  to: Ref;
  type: LinkType;
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
};

export type Fragility = {
  __typename?: 'Fragility';
  /** Items whose levers or status change, or whose flags change. */
  affected: Array<FragilityItem>;
  asOf: Scalars['String']['output'];
  backer: Ref;
  /** Initiatives the backer links to by a lever, commissioning, delivery or funding. */
  initiatives: Scalars['Int']['output'];
  /** Also withdrew these (an organisation's directorates when withParts is true). */
  withdrawn: Array<Ref>;
};

/** What an initiative would lose if a backer withdrew. */
export type FragilityItem = {
  __typename?: 'FragilityItem';
  flagsGained: Array<AlignmentFlag>;
  flagsLost: Array<AlignmentFlag>;
  initiative: Ref;
  /** Levers with no enabling backer left after the withdrawal. */
  leversLost: Array<Lever>;
  /** The withdrawing backer's links into this initiative. */
  links: Array<FlagTrigger>;
  statusAfter: AlignmentStatus;
  statusBefore: AlignmentStatus;
};

export type FrameworkElement =
  /** New services commissioned through public health teams */
  | 'E1'
  /** Public health skills in health needs assessments and data analysis contributing to targeting and mapping across directorates */
  | 'E2'
  /** Providing services through expanding the public health workforce */
  | 'E3'
  /** Developing within directorate and cross-directorate approaches to improving health */
  | 'E4'
  /** System-wide approaches for specific public health challenges */
  | 'E5'
  /** Recommissioning preventive services */
  | 'E6'
  /** Commissioning through co-design and community engagement */
  | 'E7'
  /** Changing the provider landscape */
  | 'E8'
  /** Working with community networks and localities: developing community assets */
  | 'E9'
  /** Targeting services and addressing health inequalities */
  | 'E10'
  /** Commissioning for wellbeing */
  | 'E11';

/** A golden thread (000:L867, L884): a downward sponsor whose backing reaches, directly or through a partnership it is a member of or funds, an initiative that also has enabling sideward and upward levers. */
export type GoldenThread = {
  __typename?: 'GoldenThread';
  initiative: Ref;
  path: GraphPath;
  places: Array<Ref>;
  sponsor: Ref;
  via?: Maybe<Ref>;
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The link's claim (neighbourhood only; null elsewhere). */
  claimStatus?: Maybe<ClaimStatus>;
  confidence: Confidence;
  id: Scalars['ID']['output'];
  lever?: Maybe<Lever>;
  source: Scalars['ID']['output'];
  stance?: Maybe<Stance>;
  target: Scalars['ID']['output'];
  type: LinkType;
};

/** Which part of the graph a network analysis or export uses; every field narrows it. */
export type GraphFilter = {
  /** Only links valid at this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Only nodes within `depth` hops of this node. */
  focus?: InputMaybe<Scalars['ID']['input']>;
  /** Only nodes with these labels (Source nodes are never included). */
  labels?: InputMaybe<Array<NodeLabel>>;
  /** LEVER links of other levers are left out; other link types stay. */
  levers?: InputMaybe<Array<Lever>>;
  linkTypes?: InputMaybe<Array<LinkType>>;
  /** Only links citing this source. */
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type GraphFormat =
  | 'CYTOSCAPE_JSON'
  | 'GEXF'
  | 'GRAPHML';

/** A node shaped for Cytoscape (data.id, data.label ...). */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Relationships of the node in the whole graph, of any type and claim status. */
  degree: Scalars['Int']['output'];
  /** Hops from the focus node. */
  depth: Scalars['Int']['output'];
  /** Framework elements of an initiative; empty for other labels. */
  frameworkElements: Array<FrameworkElement>;
  /**
   * Distinct neighbours of the node left out of this result, over the links the query follows (same levers and
   * claims): what expanding the node would add. Always 0 in cypherConsole results, which do not compute it.
   */
  hiddenNeighbours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The organisation's type, or the kind of a directorate, partnership, initiative, target group or place. */
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  /** Places an initiative is LOCATED_IN, or an organisation, directorate, partnership or target group WORKS_IN. */
  places: Array<Scalars['ID']['output']>;
  type: NodeLabel;
};

/** A path through the graph: nodes in order and the links between them. */
export type GraphPath = {
  __typename?: 'GraphPath';
  length: Scalars['Int']['output'];
  links: Array<GraphEdge>;
  nodes: Array<Ref>;
};

/** What an import row does to the graph. */
export type ImportAction =
  | 'CREATE'
  | 'UNCHANGED'
  | 'UPDATE';

export type ImportChange = {
  __typename?: 'ImportChange';
  action: ImportAction;
  changedFields: Array<Scalars['String']['output']>;
  /** The node's id, or the link's (TYPE:from:to[:lever]). */
  id: Scalars['ID']['output'];
  row: Scalars['Int']['output'];
  sheet: Scalars['String']['output'];
};

/**
 * A row exported at an older version than the graph now holds, one field it would change: applied only when the
 * import is asked to overwrite.
 */
export type ImportConflict = {
  __typename?: 'ImportConflict';
  field: Scalars['String']['output'];
  /** The value in the file (null: the file removes it). */
  fileValue?: Maybe<Scalars['String']['output']>;
  /** The version the row was exported at. */
  fileVersion: Scalars['Int']['output'];
  /** The value in the graph now. */
  graphValue?: Maybe<Scalars['String']['output']>;
  /** The version in the graph now. */
  graphVersion: Scalars['Int']['output'];
  /** The node's id, or the link's. */
  id: Scalars['ID']['output'];
  row: Scalars['Int']['output'];
  sheet: Scalars['String']['output'];
};

/** The import and export file formats: one sheet (XLSX) or file (CSV) per entity type plus sources and links, or a seed-shaped JSON document. */
export type ImportFormat =
  | 'CSV'
  | 'JSON'
  | 'XLSX';

/** What became of an import's commit. */
export type ImportOutcome =
  /** Written. */
  | 'COMMITTED'
  | 'DRY_RUN'
  /** Committed, and nothing needed to change: the graph already held the file (e.g. the same import run again). */
  | 'NOTHING_TO_CHANGE'
  /** Not written: the file has problems. */
  | 'NOT_COMMITTED'
  /** The database stopped answering during the commit: it may have landed. Ask importStatus(importId). */
  | 'UNKNOWN';

/** One problem in an import file. Row 1 of a sheet is its header (a problem there is about a column); in JSON, rows count from 1 within their section. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  column?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  row?: Maybe<Scalars['Int']['output']>;
  sheet: Scalars['String']['output'];
};

/** What an import did (or, in a dry run, would do). A file with any problem writes nothing. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Rows that create or change something (the first 1,000). */
  changes: Array<ImportChange>;
  changesTruncated: Scalars['Boolean']['output'];
  /** True when the changes were written (not a dry run, and no problems). */
  committed: Scalars['Boolean']['output'];
  /** Stale rows, field by field (the first 1,000): with any, nothing is written unless overwrite is true. */
  conflicts: Array<ImportConflict>;
  conflictsTruncated: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** The text encoding detected (UTF-8 or Windows-1252); null for XLSX. */
  encoding?: Maybe<Scalars['String']['output']>;
  format: ImportFormat;
  /** The import's id for importStatus (null for a dry run). */
  importId?: Maybe<Scalars['ID']['output']>;
  /** One sentence on the outcome, e.g. how to check an UNKNOWN one. */
  message: Scalars['String']['output'];
  /** True when the file has no problems. */
  ok: Scalars['Boolean']['output'];
  outcome: ImportOutcome;
  /** Whether stale rows are applied over the graph's newer values. */
  overwrite: Scalars['Boolean']['output'];
  problems: Array<ImportProblem>;
  rows: Scalars['Int']['output'];
  sheets: Array<ImportSheetSummary>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  /** Sheets that were ignored, and similar notes. */
  warnings: Array<Scalars['String']['output']>;
};

export type ImportSheetSummary = {
  __typename?: 'ImportSheetSummary';
  /** Rows with at least one problem. */
  bad: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  sheet: Scalars['String']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** Whether an import landed, from its audit entry (written in the import's own transaction). */
export type ImportStatus = {
  __typename?: 'ImportStatus';
  /** When it was committed (ISO 8601), if it landed. */
  at?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  landed: Scalars['Boolean']['output'];
  linksCreated?: Maybe<Scalars['Int']['output']>;
  linksUpdated?: Maybe<Scalars['Int']['output']>;
  /** Counts of nodes and links it created and updated, if it landed. */
  nodesCreated?: Maybe<Scalars['Int']['output']>;
  nodesUpdated?: Maybe<Scalars['Int']['output']>;
};

export type Initiative = Entity & {
  __typename?: 'Initiative';
  aliases: Array<Scalars['String']['output']>;
  /** Enabling backers per lever, now; see the alignment rules in the README. */
  alignment: Alignment;
  amountAwarded?: Maybe<Scalars['String']['output']>;
  awardDate?: Maybe<Scalars['String']['output']>;
  /** Lever relationships into this initiative, each with its backer and evidence. */
  backers: Array<Backer>;
  benefitExpected?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  durationMonths?: Maybe<Scalars['Int']['output']>;
  endDate?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  findings: Array<Finding>;
  frameworkElements: Array<FrameworkElement>;
  funding?: Maybe<Scalars['String']['output']>;
  grantId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: InitiativeKind;
  label: NodeLabel;
  /** Each lever's state, now (the same as alignment.leverStates). */
  leverStates: Array<InitiativeLeverState>;
  links: Array<Link>;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  preventionTier?: Maybe<PreventionTier>;
  programme?: Maybe<Scalars['String']['output']>;
  serviceTypes: Array<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['String']['output']>;
  status: InitiativeStatus;
  version: Scalars['Int']['output'];
};


export type InitiativeLinksArgs = {
  types?: InputMaybe<Array<LinkType>>;
};

export type InitiativeAlignment = {
  __typename?: 'InitiativeAlignment';
  alignment: Alignment;
  initiative: Ref;
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
  amountAwarded?: InputMaybe<Scalars['String']['input']>;
  awardDate?: InputMaybe<Scalars['String']['input']>;
  benefitExpected?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  frameworkElements?: InputMaybe<Array<FrameworkElement>>;
  funding?: InputMaybe<Scalars['String']['input']>;
  grantId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: InitiativeKind;
  name: Scalars['String']['input'];
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  preventionTier?: InputMaybe<PreventionTier>;
  programme?: InputMaybe<Scalars['String']['input']>;
  serviceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InitiativeStatus>;
};

export type InitiativeKind =
  /** Grant: The work one grant record funds (360Giving): its identifier, amount, dates and programme. */
  | 'GRANT'
  /** Other initiative */
  | 'OTHER'
  /** Pilot */
  | 'PILOT'
  /** Programme */
  | 'PROGRAMME'
  /** Project */
  | 'PROJECT'
  /** Service */
  | 'SERVICE'
  /** Strategy */
  | 'STRATEGY'
  /** Tool */
  | 'TOOL';

/**
 * What the sources say about one lever of an initiative: PRESENT (an enabling backer is cited), ABSENT (a source says
 * there is none, or an editor checked), NOT_RECORDED (unknown; never a gap).
 */
export type InitiativeLeverState = {
  __typename?: 'InitiativeLeverState';
  /** Citations of a document saying the lever is absent. */
  absences: Array<Citation>;
  /** Editors' "checked: none". */
  checks: Array<LeverCheck>;
  enabling: Scalars['Int']['output'];
  lever: Lever;
  opposing: Scalars['Int']['output'];
  /** Per document that cites the initiative, its backers or an absence. */
  sources: Array<SourceLeverState>;
  state: LeverState;
};

export type InitiativeStatus =
  /** Active */
  | 'ACTIVE'
  /** At risk */
  | 'AT_RISK'
  /** Discontinued */
  | 'DISCONTINUED'
  /** Planned */
  | 'PLANNED'
  /** Status not recorded */
  | 'UNKNOWN';

/** One page of the initiatives table, with counts over every matching initiative. */
export type InitiativeTable = {
  __typename?: 'InitiativeTable';
  asOf: Scalars['String']['output'];
  byFlag: Array<FlagCount>;
  byLeverState: Array<LeverStateCount>;
  byStatus: Array<StatusCount>;
  hasNextPage: Scalars['Boolean']['output'];
  offset: Scalars['Int']['output'];
  rows: Array<InitiativeTableRow>;
  /** Initiatives matching the filters. */
  total: Scalars['Int']['output'];
};

/** The initiatives table's filters; every one given must hold. */
export type InitiativeTableFilter = {
  alignment?: InputMaybe<Array<AlignmentStatus>>;
  /** Has every one of these flags. */
  flags?: InputMaybe<Array<AlignmentFlag>>;
  frameworkElement?: InputMaybe<FrameworkElement>;
  /** At least one of these levers has no enabling backer recorded (for example sponsor or community voice). */
  lacking?: InputMaybe<Array<Lever>>;
  levers?: InputMaybe<Array<LeverStatesFilter>>;
  /** Backed, commissioned, delivered or funded by this organisation or one of its directorates. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  /** Backed, commissioned, delivered or funded by this partnership or one of its members. */
  partnership?: InputMaybe<Scalars['ID']['input']>;
  /** Located in this place or in any place within it, at any depth. */
  place?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<InitiativeStatus>>;
  targetGroup?: InputMaybe<Scalars['ID']['input']>;
};

/** One initiative in the table. */
export type InitiativeTableRow = {
  __typename?: 'InitiativeTableRow';
  alignment: AlignmentStatus;
  /** The citations of its lever links, each once. */
  citations: Array<Citation>;
  flags: Array<AlignmentFlag>;
  frameworkElements: Array<FrameworkElement>;
  initiative: Ref;
  levers: Array<TableLever>;
  opposing: Scalars['Int']['output'];
  places: Array<Scalars['String']['output']>;
  status: InitiativeStatus;
  targetGroups: Array<Scalars['String']['output']>;
};

export type InitiativeTableSort =
  /** Alignment: Aligned, partly aligned, contested, unknown. */
  | 'ALIGNMENT'
  /** Sponsors: Enabling backers on the downward lever. */
  | 'DOWNWARD'
  /** Flags: How many gap, tension and risk flags it has. */
  | 'FLAGS'
  /** Name */
  | 'NAME'
  /** Opposing backers */
  | 'OPPOSING'
  /** Partnerships: Enabling backers on the sideward lever. */
  | 'SIDEWARD'
  /** Initiative status */
  | 'STATUS'
  /** Community voice: Enabling backers on the upward lever. */
  | 'UPWARD';

export type InitiativeUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  amountAwarded?: InputMaybe<Scalars['String']['input']>;
  awardDate?: InputMaybe<Scalars['String']['input']>;
  benefitExpected?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  frameworkElements?: InputMaybe<Array<FrameworkElement>>;
  funding?: InputMaybe<Scalars['String']['input']>;
  grantId?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<InitiativeKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  preventionTier?: InputMaybe<PreventionTier>;
  programme?: InputMaybe<Scalars['String']['input']>;
  serviceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InitiativeStatus>;
};

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: NodeLabel;
};

export type Lever =
  /** Downward: Sponsorship, mandate, targets or funding from those who can require or enable. */
  | 'DOWNWARD'
  /** Sideward: Partnerships, alliances and networks where no partner can compel another. */
  | 'SIDEWARD'
  /** Upward: Pressure from communities and target groups: unmet need, co-design, local demand. */
  | 'UPWARD';

/** An editor's "checked: none": they looked for a backer on this lever and found none. */
export type LeverCheck = {
  __typename?: 'LeverCheck';
  /** Shown to verifiers and admins, and to the editor themself; null for anyone else. */
  checkedBy?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  checkedOn: Scalars['String']['output'];
  note: Scalars['String']['output'];
};

export type LeverCount = {
  __typename?: 'LeverCount';
  enabling: Scalars['Int']['output'];
  lever: Lever;
  opposing: Scalars['Int']['output'];
};

/** How often one source evidences each lever. */
export type LeverEvidenceRow = {
  __typename?: 'LeverEvidenceRow';
  backers: Scalars['Int']['output'];
  enabling: Scalars['Int']['output'];
  /** Distinct initiatives and backers those links join. */
  initiatives: Scalars['Int']['output'];
  lever: Lever;
  /** Lever links citing the source. */
  links: Scalars['Int']['output'];
  opposing: Scalars['Int']['output'];
  /** Distinct passages (lines) of the source cited as evidence of this lever. */
  passages: Scalars['Int']['output'];
};

export type LeverGrouping =
  | 'FRAMEWORK_ELEMENT'
  | 'LEVER_CLASS'
  | 'ORGANISATION_TYPE'
  | 'PLACE'
  | 'SOURCE'
  | 'TARGET_GROUP';

/**
 * One group of a lever profile. downward, sideward and upward count initiatives in the group with at least one
 * enabling backer on that lever, opposing those with an opposing backer; aligned..unknown count statuses.
 * key is "" for initiatives with nothing recorded for the grouping.
 */
export type LeverProfileRow = {
  __typename?: 'LeverProfileRow';
  aligned: Scalars['Int']['output'];
  contested: Scalars['Int']['output'];
  downward: Scalars['Int']['output'];
  initiatives: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  opposing: Scalars['Int']['output'];
  partial: Scalars['Int']['output'];
  sideward: Scalars['Int']['output'];
  unknown: Scalars['Int']['output'];
  upward: Scalars['Int']['output'];
};

export type LeverState =
  /** Confirmed absent: A source says there is none, or an editor checked and recorded "checked: none". */
  | 'ABSENT'
  /** Not recorded: No source addresses this lever: unknown, not a gap. */
  | 'NOT_RECORDED'
  /** Recorded: A source cites a backer on this lever. */
  | 'PRESENT';

export type LeverStateCount = {
  __typename?: 'LeverStateCount';
  count: Scalars['Int']['output'];
  lever: Lever;
  state: LeverState;
};

/** The lever states an initiative may have on one lever to match. */
export type LeverStatesFilter = {
  lever: Lever;
  states: Array<LeverState>;
};

export type Link = {
  __typename?: 'Link';
  amount?: Maybe<Scalars['String']['output']>;
  claimStatus: ClaimStatus;
  claimedBy?: Maybe<Scalars['String']['output']>;
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
  verificationReason?: Maybe<Scalars['String']['output']>;
  verifiedBy?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type LinkChange =
  | 'APPEARED'
  | 'ENDED';

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
  /** commissions */
  | 'COMMISSIONS'
  /** delivers */
  | 'DELIVERS'
  /** funds */
  | 'FUNDS'
  /** lever */
  | 'LEVER'
  /** located in */
  | 'LOCATED_IN'
  /** member of */
  | 'MEMBER_OF'
  /** part of */
  | 'PART_OF'
  /** targets */
  | 'TARGETS'
  /** within */
  | 'WITHIN'
  /** works in */
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

/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a document with its text as numbered passages (contributor or above). dryRun (the default) only previews. */
  addSource: AddSourceResult;
  addWorkspaceMember: Workspace;
  createDirectorate: Directorate;
  createInitiative: Initiative;
  createLink: Link;
  createOrganisation: Organisation;
  createPartnership: Partnership;
  createPlace: Place;
  createTargetGroup: TargetGroup;
  /** Admins only; audited. */
  createUser: User;
  createWorkspace: Workspace;
  deleteDraft: Scalars['Boolean']['output'];
  /** Deletes a node of any label with its links. Refused with CONFLICT while links remain unless detach is true. */
  deleteEntity: DeleteResult;
  deleteLink: DeleteResult;
  /** Admins only; audited. The last active admin cannot be deleted. Changes the account made stay in the history. */
  deleteUser: User;
  /**
   * Imports a file given as base64. A dry run (the default) only reports what would be created, updated and left
   * unchanged, and every bad row. A commit writes everything in one transaction, or nothing if any row is bad.
   * A file with a sheet Levermap does not read, or none it reads, is a BAD_USER_INPUT naming the sheets it reads.
   * For a CSV of one sheet, `sheet` names it (organisations, directorates, partnerships, initiatives,
   * targetGroups, places, sources or links); a CSV whose first column is `sheet` needs no name.
   */
  importData: ImportReport;
  /** Imports an open-data file (a dry run unless dryRun is false). Its file name names the DATASET source it becomes. */
  importOpenData: ImportReport;
  /** Publishes a draft into the shared graph through the ordinary create mutation (audited; links enter as claims). */
  publishDraft: PublishResult;
  /** Records an editor's "checked: none" on one lever of an initiative (audited; at most one per lever). */
  recordLeverCheck: Initiative;
  /** Admins only; audited. Sets a new password (12 characters or more) and ends the account's sessions. */
  resetPassword: User;
  /** Admins only: puts a node or link back as it was before the change, recorded as a new change. */
  revertChange: AuditEntry;
  saveDraftLink: Draft;
  /** Saves a draft node; `input` is what create<Label> takes, checked the same way. */
  saveDraftNode: Draft;
  /** Admins only; audited. A disabled account cannot sign in and its sessions end; the last active admin cannot be disabled. */
  setUserDisabled: User;
  /** Admins only; audited. The last active admin cannot be demoted. */
  setUserRole: User;
  signIn: SignInResult;
  signOut: Scalars['Boolean']['output'];
  updateDirectorate: Directorate;
  updateInitiative: Initiative;
  updateLink: Link;
  updateOrganisation: Organisation;
  updatePartnership: Partnership;
  updatePlace: Place;
  updateTargetGroup: TargetGroup;
  /** Verifiers: accept or reject a contributed link, saying why. */
  verifyLink: Link;
  /** Verifiers: accept or reject up to 200 links at once with one reason, all or none; each is audited as verifyLink audits it. */
  verifyLinks: Array<Link>;
  /** Withdraws the editor's "checked: none" on one lever (audited); a document's own statement stays. */
  withdrawLeverCheck: Initiative;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationAddSourceArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: AddSourceInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationAddWorkspaceMemberArgs = {
  username: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreateDirectorateArgs = {
  input: DirectorateInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreateInitiativeArgs = {
  input: InitiativeInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreateLinkArgs = {
  input: LinkInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreatePartnershipArgs = {
  input: PartnershipInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreatePlaceArgs = {
  input: PlaceInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreateTargetGroupArgs = {
  input: TargetGroupInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreateUserArgs = {
  password: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  username: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationCreateWorkspaceArgs = {
  name: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationDeleteDraftArgs = {
  id: Scalars['ID']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationDeleteEntityArgs = {
  detach?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationDeleteLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationDeleteUserArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationImportDataArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: ImportFormat;
  overwrite?: InputMaybe<Scalars['Boolean']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  sheet?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationImportOpenDataArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  fileName?: InputMaybe<Scalars['String']['input']>;
  format: ImportFormat;
  reason?: InputMaybe<Scalars['String']['input']>;
  standard: OpenDataStandard;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationPublishDraftArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationRecordLeverCheckArgs = {
  initiativeId: Scalars['ID']['input'];
  lever: Lever;
  note?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationRevertChangeArgs = {
  auditId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationSaveDraftLinkArgs = {
  input: LinkInput;
  workspaceId: Scalars['ID']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationSaveDraftNodeArgs = {
  input: Scalars['JSON']['input'];
  label: NodeLabel;
  workspaceId: Scalars['ID']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationSetUserRoleArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  username: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationUpdateDirectorateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: DirectorateUpdate;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationUpdateInitiativeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: InitiativeUpdate;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationUpdateLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: LinkUpdate;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationUpdateOrganisationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: OrganisationUpdate;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationUpdatePartnershipArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PartnershipUpdate;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationUpdatePlaceArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PlaceUpdate;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationUpdateTargetGroupArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: TargetGroupUpdate;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationVerifyLinkArgs = {
  accept: Scalars['Boolean']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationVerifyLinksArgs = {
  accept: Scalars['Boolean']['input'];
  ids: Array<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


/** Every change needs the contributor role or above, and is recorded in the audit trail with the optional reason. */
export type MutationWithdrawLeverCheckArgs = {
  initiativeId: Scalars['ID']['input'];
  lever: Lever;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /**
   * Louvain communities of the nodes returned, over the links returned (nothing else is read), computed in an
   * analysis worker; numbered by size, so the same neighbourhood always gets the same numbers.
   */
  communities: Array<NodeCommunity>;
  edges: Array<GraphEdge>;
  focus: Scalars['ID']['output'];
  nodes: Array<GraphNode>;
  /** True when more nodes were reachable than the limit allowed. */
  truncated: Scalars['Boolean']['output'];
};

export type NetworkSummary = {
  __typename?: 'NetworkSummary';
  communities: Array<Community>;
  edges: Scalars['Int']['output'];
  modularity: Scalars['Float']['output'];
  nodes: Scalars['Int']['output'];
};

/** A node's community within one neighbourhood. */
export type NodeCommunity = {
  __typename?: 'NodeCommunity';
  /** Rank of its Louvain community by size within the neighbourhood: 0 is the largest. */
  community: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
};

export type NodeLabel =
  /** Directorate */
  | 'Directorate'
  /** Initiative */
  | 'Initiative'
  /** Organisation */
  | 'Organisation'
  /** Partnership */
  | 'Partnership'
  /** Place */
  | 'Place'
  /** Source */
  | 'Source'
  /** Target group */
  | 'TargetGroup';

/** An open-data standard an import can read. */
export type OpenDataStandard =
  /** Open Referral UK services: a ZIP of its CSV tables (organizations.csv, services.csv, locations.csv, ...); format CSV. */
  | 'OPEN_REFERRAL_UK'
  /** 360Giving grants: CSV or XLSX with the standard's column titles, or its JSON package. */
  | 'THREESIXTYGIVING';

export type Organisation = Entity & {
  __typename?: 'Organisation';
  aliases: Array<Scalars['String']['output']>;
  charityNumber?: Maybe<Scalars['String']['output']>;
  companyNumber?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  findings: Array<Finding>;
  giving360Id?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  odsCode?: Maybe<Scalars['String']['output']>;
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
  charityNumber?: InputMaybe<Scalars['String']['input']>;
  companyNumber?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence: Array<CitationInput>;
  giving360Id?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  odsCode?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
  subtype?: InputMaybe<Scalars['String']['input']>;
  type: OrganisationType;
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationType =
  /** Emergency service: Fire and rescue, police or ambulance. */
  | 'EMERGENCY_SERVICE'
  /** Funder */
  | 'FUNDER'
  /** Healthwatch */
  | 'HEALTHWATCH'
  /** Local authority */
  | 'LOCAL_AUTHORITY'
  /** National body */
  | 'NATIONAL_BODY'
  /** NHS commissioner: PCT, CCG, ICB or CSU. */
  | 'NHS_COMMISSIONER'
  /** NHS provider */
  | 'NHS_PROVIDER'
  /** Other organisation */
  | 'OTHER'
  /** Private company */
  | 'PRIVATE'
  /** University or research body */
  | 'UNIVERSITY'
  /** VCSE organisation: Voluntary, community or social enterprise. */
  | 'VCSE';

export type OrganisationUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  charityNumber?: InputMaybe<Scalars['String']['input']>;
  companyNumber?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  giving360Id?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  odsCode?: InputMaybe<Scalars['String']['input']>;
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
  findings: Array<Finding>;
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
  /** Alliance */
  | 'ALLIANCE'
  /** Board: For example a Health and Wellbeing Board. */
  | 'BOARD'
  /** Consortium */
  | 'CONSORTIUM'
  /** Event: A one-off gathering such as a colloquium or conference: those who attended met there, which does not make them partners. */
  | 'EVENT'
  /** Network */
  | 'NETWORK'
  /** Other partnership */
  | 'OTHER'
  /** Programme */
  | 'PROGRAMME'
  /** STP or ICS: Sustainability and transformation partnership, or integrated care system. */
  | 'STP_ICS'
  /** Vanguard: A new care model site. */
  | 'VANGUARD';

/** A member of a partnership (MEMBER_OF), with its role there when recorded. */
export type PartnershipMember = {
  __typename?: 'PartnershipMember';
  member: Ref;
  role?: Maybe<Scalars['String']['output']>;
};

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

/** One numbered passage of a document: line N is paragraph N (for a DATASET, row N). */
export type Passage = {
  __typename?: 'Passage';
  /** The nodes and links that cite this line. */
  citedBy: PassageCitations;
  line: Scalars['Int']['output'];
  /** For a DATASET: the record's identifier. */
  record?: Maybe<Scalars['String']['output']>;
  sourceId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** Everything whose citations name a passage's source and line. */
export type PassageCitations = {
  __typename?: 'PassageCitations';
  links: Array<CitingLink>;
  nodes: Array<CitingNode>;
};

export type PassageConnection = {
  __typename?: 'PassageConnection';
  nodes: Array<Passage>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A passage found by passageSearch. */
export type PassageHit = {
  __typename?: 'PassageHit';
  /** True when the passage holds the searched text verbatim (such hits come first). */
  exact: Scalars['Boolean']['output'];
  passage: Passage;
  score: Scalars['Float']['output'];
  sourceTitle: Scalars['String']['output'];
};

export type PathsResult = {
  __typename?: 'PathsResult';
  /** Every simple path up to maxLength, shortest first, at most `limit`. */
  all: Array<GraphPath>;
  from: Ref;
  /** A shortest path over undirected links, or null when none exists. */
  shortest?: Maybe<GraphPath>;
  to: Ref;
  truncated: Scalars['Boolean']['output'];
};

export type Place = Entity & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  findings: Array<Finding>;
  id: Scalars['ID']['output'];
  kind: PlaceKind;
  label: NodeLabel;
  links: Array<Link>;
  name: Scalars['String']['output'];
  /**
   * Partnerships that WORK_IN this place or a place within it, or that back, commission, deliver or fund an
   * initiative LOCATED_IN it or a place within it; by name, each with its members. Rejected links are left out.
   */
  partnerships: Array<PlacePartnership>;
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
  /** Local authority area */
  | 'LA_AREA'
  /** Nation */
  | 'NATION'
  /** Neighbourhood */
  | 'NEIGHBOURHOOD'
  /** Region */
  | 'REGION'
  /** Case-study site: An anonymised site of a study, such as "Site A". */
  | 'SITE';

/** A partnership working in a place, with its members. */
export type PlacePartnership = {
  __typename?: 'PlacePartnership';
  members: Array<PartnershipMember>;
  partnership: Ref;
};

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
  /** Acute */
  | 'ACUTE'
  /** Primary prevention */
  | 'PRIMARY'
  /** Secondary prevention */
  | 'SECONDARY'
  /** Tertiary prevention */
  | 'TERTIARY';

/** An organisation that is not in the graph, described for suggestions. Every id must exist with the right label. */
export type ProfileInput = {
  frameworkElements?: InputMaybe<Array<FrameworkElement>>;
  /** Levers it brings: UPWARD for community reach, DOWNWARD for sponsorship, commissioning or funding power. */
  levers?: InputMaybe<Array<Lever>>;
  /** A name to show; not matched against the graph. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Partnerships it already belongs to: their members are existing partners. */
  partnerships?: InputMaybe<Array<Scalars['ID']['input']>>;
  places?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Service areas or other lever classes as the documents name them, e.g. "mental health" (000:L836-864); case is ignored. */
  serviceAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  targetGroups?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type PublishResult = {
  __typename?: 'PublishResult';
  entity?: Maybe<Entity>;
  link?: Maybe<Link>;
};

export type Query = {
  __typename?: 'Query';
  /** Alignment of every initiative at asOf (default today), optionally only some statuses or flags; first up to 5000. */
  alignmentReport: AlignmentReport;
  /** Every gap and tension rule, as the README lists them. */
  alignmentRules: Array<AlignmentRule>;
  /** Degree and betweenness centrality with Louvain communities, most central first. */
  centrality: Array<CentralityRow>;
  /** Each report-level claim of a source (or of all sources) that the graph can compute, with the consistency check. */
  claimChecks: Array<ClaimComparison>;
  /** Louvain communities of the (filtered) graph, largest first. */
  communities: NetworkSummary;
  /** Initiatives whose status changed between two dates, and links that appeared or ended. */
  compare: Comparison;
  /** Runs one read-only Cypher query; see docs/analysis.md for what is refused and the limits. */
  cypherConsole: ConsoleResult;
  directorate?: Maybe<Directorate>;
  /** Entities of one label, by name. */
  entities: EntityConnection;
  entity?: Maybe<Entity>;
  /** The graph, or one place or partnership, in the import layout. CSV comes as one file whose first column names the sheet. */
  exportData: DataExportFile;
  /** A neighbourhood or filtered subgraph as GraphML, GEXF or Cytoscape JSON. */
  exportGraph: ExportFile;
  /** CSV of initiatives with lever profile and flags at asOf. */
  exportInitiativesCsv: ExportFile;
  /** Findings, filtered by what they are about (a node, link or source id), kind and a source they cite. */
  findings: FindingPage;
  /** What would change if this organisation, directorate or partnership withdrew. */
  fragility: Fragility;
  /** Golden threads at asOf, optionally only for initiatives in a place (or places within it). */
  goldenThreads: Array<GoldenThread>;
  /** Changes to a node or link, newest first. */
  history: Array<AuditEntry>;
  /** Whether the import with this id (ImportReport.importId) landed. Contributors and above. */
  importStatus: ImportStatus;
  /** includeUnverified: false leaves contributors' unchecked links out of the alignment; rejected links never count. */
  initiative?: Maybe<Initiative>;
  /** Initiatives matching the filters at asOf (default today), sorted and paged on the server; first up to 500. */
  initiativeTable: InitiativeTable;
  /** includeUnverified applies to the alignment and to the hasLever and lacksLever filters. */
  initiatives: InitiativeConnection;
  /** Every finding, study, table and vocabulary term as JSON, in the shapes of a seed file's sections. */
  knowledgeExport: Scalars['JSON']['output'];
  /** How often a source's passages evidence each lever (e.g. document 000's findings, 000:L832, L867, L1446). */
  leverEvidence: Array<LeverEvidenceRow>;
  /** Initiatives grouped, with counts per lever and per status, at asOf (default today). */
  leverProfile: Array<LeverProfileRow>;
  link?: Maybe<Link>;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /**
   * Nodes and edges around a node, for Cytoscape; depth 1 to 3; at most `limit` nodes. Links are followed and shown
   * by claim: unverified ones unless includeUnverified is false, rejected ones only when includeRejected is true.
   */
  neighbourhood: Neighbourhood;
  organisation?: Maybe<Organisation>;
  partnership?: Maybe<Partnership>;
  /** Full-text search over the text of every stored passage; passages holding the text verbatim come first. */
  passageSearch: Array<PassageHit>;
  /** Paths between two nodes over undirected links: a shortest one and all simple ones up to maxLength (1..4). */
  paths: PathsResult;
  place?: Maybe<Place>;
  /** The most recent changes anywhere, newest first. */
  recentChanges: Array<AuditEntry>;
  /**
   * Verifiers: unverified links, oldest first, filtered by author, by a source they cite, and by age in whole days
   * (minAgeDays: at least that old; maxAgeDays: at most).
   */
  reviewQueue: ReviewQueue;
  /** Full-text search over names, aliases and descriptions of every label, best first. */
  search: Array<SearchHit>;
  /** Full-text search over findings: a group of search results of its own. */
  searchFindings: Array<FindingHit>;
  /** Entities (ranked as search ranks them), findings and passages, each its own group. */
  searchGroups: SearchGroups;
  /** Backers ranked by how many initiatives depend on them alone for a lever; with place, only initiatives located in it or a place within it. */
  soleDependence: Array<SoleDependence>;
  source?: Maybe<Source>;
  sources: Array<Source>;
  stats: Stats;
  /** Studies, with their methods and samples; optionally of one source. */
  studies: Array<Study>;
  /** Organisations that work with the same groups, in the same places, with the same partners, or bring a complementary lever. Give exactly one of organisationId and profile. */
  suggestCollaborators: SuggestionResult;
  /** Partnerships to join: their members and initiatives share groups, places and partners with the source. */
  suggestPartnerships: SuggestionResult;
  /** Organisations and partnerships that sponsor, commission or fund initiatives like the source's own. */
  suggestSponsors: SuggestionResult;
  /** One table by id. */
  table?: Maybe<DataTable>;
  /** Tables of the documents as data; optionally of one source. */
  tables: Array<DataTable>;
  targetGroup?: Maybe<TargetGroup>;
  /** Curators (contributor or above): the passages of a document that no node or link cites, in line order. */
  uncitedPassages: PassageConnection;
  /** Admins only. */
  users: Array<User>;
  /** The cited terms of one vocabulary (or of all), in document order. */
  vocabulary: Array<VocabularyTerm>;
  workspace?: Maybe<Workspace>;
  /** The workspaces you belong to. */
  workspaces: Array<Workspace>;
};


export type QueryAlignmentReportArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  flags?: InputMaybe<Array<AlignmentFlag>>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<AlignmentStatus>>;
};


export type QueryCentralityArgs = {
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CentralityOrder>;
};


export type QueryClaimChecksArgs = {
  source?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCommunitiesArgs = {
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  members?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompareArgs = {
  from: Scalars['String']['input'];
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['String']['input'];
};


export type QueryCypherConsoleArgs = {
  maxRows?: InputMaybe<Scalars['Int']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryExportDataArgs = {
  format: ImportFormat;
  scope?: InputMaybe<ExportScope>;
};


export type QueryExportGraphArgs = {
  filter?: InputMaybe<GraphFilter>;
  format: GraphFormat;
};


export type QueryExportInitiativesCsvArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryFindingsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<FindingKind>;
  source?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFragilityArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  backerId: Scalars['ID']['input'];
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  withParts?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryGoldenThreadsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};


export type QueryImportStatusArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryInitiativeTableArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<InitiativeTableFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<InitiativeTableSort>;
};


export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLeverEvidenceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  source: Scalars['ID']['input'];
};


export type QueryLeverProfileArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  groupBy: LeverGrouping;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryLinkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeRejected?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  levers?: InputMaybe<Array<Lever>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPassageSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryPathsArgs = {
  filter?: InputMaybe<GraphFilter>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecentChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewQueueArgs = {
  author?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxAgeDays?: InputMaybe<Scalars['Int']['input']>;
  minAgeDays?: InputMaybe<Scalars['Int']['input']>;
  skip?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeLabel>>;
};


export type QuerySearchFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySearchGroupsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeLabel>>;
};


export type QuerySoleDependenceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeUnverified?: InputMaybe<Scalars['Boolean']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStudiesArgs = {
  source?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySuggestCollaboratorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeExisting?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  profile?: InputMaybe<ProfileInput>;
  weights?: InputMaybe<SuggestWeights>;
};


export type QuerySuggestPartnershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeExisting?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  profile?: InputMaybe<ProfileInput>;
  weights?: InputMaybe<SuggestWeights>;
};


export type QuerySuggestSponsorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeExisting?: InputMaybe<Scalars['Boolean']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  profile?: InputMaybe<ProfileInput>;
  weights?: InputMaybe<SuggestWeights>;
};


export type QueryTableArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTablesArgs = {
  source?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTargetGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUncitedPassagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sourceId: Scalars['ID']['input'];
};


export type QueryVocabularyArgs = {
  kind?: InputMaybe<VocabularyKind>;
};


export type QueryWorkspaceArgs = {
  id: Scalars['ID']['input'];
};

/** Why a suggestion was made: what is shared, how much it adds, and the graph paths that show it. */
export type Reason = {
  __typename?: 'Reason';
  /** Every citation on the path's links, once each. */
  evidence: Array<Citation>;
  /** The framework element, service area or lever pairing (UPWARD_DOWNWARD, DOWNWARD_UPWARD) when there is no node. */
  key?: Maybe<Scalars['String']['output']>;
  kind: ReasonKind;
  /** Both paths joined, ready to draw: nodes once each, then every link. */
  path: ReasonPath;
  /** How many candidates reach the shared thing, the source included (rarer things weigh more); 0 where not used. */
  sharedBy: Scalars['Int']['output'];
  /** From the source to the shared thing; null when the source is a profile or has no path (e.g. a stated lever). */
  sourcePath?: Maybe<ReasonPath>;
  /** From the suggestion to the shared thing. */
  suggestionPath?: Maybe<ReasonPath>;
  /** One sentence, e.g. "Both work with BMER communities in Site C". */
  text: Scalars['String']['output'];
  /** The node shared or linking the two: a target group, place or partner; null for framework elements, service areas and levers. */
  via?: Maybe<Ref>;
  /** What this reason adds to the score. */
  weight: Scalars['Float']['output'];
};

export type ReasonKind =
  /** Already a partner (shared partnership or co-delivery), a sponsor of its work, or a partnership it belongs to. */
  | 'EXISTING'
  /** Both act on initiatives in a framework element (E1-E11). */
  | 'FRAMEWORK_ELEMENT'
  /** One side reaches up to communities and the other has downward power to sponsor, commission or fund. */
  | 'LEVER_COMPLEMENT'
  /** Both attended an event (a partnership of kind EVENT): they met there, which does not make them partners. */
  | 'MET_AT'
  /** A partner in common (a shared partnership, not an event, or an initiative delivered together), or (for partnerships) a partner who is a member, or (for sponsors) a partner it sponsors. */
  | 'PARTNER_OF_PARTNER'
  /** Both work in a place, or act on initiatives located there. */
  | 'PLACE'
  /** Both act on initiatives in a service area (a lever class such as "mental health"). */
  | 'SERVICE_AREA'
  /** Both work with a target group (through initiatives that target it). */
  | 'TARGET_GROUP';

/** A path in the graph with every node and link on it; each link carries its citations. */
export type ReasonPath = {
  __typename?: 'ReasonPath';
  links: Array<Link>;
  nodes: Array<Ref>;
};

/** A short reference to any node, as it appears at the end of a link. */
export type Ref = {
  __typename?: 'Ref';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  type: NodeLabel;
};

/** One claim waiting in the review queue: the link, and when it was added. */
export type ReviewItem = {
  __typename?: 'ReviewItem';
  /** Whole days since the claim was made. */
  ageDays?: Maybe<Scalars['Int']['output']>;
  /** When the claim was made (ISO date-time); null for a link written before this was recorded. */
  claimedAt?: Maybe<Scalars['String']['output']>;
  link: Link;
};

export type ReviewQueue = {
  __typename?: 'ReviewQueue';
  /** Everyone with an unverified claim, for the author filter. */
  authors: Array<Scalars['String']['output']>;
  /** Oldest first. */
  items: Array<ReviewItem>;
  /** Every source an unverified claim cites, for the source filter. */
  sources: Array<Scalars['ID']['output']>;
  /** Claims matching the filters. */
  totalCount: Scalars['Int']['output'];
};

export type Role =
  /** Administrator: Manages users and reverts changes. */
  | 'ADMIN'
  /** Contributor: Adds and edits nodes and links; new links enter as UNVERIFIED. */
  | 'CONTRIBUTOR'
  /** Verifier: Accepts or rejects contributed links, deletes. */
  | 'VERIFIER'
  /** Viewer: Reads only (anonymously too, where the deployment allows it). */
  | 'VIEWER';

/** A sample of a study: a survey wave, a set of interviews; its n and breakdown, cited. */
export type Sample = {
  __typename?: 'Sample';
  breakdown: Array<SampleBreakdown>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  method: Scalars['String']['output'];
  n?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  period?: Maybe<Scalars['String']['output']>;
  population?: Maybe<Scalars['String']['output']>;
  wave?: Maybe<Scalars['Int']['output']>;
};

/** One part of a sample, by role or kind. */
export type SampleBreakdown = {
  __typename?: 'SampleBreakdown';
  label: Scalars['String']['output'];
  n: Scalars['Int']['output'];
};

/** Search results in groups: entities, the findings the documents report, and the passages of the documents Levermap holds. */
export type SearchGroups = {
  __typename?: 'SearchGroups';
  entities: Array<SearchHit>;
  /** Findings whose text, unit or population holds every word typed (accents, case and apostrophes folded). */
  findings: Array<FindingHit>;
  passages: Array<PassageHit>;
  text: Scalars['String']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  match: SearchMatch;
  name: Scalars['String']['output'];
  placeholder: Scalars['Boolean']['output'];
  score: Scalars['Float']['output'];
  type: NodeLabel;
};

/** How a search hit's name matches what was typed, best first. */
export type SearchMatch =
  /** The name or an alias, with accents, case, apostrophes and punctuation folded. */
  | 'EXACT'
  /** The rest: a word in the description, or one edit away. */
  | 'FUZZY'
  /** A whole name that the typed phrase contains (a phrase naming several entities finds each). */
  | 'NAMED'
  /** A name that starts with what was typed. */
  | 'PREFIX'
  /** A name holding every word typed. */
  | 'WORDS';

export type SignInResult = {
  __typename?: 'SignInResult';
  /** For scripts: send as 'Authorization: Bearer TOKEN'. The web app uses the HttpOnly cookie set alongside. */
  token: Scalars['String']['output'];
  user: User;
};

/** A backer and the initiatives that have no other enabling backer on some lever. */
export type SoleDependence = {
  __typename?: 'SoleDependence';
  backer: Ref;
  byLever: Array<LeverCount>;
  /** Initiatives where this backer is the only enabling backer on at least one lever. */
  initiatives: Scalars['Int']['output'];
  items: Array<SoleDependenceItem>;
};

export type SoleDependenceItem = {
  __typename?: 'SoleDependenceItem';
  initiative: Ref;
  levers: Array<Lever>;
};

export type Source = {
  __typename?: 'Source';
  authors?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the stored text (its passages joined by newlines); stored text never changes. */
  contentHash?: Maybe<Scalars['String']['output']>;
  /** Publication date as the document gives it: 2016, 2016-03 or 2016-03-31. */
  date?: Maybe<Scalars['String']['output']>;
  file?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind?: Maybe<SourceKind>;
  licence?: Maybe<Scalars['String']['output']>;
  /** Lines (rows, for a DATASET) in the stored text, blank lines included. */
  lineCount: Scalars['Int']['output'];
  /** Stored lines from..to (inclusive, at most 500), for reading a citation in context. Blank lines are left out. */
  passages: Array<Passage>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** False: Levermap does not hold the text, and citations of this source show as not checked. */
  textHeld: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  /** The id of the source this text is a newer version of, if any. */
  versionOf?: Maybe<Scalars['ID']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};


export type SourcePassagesArgs = {
  from?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceFileInput = {
  contentBase64: Scalars['String']['input'];
  /** The file name; its ending (.txt, .md, .html, .docx, .pdf, .csv) says how to read it. */
  name: Scalars['String']['input'];
};

export type SourceKind =
  /** Journal article: A paper in a journal, peer-reviewed or not. */
  | 'ARTICLE'
  /** Dataset: A spreadsheet or open-data file, cited by record (row number or record identifier) instead of a quote. */
  | 'DATASET'
  /** Minutes: Minutes or papers of a board or committee meeting. */
  | 'MINUTES'
  /** News item: A press release or news story. */
  | 'NEWS'
  /** Other document */
  | 'OTHER'
  /** Plan: A plan or business case, for example a joint forward plan. */
  | 'PLAN'
  /** Policy or guidance: A policy, guidance or a statutory document. */
  | 'POLICY'
  /** Report: A research, evaluation or inspection report. */
  | 'REPORT'
  /** Strategy: A strategy, for example a joint health and wellbeing strategy. */
  | 'STRATEGY'
  /** Web page: A page of a website, as it read when it was saved. */
  | 'WEB_PAGE';

/** What one document says about one lever of an initiative. */
export type SourceLeverState = {
  __typename?: 'SourceLeverState';
  sourceId: Scalars['ID']['output'];
  state: LeverState;
};

export type Stance =
  /** Enables: The backer works for the initiative. */
  | 'ENABLES'
  /** Opposes: The backer works against it, for example a budget cut or a procurement rule. */
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

export type StatusChange = {
  __typename?: 'StatusChange';
  from: AlignmentStatus;
  initiative: Ref;
  to: AlignmentStatus;
};

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: AlignmentStatus;
};

/** A study a document reports: its methods and samples. */
export type Study = {
  __typename?: 'Study';
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  id: Scalars['ID']['output'];
  methods: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  samples: Array<Sample>;
  source: Scalars['ID']['output'];
};

export type SuggestWeightValues = {
  __typename?: 'SuggestWeightValues';
  existing: Scalars['Float']['output'];
  frameworkElement: Scalars['Float']['output'];
  leverComplement: Scalars['Float']['output'];
  metAt: Scalars['Float']['output'];
  partnerOfPartner: Scalars['Float']['output'];
  place: Scalars['Float']['output'];
  serviceArea: Scalars['Float']['output'];
  targetGroup: Scalars['Float']['output'];
};

/** Weights of the scoring terms (0 to 100); any left out keep the defaults in docs/suggest.md. */
export type SuggestWeights = {
  existing?: InputMaybe<Scalars['Float']['input']>;
  frameworkElement?: InputMaybe<Scalars['Float']['input']>;
  leverComplement?: InputMaybe<Scalars['Float']['input']>;
  metAt?: InputMaybe<Scalars['Float']['input']>;
  partnerOfPartner?: InputMaybe<Scalars['Float']['input']>;
  place?: InputMaybe<Scalars['Float']['input']>;
  serviceArea?: InputMaybe<Scalars['Float']['input']>;
  targetGroup?: InputMaybe<Scalars['Float']['input']>;
};

export type Suggestion = {
  __typename?: 'Suggestion';
  /** Already a partner, sponsor, or (for partnerships) a membership: shown only with includeExisting. */
  existingPartner: Scalars['Boolean']['output'];
  /** A placeholder or a generic class of bodies ("Local authorities in England (generic)"), not one body to contact: ranked after every named one. */
  generic: Scalars['Boolean']['output'];
  node: Ref;
  /** For organisations. */
  organisationType?: Maybe<OrganisationType>;
  /** For partnerships. */
  partnershipKind?: Maybe<PartnershipKind>;
  rank: Scalars['Int']['output'];
  /** Largest first. */
  reasons: Array<Reason>;
  /** The sum of the reasons' weights. */
  score: Scalars['Float']['output'];
};

export type SuggestionResult = {
  __typename?: 'SuggestionResult';
  /** The organisation suggestions are for; null for a profile. */
  source?: Maybe<Ref>;
  suggestions: Array<Suggestion>;
  weights: SuggestWeightValues;
};

/** One cell of a table as the document prints it, with the line (or lines) it stands on. */
export type TableCell = {
  __typename?: 'TableCell';
  line: Scalars['Int']['output'];
  lineTo?: Maybe<Scalars['Int']['output']>;
  value: Scalars['String']['output'];
};

/** One lever of a table row: its state and its enabling and opposing backers. */
export type TableLever = {
  __typename?: 'TableLever';
  enabling: Scalars['Int']['output'];
  lever: Lever;
  opposing: Scalars['Int']['output'];
  state: LeverState;
};

export type TargetGroup = Entity & {
  __typename?: 'TargetGroup';
  aliases: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  findings: Array<Finding>;
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
  /** Age group */
  | 'AGE'
  /** Faith community */
  | 'FAITH'
  /** Community of identity */
  | 'IDENTITY'
  /** Community of interest */
  | 'INTEREST'
  /** Other group */
  | 'OTHER'
  /** Patient group */
  | 'PATIENT'
  /** Community of place */
  | 'PLACE'
  /** Underserved group */
  | 'UNDERSERVED';

export type TargetGroupUpdate = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<TargetGroupKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  placeholder?: InputMaybe<Scalars['Boolean']['input']>;
};

export type User = {
  __typename?: 'User';
  createdAt?: Maybe<Scalars['String']['output']>;
  /** A disabled account cannot sign in, and its sessions have ended. */
  disabled: Scalars['Boolean']['output'];
  role: Role;
  username: Scalars['String']['output'];
};

export type VocabularyKind =
  /** Framework element: An element of the innovation framework for public health commissioning (000:L1029-L1206). */
  | 'FRAMEWORK_ELEMENT'
  /** Lever class: A class of one lever in document 000's analysis (000:L836-L864). */
  | 'LEVER_CLASS'
  /** Prevention tier: A tier of the Early Action Task Force's four-tier classification (004:L153-L158). */
  | 'PREVENTION_TIER';

/** A term of a vocabulary held as a cited node: a framework element, a lever class or a prevention tier. */
export type VocabularyTerm = {
  __typename?: 'VocabularyTerm';
  /** The code the graph stores: E7, PRIMARY, or a lever link's class. */
  code: Scalars['String']['output'];
  definition?: Maybe<Scalars['String']['output']>;
  evidence: Array<Citation>;
  examples: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: VocabularyKind;
  /** The lever a lever class belongs to. */
  lever?: Maybe<Lever>;
  name: Scalars['String']['output'];
};

/** A private space for draft data: only its members see its drafts, which stay out of search, counts, exports, analysis and the console until published. */
export type Workspace = {
  __typename?: 'Workspace';
  drafts: Array<Draft>;
  id: Scalars['ID']['output'];
  members: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
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
  AddSourceInput: AddSourceInput;
  AddSourceResult: ResolverTypeWrapper<Omit<AddSourceResult, 'passages' | 'source'> & { passages: Array<ResolversTypes['Passage']>, source: ResolversTypes['Source'] }>;
  Alignment: ResolverTypeWrapper<Omit<Alignment, 'flags' | 'leverStates'> & { flags: Array<ResolversTypes['AlignmentFlagHit']>, leverStates: Array<ResolversTypes['InitiativeLeverState']> }>;
  AlignmentFlag: AlignmentFlag;
  AlignmentFlagHit: ResolverTypeWrapper<Omit<AlignmentFlagHit, 'sources' | 'triggers'> & { sources: Array<ResolversTypes['Citation']>, triggers: Array<ResolversTypes['FlagTrigger']> }>;
  AlignmentReport: ResolverTypeWrapper<Omit<AlignmentReport, 'items'> & { items: Array<ResolversTypes['InitiativeAlignment']> }>;
  AlignmentRule: ResolverTypeWrapper<Omit<AlignmentRule, 'sources'> & { sources: Array<ResolversTypes['Citation']> }>;
  AlignmentStatus: AlignmentStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Backer: ResolverTypeWrapper<Omit<Backer, 'evidence'> & { evidence: Array<ResolversTypes['Citation']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CentralityOrder: CentralityOrder;
  CentralityRow: ResolverTypeWrapper<CentralityRow>;
  ChangedLink: ResolverTypeWrapper<Omit<ChangedLink, 'evidence'> & { evidence: Array<ResolversTypes['Citation']> }>;
  Citation: ResolverTypeWrapper<CitationRow>;
  CitationInput: CitationInput;
  CitingLink: ResolverTypeWrapper<Omit<CitingLink, 'link'> & { link: ResolversTypes['Link'] }>;
  CitingNode: ResolverTypeWrapper<Omit<CitingNode, 'node'> & { node: ResolversTypes['Entity'] }>;
  ClaimCheck: ClaimCheck;
  ClaimComparison: ResolverTypeWrapper<Omit<ClaimComparison, 'claim'> & { claim: ResolversTypes['Finding'] }>;
  ClaimQuestion: ClaimQuestion;
  ClaimStatus: ClaimStatus;
  Community: ResolverTypeWrapper<Community>;
  Comparison: ResolverTypeWrapper<Omit<Comparison, 'links'> & { links: Array<ResolversTypes['ChangedLink']> }>;
  Confidence: Confidence;
  ConsoleResult: ResolverTypeWrapper<ConsoleResult>;
  DataExportFile: ResolverTypeWrapper<DataExportFile>;
  DataTable: ResolverTypeWrapper<Omit<DataTable, 'evidence' | 'sample'> & { evidence: Array<ResolversTypes['Citation']>, sample?: Maybe<ResolversTypes['Sample']> }>;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  Directorate: ResolverTypeWrapper<NodeRow>;
  DirectorateInput: DirectorateInput;
  DirectorateKind: DirectorateKind;
  DirectorateUpdate: DirectorateUpdate;
  Draft: ResolverTypeWrapper<Draft>;
  Entity: ResolverTypeWrapper<NodeRow>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'nodes'> & { nodes: Array<ResolversTypes['Entity']> }>;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportScope: ExportScope;
  ExportScopeKind: ExportScopeKind;
  Finding: ResolverTypeWrapper<Omit<Finding, 'evidence'> & { evidence: Array<ResolversTypes['Citation']> }>;
  FindingHit: ResolverTypeWrapper<Omit<FindingHit, 'finding'> & { finding: ResolversTypes['Finding'] }>;
  FindingKind: FindingKind;
  FindingPage: ResolverTypeWrapper<Omit<FindingPage, 'items'> & { items: Array<ResolversTypes['Finding']> }>;
  FlagCount: ResolverTypeWrapper<FlagCount>;
  FlagKind: FlagKind;
  FlagTrigger: ResolverTypeWrapper<Omit<FlagTrigger, 'evidence'> & { evidence: Array<ResolversTypes['Citation']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Fragility: ResolverTypeWrapper<Omit<Fragility, 'affected'> & { affected: Array<ResolversTypes['FragilityItem']> }>;
  FragilityItem: ResolverTypeWrapper<Omit<FragilityItem, 'links'> & { links: Array<ResolversTypes['FlagTrigger']> }>;
  FrameworkElement: FrameworkElement;
  GoldenThread: ResolverTypeWrapper<GoldenThread>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphFilter: GraphFilter;
  GraphFormat: GraphFormat;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphPath: ResolverTypeWrapper<GraphPath>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAction: ImportAction;
  ImportChange: ResolverTypeWrapper<ImportChange>;
  ImportConflict: ResolverTypeWrapper<ImportConflict>;
  ImportFormat: ImportFormat;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportSheetSummary: ResolverTypeWrapper<ImportSheetSummary>;
  ImportStatus: ResolverTypeWrapper<ImportStatus>;
  Initiative: ResolverTypeWrapper<InitiativeRow>;
  InitiativeAlignment: ResolverTypeWrapper<Omit<InitiativeAlignment, 'alignment'> & { alignment: ResolversTypes['Alignment'] }>;
  InitiativeConnection: ResolverTypeWrapper<Omit<InitiativeConnection, 'edges'> & { edges: Array<ResolversTypes['InitiativeEdge']> }>;
  InitiativeEdge: ResolverTypeWrapper<Omit<InitiativeEdge, 'node'> & { node: ResolversTypes['Initiative'] }>;
  InitiativeFilter: InitiativeFilter;
  InitiativeInput: InitiativeInput;
  InitiativeKind: InitiativeKind;
  InitiativeLeverState: ResolverTypeWrapper<Omit<InitiativeLeverState, 'absences'> & { absences: Array<ResolversTypes['Citation']> }>;
  InitiativeStatus: InitiativeStatus;
  InitiativeTable: ResolverTypeWrapper<Omit<InitiativeTable, 'rows'> & { rows: Array<ResolversTypes['InitiativeTableRow']> }>;
  InitiativeTableFilter: InitiativeTableFilter;
  InitiativeTableRow: ResolverTypeWrapper<Omit<InitiativeTableRow, 'citations'> & { citations: Array<ResolversTypes['Citation']> }>;
  InitiativeTableSort: InitiativeTableSort;
  InitiativeUpdate: InitiativeUpdate;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Lever: Lever;
  LeverCheck: ResolverTypeWrapper<LeverCheck>;
  LeverCount: ResolverTypeWrapper<LeverCount>;
  LeverEvidenceRow: ResolverTypeWrapper<LeverEvidenceRow>;
  LeverGrouping: LeverGrouping;
  LeverProfileRow: ResolverTypeWrapper<LeverProfileRow>;
  LeverState: LeverState;
  LeverStateCount: ResolverTypeWrapper<LeverStateCount>;
  LeverStatesFilter: LeverStatesFilter;
  Link: ResolverTypeWrapper<LinkRow>;
  LinkChange: LinkChange;
  LinkInput: LinkInput;
  LinkType: LinkType;
  LinkUpdate: LinkUpdate;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<NeighbourhoodRow>;
  NetworkSummary: ResolverTypeWrapper<NetworkSummary>;
  NodeCommunity: ResolverTypeWrapper<NodeCommunity>;
  NodeLabel: NodeLabel;
  OpenDataStandard: OpenDataStandard;
  Organisation: ResolverTypeWrapper<NodeRow>;
  OrganisationInput: OrganisationInput;
  OrganisationType: OrganisationType;
  OrganisationUpdate: OrganisationUpdate;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partnership: ResolverTypeWrapper<NodeRow>;
  PartnershipInput: PartnershipInput;
  PartnershipKind: PartnershipKind;
  PartnershipMember: ResolverTypeWrapper<PartnershipMember>;
  PartnershipUpdate: PartnershipUpdate;
  Passage: ResolverTypeWrapper<PassageRow>;
  PassageCitations: ResolverTypeWrapper<Omit<PassageCitations, 'links' | 'nodes'> & { links: Array<ResolversTypes['CitingLink']>, nodes: Array<ResolversTypes['CitingNode']> }>;
  PassageConnection: ResolverTypeWrapper<Omit<PassageConnection, 'nodes'> & { nodes: Array<ResolversTypes['Passage']> }>;
  PassageHit: ResolverTypeWrapper<Omit<PassageHit, 'passage'> & { passage: ResolversTypes['Passage'] }>;
  PathsResult: ResolverTypeWrapper<PathsResult>;
  Place: ResolverTypeWrapper<NodeRow>;
  PlaceInput: PlaceInput;
  PlaceKind: PlaceKind;
  PlacePartnership: ResolverTypeWrapper<PlacePartnership>;
  PlaceUpdate: PlaceUpdate;
  PreventionTier: PreventionTier;
  ProfileInput: ProfileInput;
  PublishResult: ResolverTypeWrapper<Omit<PublishResult, 'entity' | 'link'> & { entity?: Maybe<ResolversTypes['Entity']>, link?: Maybe<ResolversTypes['Link']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reason: ResolverTypeWrapper<Omit<Reason, 'evidence' | 'path' | 'sourcePath' | 'suggestionPath'> & { evidence: Array<ResolversTypes['Citation']>, path: ResolversTypes['ReasonPath'], sourcePath?: Maybe<ResolversTypes['ReasonPath']>, suggestionPath?: Maybe<ResolversTypes['ReasonPath']> }>;
  ReasonKind: ReasonKind;
  ReasonPath: ResolverTypeWrapper<Omit<ReasonPath, 'links'> & { links: Array<ResolversTypes['Link']> }>;
  Ref: ResolverTypeWrapper<Ref>;
  ReviewItem: ResolverTypeWrapper<Omit<ReviewItem, 'link'> & { link: ResolversTypes['Link'] }>;
  ReviewQueue: ResolverTypeWrapper<Omit<ReviewQueue, 'items'> & { items: Array<ResolversTypes['ReviewItem']> }>;
  Role: Role;
  Sample: ResolverTypeWrapper<Omit<Sample, 'evidence'> & { evidence: Array<ResolversTypes['Citation']> }>;
  SampleBreakdown: ResolverTypeWrapper<SampleBreakdown>;
  SearchGroups: ResolverTypeWrapper<Omit<SearchGroups, 'findings' | 'passages'> & { findings: Array<ResolversTypes['FindingHit']>, passages: Array<ResolversTypes['PassageHit']> }>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchMatch: SearchMatch;
  SignInResult: ResolverTypeWrapper<SignInResult>;
  SoleDependence: ResolverTypeWrapper<SoleDependence>;
  SoleDependenceItem: ResolverTypeWrapper<SoleDependenceItem>;
  Source: ResolverTypeWrapper<Omit<Source, 'passages'> & { passages: Array<ResolversTypes['Passage']> }>;
  SourceFileInput: SourceFileInput;
  SourceKind: SourceKind;
  SourceLeverState: ResolverTypeWrapper<SourceLeverState>;
  Stance: Stance;
  Stats: ResolverTypeWrapper<Stats>;
  StatusChange: ResolverTypeWrapper<StatusChange>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Study: ResolverTypeWrapper<Omit<Study, 'evidence' | 'samples'> & { evidence: Array<ResolversTypes['Citation']>, samples: Array<ResolversTypes['Sample']> }>;
  SuggestWeightValues: ResolverTypeWrapper<SuggestWeightValues>;
  SuggestWeights: SuggestWeights;
  Suggestion: ResolverTypeWrapper<Omit<Suggestion, 'reasons'> & { reasons: Array<ResolversTypes['Reason']> }>;
  SuggestionResult: ResolverTypeWrapper<Omit<SuggestionResult, 'suggestions'> & { suggestions: Array<ResolversTypes['Suggestion']> }>;
  TableCell: ResolverTypeWrapper<TableCell>;
  TableLever: ResolverTypeWrapper<TableLever>;
  TargetGroup: ResolverTypeWrapper<NodeRow>;
  TargetGroupInput: TargetGroupInput;
  TargetGroupKind: TargetGroupKind;
  TargetGroupUpdate: TargetGroupUpdate;
  User: ResolverTypeWrapper<User>;
  VocabularyKind: VocabularyKind;
  VocabularyTerm: ResolverTypeWrapper<Omit<VocabularyTerm, 'evidence'> & { evidence: Array<ResolversTypes['Citation']> }>;
  Workspace: ResolverTypeWrapper<Workspace>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddSourceInput: AddSourceInput;
  AddSourceResult: Omit<AddSourceResult, 'passages' | 'source'> & { passages: Array<ResolversParentTypes['Passage']>, source: ResolversParentTypes['Source'] };
  Alignment: Omit<Alignment, 'flags' | 'leverStates'> & { flags: Array<ResolversParentTypes['AlignmentFlagHit']>, leverStates: Array<ResolversParentTypes['InitiativeLeverState']> };
  AlignmentFlagHit: Omit<AlignmentFlagHit, 'sources' | 'triggers'> & { sources: Array<ResolversParentTypes['Citation']>, triggers: Array<ResolversParentTypes['FlagTrigger']> };
  AlignmentReport: Omit<AlignmentReport, 'items'> & { items: Array<ResolversParentTypes['InitiativeAlignment']> };
  AlignmentRule: Omit<AlignmentRule, 'sources'> & { sources: Array<ResolversParentTypes['Citation']> };
  AuditEntry: AuditEntry;
  Backer: Omit<Backer, 'evidence'> & { evidence: Array<ResolversParentTypes['Citation']> };
  Boolean: Scalars['Boolean']['output'];
  CentralityRow: CentralityRow;
  ChangedLink: Omit<ChangedLink, 'evidence'> & { evidence: Array<ResolversParentTypes['Citation']> };
  Citation: CitationRow;
  CitationInput: CitationInput;
  CitingLink: Omit<CitingLink, 'link'> & { link: ResolversParentTypes['Link'] };
  CitingNode: Omit<CitingNode, 'node'> & { node: ResolversParentTypes['Entity'] };
  ClaimComparison: Omit<ClaimComparison, 'claim'> & { claim: ResolversParentTypes['Finding'] };
  Community: Community;
  Comparison: Omit<Comparison, 'links'> & { links: Array<ResolversParentTypes['ChangedLink']> };
  ConsoleResult: ConsoleResult;
  DataExportFile: DataExportFile;
  DataTable: Omit<DataTable, 'evidence' | 'sample'> & { evidence: Array<ResolversParentTypes['Citation']>, sample?: Maybe<ResolversParentTypes['Sample']> };
  DeleteResult: DeleteResult;
  Directorate: NodeRow;
  DirectorateInput: DirectorateInput;
  DirectorateUpdate: DirectorateUpdate;
  Draft: Draft;
  Entity: NodeRow;
  EntityConnection: Omit<EntityConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Entity']> };
  ExportFile: ExportFile;
  ExportScope: ExportScope;
  Finding: Omit<Finding, 'evidence'> & { evidence: Array<ResolversParentTypes['Citation']> };
  FindingHit: Omit<FindingHit, 'finding'> & { finding: ResolversParentTypes['Finding'] };
  FindingPage: Omit<FindingPage, 'items'> & { items: Array<ResolversParentTypes['Finding']> };
  FlagCount: FlagCount;
  FlagTrigger: Omit<FlagTrigger, 'evidence'> & { evidence: Array<ResolversParentTypes['Citation']> };
  Float: Scalars['Float']['output'];
  Fragility: Omit<Fragility, 'affected'> & { affected: Array<ResolversParentTypes['FragilityItem']> };
  FragilityItem: Omit<FragilityItem, 'links'> & { links: Array<ResolversParentTypes['FlagTrigger']> };
  GoldenThread: GoldenThread;
  GraphEdge: GraphEdge;
  GraphFilter: GraphFilter;
  GraphNode: GraphNode;
  GraphPath: GraphPath;
  ID: Scalars['ID']['output'];
  ImportChange: ImportChange;
  ImportConflict: ImportConflict;
  ImportProblem: ImportProblem;
  ImportReport: ImportReport;
  ImportSheetSummary: ImportSheetSummary;
  ImportStatus: ImportStatus;
  Initiative: InitiativeRow;
  InitiativeAlignment: Omit<InitiativeAlignment, 'alignment'> & { alignment: ResolversParentTypes['Alignment'] };
  InitiativeConnection: Omit<InitiativeConnection, 'edges'> & { edges: Array<ResolversParentTypes['InitiativeEdge']> };
  InitiativeEdge: Omit<InitiativeEdge, 'node'> & { node: ResolversParentTypes['Initiative'] };
  InitiativeFilter: InitiativeFilter;
  InitiativeInput: InitiativeInput;
  InitiativeLeverState: Omit<InitiativeLeverState, 'absences'> & { absences: Array<ResolversParentTypes['Citation']> };
  InitiativeTable: Omit<InitiativeTable, 'rows'> & { rows: Array<ResolversParentTypes['InitiativeTableRow']> };
  InitiativeTableFilter: InitiativeTableFilter;
  InitiativeTableRow: Omit<InitiativeTableRow, 'citations'> & { citations: Array<ResolversParentTypes['Citation']> };
  InitiativeUpdate: InitiativeUpdate;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LabelCount: LabelCount;
  LeverCheck: LeverCheck;
  LeverCount: LeverCount;
  LeverEvidenceRow: LeverEvidenceRow;
  LeverProfileRow: LeverProfileRow;
  LeverStateCount: LeverStateCount;
  LeverStatesFilter: LeverStatesFilter;
  Link: LinkRow;
  LinkInput: LinkInput;
  LinkUpdate: LinkUpdate;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: NeighbourhoodRow;
  NetworkSummary: NetworkSummary;
  NodeCommunity: NodeCommunity;
  Organisation: NodeRow;
  OrganisationInput: OrganisationInput;
  OrganisationUpdate: OrganisationUpdate;
  PageInfo: PageInfo;
  Partnership: NodeRow;
  PartnershipInput: PartnershipInput;
  PartnershipMember: PartnershipMember;
  PartnershipUpdate: PartnershipUpdate;
  Passage: PassageRow;
  PassageCitations: Omit<PassageCitations, 'links' | 'nodes'> & { links: Array<ResolversParentTypes['CitingLink']>, nodes: Array<ResolversParentTypes['CitingNode']> };
  PassageConnection: Omit<PassageConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Passage']> };
  PassageHit: Omit<PassageHit, 'passage'> & { passage: ResolversParentTypes['Passage'] };
  PathsResult: PathsResult;
  Place: NodeRow;
  PlaceInput: PlaceInput;
  PlacePartnership: PlacePartnership;
  PlaceUpdate: PlaceUpdate;
  ProfileInput: ProfileInput;
  PublishResult: Omit<PublishResult, 'entity' | 'link'> & { entity?: Maybe<ResolversParentTypes['Entity']>, link?: Maybe<ResolversParentTypes['Link']> };
  Query: Record<PropertyKey, never>;
  Reason: Omit<Reason, 'evidence' | 'path' | 'sourcePath' | 'suggestionPath'> & { evidence: Array<ResolversParentTypes['Citation']>, path: ResolversParentTypes['ReasonPath'], sourcePath?: Maybe<ResolversParentTypes['ReasonPath']>, suggestionPath?: Maybe<ResolversParentTypes['ReasonPath']> };
  ReasonPath: Omit<ReasonPath, 'links'> & { links: Array<ResolversParentTypes['Link']> };
  Ref: Ref;
  ReviewItem: Omit<ReviewItem, 'link'> & { link: ResolversParentTypes['Link'] };
  ReviewQueue: Omit<ReviewQueue, 'items'> & { items: Array<ResolversParentTypes['ReviewItem']> };
  Sample: Omit<Sample, 'evidence'> & { evidence: Array<ResolversParentTypes['Citation']> };
  SampleBreakdown: SampleBreakdown;
  SearchGroups: Omit<SearchGroups, 'findings' | 'passages'> & { findings: Array<ResolversParentTypes['FindingHit']>, passages: Array<ResolversParentTypes['PassageHit']> };
  SearchHit: SearchHit;
  SignInResult: SignInResult;
  SoleDependence: SoleDependence;
  SoleDependenceItem: SoleDependenceItem;
  Source: Omit<Source, 'passages'> & { passages: Array<ResolversParentTypes['Passage']> };
  SourceFileInput: SourceFileInput;
  SourceLeverState: SourceLeverState;
  Stats: Stats;
  StatusChange: StatusChange;
  StatusCount: StatusCount;
  String: Scalars['String']['output'];
  Study: Omit<Study, 'evidence' | 'samples'> & { evidence: Array<ResolversParentTypes['Citation']>, samples: Array<ResolversParentTypes['Sample']> };
  SuggestWeightValues: SuggestWeightValues;
  SuggestWeights: SuggestWeights;
  Suggestion: Omit<Suggestion, 'reasons'> & { reasons: Array<ResolversParentTypes['Reason']> };
  SuggestionResult: Omit<SuggestionResult, 'suggestions'> & { suggestions: Array<ResolversParentTypes['Suggestion']> };
  TableCell: TableCell;
  TableLever: TableLever;
  TargetGroup: NodeRow;
  TargetGroupInput: TargetGroupInput;
  TargetGroupUpdate: TargetGroupUpdate;
  User: User;
  VocabularyTerm: Omit<VocabularyTerm, 'evidence'> & { evidence: Array<ResolversParentTypes['Citation']> };
  Workspace: Workspace;
}>;

export type AddSourceResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddSourceResult'] = ResolversParentTypes['AddSourceResult']> = ResolversObject<{
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['Passage']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AlignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alignment'] = ResolversParentTypes['Alignment']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['AlignmentFlagHit']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  leverStates?: Resolver<Array<ResolversTypes['InitiativeLeverState']>, ParentType, ContextType>;
  levers?: Resolver<Array<ResolversTypes['LeverCount']>, ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sideward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
  upward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlignmentFlagHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlignmentFlagHit'] = ResolversParentTypes['AlignmentFlagHit']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['AlignmentFlag'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlagKind'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  triggers?: Resolver<Array<ResolversTypes['FlagTrigger']>, ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AlignmentReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlignmentReport'] = ResolversParentTypes['AlignmentReport']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byFlag?: Resolver<Array<ResolversTypes['FlagCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['InitiativeAlignment']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlignmentRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlignmentRule'] = ResolversParentTypes['AlignmentRule']> = ResolversObject<{
  flag?: Resolver<ResolversTypes['AlignmentFlag'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FlagKind'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revertedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BackerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Backer'] = ResolversParentTypes['Backer']> = ResolversObject<{
  backer?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  claimStatus?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
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

export type CentralityRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CentralityRow'] = ResolversParentTypes['CentralityRow']> = ResolversObject<{
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
}>;

export type ChangedLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangedLink'] = ResolversParentTypes['ChangedLink']> = ResolversObject<{
  change?: Resolver<ResolversTypes['LinkChange'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  lever?: Resolver<Maybe<ResolversTypes['Lever']>, ParentType, ContextType>;
  linkId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CitingLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitingLink'] = ResolversParentTypes['CitingLink']> = ResolversObject<{
  link?: Resolver<ResolversTypes['Link'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CitingNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitingNode'] = ResolversParentTypes['CitingNode']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClaimComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimComparison'] = ResolversParentTypes['ClaimComparison']> = ResolversObject<{
  claim?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  computed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['ClaimQuestion'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ClaimCheck'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = ResolversObject<{
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Ref']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ChangedLink']>, ParentType, ContextType>;
  statusChanges?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsoleResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsoleResult'] = ResolversParentTypes['ConsoleResult']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DataExportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataExportFile'] = ResolversParentTypes['DataExportFile']> = ResolversObject<{
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DataTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataTable'] = ResolversParentTypes['DataTable']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineFrom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineTo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  n?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<Array<ResolversTypes['TableCell']>>, ParentType, ContextType>;
  sample?: Resolver<Maybe<ResolversTypes['Sample']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeleteResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DirectorateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Directorate'] = ResolversParentTypes['Directorate']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DirectorateKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<DirectorateLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DraftResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Directorate' | 'Initiative' | 'Organisation' | 'Partnership' | 'Place' | 'TargetGroup', ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  checkQuestion?: Resolver<Maybe<ResolversTypes['ClaimQuestion']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FindingKind'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type FindingHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingHit'] = ResolversParentTypes['FindingHit']> = ResolversObject<{
  finding?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FindingPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingPage'] = ResolversParentTypes['FindingPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
}>;

export type FlagCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlagCount'] = ResolversParentTypes['FlagCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flag?: Resolver<ResolversTypes['AlignmentFlag'], ParentType, ContextType>;
}>;

export type FlagTriggerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlagTrigger'] = ResolversParentTypes['FlagTrigger']> = ResolversObject<{
  class?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  lever?: Resolver<Maybe<ResolversTypes['Lever']>, ParentType, ContextType>;
  linkId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FragilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fragility'] = ResolversParentTypes['Fragility']> = ResolversObject<{
  affected?: Resolver<Array<ResolversTypes['FragilityItem']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  backer?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  initiatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<Array<ResolversTypes['Ref']>, ParentType, ContextType>;
}>;

export type FragilityItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FragilityItem'] = ResolversParentTypes['FragilityItem']> = ResolversObject<{
  flagsGained?: Resolver<Array<ResolversTypes['AlignmentFlag']>, ParentType, ContextType>;
  flagsLost?: Resolver<Array<ResolversTypes['AlignmentFlag']>, ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  leversLost?: Resolver<Array<ResolversTypes['Lever']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['FlagTrigger']>, ParentType, ContextType>;
  statusAfter?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
  statusBefore?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
}>;

export type GoldenThreadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoldenThread'] = ResolversParentTypes['GoldenThread']> = ResolversObject<{
  initiative?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['GraphPath'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Ref']>, ParentType, ContextType>;
  sponsor?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Ref']>, ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  claimStatus?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
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
  frameworkElements?: Resolver<Array<ResolversTypes['FrameworkElement']>, ParentType, ContextType>;
  hiddenNeighbours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
}>;

export type GraphPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Ref']>, ParentType, ContextType>;
}>;

export type ImportChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportChange'] = ResolversParentTypes['ImportChange']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ImportAction'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportConflict'] = ResolversParentTypes['ImportConflict']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graphValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  graphVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['ImportChange']>, ParentType, ContextType>;
  changesTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['ImportConflict']>, ParentType, ContextType>;
  conflictsTruncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  encoding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImportFormat'], ParentType, ContextType>;
  importId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  overwrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheets?: Resolver<Array<ResolversTypes['ImportSheetSummary']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportSheetSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSheetSummary'] = ResolversParentTypes['ImportSheetSummary']> = ResolversObject<{
  bad?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportStatus'] = ResolversParentTypes['ImportStatus']> = ResolversObject<{
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  landed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linksCreated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  linksUpdated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nodesCreated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nodesUpdated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type InitiativeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  alignment?: Resolver<ResolversTypes['Alignment'], ParentType, ContextType>;
  amountAwarded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  awardDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  backers?: Resolver<Array<ResolversTypes['Backer']>, ParentType, ContextType>;
  benefitExpected?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  frameworkElements?: Resolver<Array<ResolversTypes['FrameworkElement']>, ParentType, ContextType>;
  funding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grantId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InitiativeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  leverStates?: Resolver<Array<ResolversTypes['InitiativeLeverState']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<InitiativeLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preventionTier?: Resolver<Maybe<ResolversTypes['PreventionTier']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InitiativeAlignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeAlignment'] = ResolversParentTypes['InitiativeAlignment']> = ResolversObject<{
  alignment?: Resolver<ResolversTypes['Alignment'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
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

export type InitiativeLeverStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeLeverState'] = ResolversParentTypes['InitiativeLeverState']> = ResolversObject<{
  absences?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['LeverCheck']>, ParentType, ContextType>;
  enabling?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lever?: Resolver<ResolversTypes['Lever'], ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceLeverState']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LeverState'], ParentType, ContextType>;
}>;

export type InitiativeTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeTable'] = ResolversParentTypes['InitiativeTable']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byFlag?: Resolver<Array<ResolversTypes['FlagCount']>, ParentType, ContextType>;
  byLeverState?: Resolver<Array<ResolversTypes['LeverStateCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['InitiativeTableRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InitiativeTableRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InitiativeTableRow'] = ResolversParentTypes['InitiativeTableRow']> = ResolversObject<{
  alignment?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['AlignmentFlag']>, ParentType, ContextType>;
  frameworkElements?: Resolver<Array<ResolversTypes['FrameworkElement']>, ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  levers?: Resolver<Array<ResolversTypes['TableLever']>, ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
}>;

export type LeverCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeverCheck'] = ResolversParentTypes['LeverCheck']> = ResolversObject<{
  checkedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LeverCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeverCount'] = ResolversParentTypes['LeverCount']> = ResolversObject<{
  enabling?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lever?: Resolver<ResolversTypes['Lever'], ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeverEvidenceRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeverEvidenceRow'] = ResolversParentTypes['LeverEvidenceRow']> = ResolversObject<{
  backers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enabling?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  initiatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lever?: Resolver<ResolversTypes['Lever'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeverProfileRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeverProfileRow'] = ResolversParentTypes['LeverProfileRow']> = ResolversObject<{
  aligned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  downward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  initiatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sideward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeverStateCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeverStateCount'] = ResolversParentTypes['LeverStateCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lever?: Resolver<ResolversTypes['Lever'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LeverState'], ParentType, ContextType>;
}>;

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claimStatus?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  claimedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  verificationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addSource?: Resolver<ResolversTypes['AddSourceResult'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  addWorkspaceMember?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationAddWorkspaceMemberArgs, 'username' | 'workspaceId'>>;
  createDirectorate?: Resolver<ResolversTypes['Directorate'], ParentType, ContextType, RequireFields<MutationCreateDirectorateArgs, 'input'>>;
  createInitiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationCreateInitiativeArgs, 'input'>>;
  createLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationCreateLinkArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createPartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationCreatePartnershipArgs, 'input'>>;
  createPlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationCreatePlaceArgs, 'input'>>;
  createTargetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType, RequireFields<MutationCreateTargetGroupArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'password' | 'role' | 'username'>>;
  createWorkspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType, RequireFields<MutationCreateWorkspaceArgs, 'name'>>;
  deleteDraft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDraftArgs, 'id'>>;
  deleteEntity?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'detach' | 'id'>>;
  deleteLink?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteLinkArgs, 'id'>>;
  deleteUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'username'>>;
  importData?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportDataArgs, 'contentBase64' | 'dryRun' | 'format' | 'overwrite'>>;
  importOpenData?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportOpenDataArgs, 'contentBase64' | 'dryRun' | 'format' | 'standard'>>;
  publishDraft?: Resolver<ResolversTypes['PublishResult'], ParentType, ContextType, RequireFields<MutationPublishDraftArgs, 'id'>>;
  recordLeverCheck?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationRecordLeverCheckArgs, 'initiativeId' | 'lever'>>;
  resetPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'password' | 'username'>>;
  revertChange?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'auditId' | 'reason'>>;
  saveDraftLink?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<MutationSaveDraftLinkArgs, 'input' | 'workspaceId'>>;
  saveDraftNode?: Resolver<ResolversTypes['Draft'], ParentType, ContextType, RequireFields<MutationSaveDraftNodeArgs, 'input' | 'label' | 'workspaceId'>>;
  setUserDisabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserDisabledArgs, 'disabled' | 'username'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'role' | 'username'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updateDirectorate?: Resolver<ResolversTypes['Directorate'], ParentType, ContextType, RequireFields<MutationUpdateDirectorateArgs, 'id' | 'input'>>;
  updateInitiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationUpdateInitiativeArgs, 'id' | 'input'>>;
  updateLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationUpdateLinkArgs, 'id' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'id' | 'input'>>;
  updatePartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationUpdatePartnershipArgs, 'id' | 'input'>>;
  updatePlace?: Resolver<ResolversTypes['Place'], ParentType, ContextType, RequireFields<MutationUpdatePlaceArgs, 'id' | 'input'>>;
  updateTargetGroup?: Resolver<ResolversTypes['TargetGroup'], ParentType, ContextType, RequireFields<MutationUpdateTargetGroupArgs, 'id' | 'input'>>;
  verifyLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationVerifyLinkArgs, 'accept' | 'id' | 'reason'>>;
  verifyLinks?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<MutationVerifyLinksArgs, 'accept' | 'ids' | 'reason'>>;
  withdrawLeverCheck?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType, RequireFields<MutationWithdrawLeverCheckArgs, 'initiativeId' | 'lever'>>;
}>;

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = ResolversObject<{
  communities?: Resolver<Array<ResolversTypes['NodeCommunity']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  focus?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type NetworkSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkSummary'] = ResolversParentTypes['NetworkSummary']> = ResolversObject<{
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modularity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NodeCommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeCommunity'] = ResolversParentTypes['NodeCommunity']> = ResolversObject<{
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  charityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  giving360Id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<OrganisationLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  odsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
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

export type PartnershipMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipMember'] = ResolversParentTypes['PartnershipMember']> = ResolversObject<{
  member?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PassageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = ResolversObject<{
  citedBy?: Resolver<ResolversTypes['PassageCitations'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PassageCitationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PassageCitations'] = ResolversParentTypes['PassageCitations']> = ResolversObject<{
  links?: Resolver<Array<ResolversTypes['CitingLink']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CitingNode']>, ParentType, ContextType>;
}>;

export type PassageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PassageConnection'] = ResolversParentTypes['PassageConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Passage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PassageHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PassageHit'] = ResolversParentTypes['PassageHit']> = ResolversObject<{
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sourceTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PathsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathsResult'] = ResolversParentTypes['PathsResult']> = ResolversObject<{
  all?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['GraphPath']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<PlaceLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['PlacePartnership']>, ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlacePartnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlacePartnership'] = ResolversParentTypes['PlacePartnership']> = ResolversObject<{
  members?: Resolver<Array<ResolversTypes['PartnershipMember']>, ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
}>;

export type PublishResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishResult'] = ResolversParentTypes['PublishResult']> = ResolversObject<{
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alignmentReport?: Resolver<ResolversTypes['AlignmentReport'], ParentType, ContextType, RequireFields<QueryAlignmentReportArgs, 'first' | 'includeUnverified' | 'offset'>>;
  alignmentRules?: Resolver<Array<ResolversTypes['AlignmentRule']>, ParentType, ContextType>;
  centrality?: Resolver<Array<ResolversTypes['CentralityRow']>, ParentType, ContextType, RequireFields<QueryCentralityArgs, 'first' | 'orderBy'>>;
  claimChecks?: Resolver<Array<ResolversTypes['ClaimComparison']>, ParentType, ContextType, Partial<QueryClaimChecksArgs>>;
  communities?: Resolver<ResolversTypes['NetworkSummary'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'first' | 'members'>>;
  compare?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareArgs, 'from' | 'includeUnverified' | 'to'>>;
  cypherConsole?: Resolver<ResolversTypes['ConsoleResult'], ParentType, ContextType, RequireFields<QueryCypherConsoleArgs, 'maxRows' | 'query' | 'timeoutMs'>>;
  directorate?: Resolver<Maybe<ResolversTypes['Directorate']>, ParentType, ContextType, RequireFields<QueryDirectorateArgs, 'id'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'type'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  exportData?: Resolver<ResolversTypes['DataExportFile'], ParentType, ContextType, RequireFields<QueryExportDataArgs, 'format'>>;
  exportGraph?: Resolver<ResolversTypes['ExportFile'], ParentType, ContextType, RequireFields<QueryExportGraphArgs, 'format'>>;
  exportInitiativesCsv?: Resolver<ResolversTypes['ExportFile'], ParentType, ContextType, RequireFields<QueryExportInitiativesCsvArgs, 'includeUnverified'>>;
  findings?: Resolver<ResolversTypes['FindingPage'], ParentType, ContextType, RequireFields<QueryFindingsArgs, 'first'>>;
  fragility?: Resolver<ResolversTypes['Fragility'], ParentType, ContextType, RequireFields<QueryFragilityArgs, 'backerId' | 'includeUnverified' | 'withParts'>>;
  goldenThreads?: Resolver<Array<ResolversTypes['GoldenThread']>, ParentType, ContextType, RequireFields<QueryGoldenThreadsArgs, 'first' | 'includeUnverified'>>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'targetId'>>;
  importStatus?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType, RequireFields<QueryImportStatusArgs, 'id'>>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType, RequireFields<QueryInitiativeArgs, 'id' | 'includeUnverified'>>;
  initiativeTable?: Resolver<ResolversTypes['InitiativeTable'], ParentType, ContextType, RequireFields<QueryInitiativeTableArgs, 'descending' | 'first' | 'includeUnverified' | 'offset' | 'sort'>>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, RequireFields<QueryInitiativesArgs, 'first' | 'includeUnverified'>>;
  knowledgeExport?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  leverEvidence?: Resolver<Array<ResolversTypes['LeverEvidenceRow']>, ParentType, ContextType, RequireFields<QueryLeverEvidenceArgs, 'includeUnverified' | 'source'>>;
  leverProfile?: Resolver<Array<ResolversTypes['LeverProfileRow']>, ParentType, ContextType, RequireFields<QueryLeverProfileArgs, 'groupBy' | 'includeUnverified'>>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<QueryLinkArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'includeRejected' | 'includeUnverified' | 'limit'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType, RequireFields<QueryPartnershipArgs, 'id'>>;
  passageSearch?: Resolver<Array<ResolversTypes['PassageHit']>, ParentType, ContextType, RequireFields<QueryPassageSearchArgs, 'first' | 'query'>>;
  paths?: Resolver<ResolversTypes['PathsResult'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxLength' | 'to'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  recentChanges?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryRecentChangesArgs, 'first'>>;
  reviewQueue?: Resolver<ResolversTypes['ReviewQueue'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first' | 'skip'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchFindings?: Resolver<Array<ResolversTypes['FindingHit']>, ParentType, ContextType, RequireFields<QuerySearchFindingsArgs, 'first' | 'text'>>;
  searchGroups?: Resolver<ResolversTypes['SearchGroups'], ParentType, ContextType, RequireFields<QuerySearchGroupsArgs, 'first' | 'text'>>;
  soleDependence?: Resolver<Array<ResolversTypes['SoleDependence']>, ParentType, ContextType, RequireFields<QuerySoleDependenceArgs, 'first' | 'includeUnverified'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType, Partial<QueryStudiesArgs>>;
  suggestCollaborators?: Resolver<ResolversTypes['SuggestionResult'], ParentType, ContextType, RequireFields<QuerySuggestCollaboratorsArgs, 'first' | 'includeExisting'>>;
  suggestPartnerships?: Resolver<ResolversTypes['SuggestionResult'], ParentType, ContextType, RequireFields<QuerySuggestPartnershipsArgs, 'first' | 'includeExisting'>>;
  suggestSponsors?: Resolver<ResolversTypes['SuggestionResult'], ParentType, ContextType, RequireFields<QuerySuggestSponsorsArgs, 'first' | 'includeExisting'>>;
  table?: Resolver<Maybe<ResolversTypes['DataTable']>, ParentType, ContextType, RequireFields<QueryTableArgs, 'id'>>;
  tables?: Resolver<Array<ResolversTypes['DataTable']>, ParentType, ContextType, Partial<QueryTablesArgs>>;
  targetGroup?: Resolver<Maybe<ResolversTypes['TargetGroup']>, ParentType, ContextType, RequireFields<QueryTargetGroupArgs, 'id'>>;
  uncitedPassages?: Resolver<ResolversTypes['PassageConnection'], ParentType, ContextType, RequireFields<QueryUncitedPassagesArgs, 'first' | 'sourceId'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  vocabulary?: Resolver<Array<ResolversTypes['VocabularyTerm']>, ParentType, ContextType, Partial<QueryVocabularyArgs>>;
  workspace?: Resolver<Maybe<ResolversTypes['Workspace']>, ParentType, ContextType, RequireFields<QueryWorkspaceArgs, 'id'>>;
  workspaces?: Resolver<Array<ResolversTypes['Workspace']>, ParentType, ContextType>;
}>;

export type ReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReasonKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['ReasonPath'], ParentType, ContextType>;
  sharedBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourcePath?: Resolver<Maybe<ResolversTypes['ReasonPath']>, ParentType, ContextType>;
  suggestionPath?: Resolver<Maybe<ResolversTypes['ReasonPath']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Ref']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ReasonPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReasonPath'] = ResolversParentTypes['ReasonPath']> = ResolversObject<{
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Ref']>, ParentType, ContextType>;
}>;

export type RefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Ref'] = ResolversParentTypes['Ref']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
}>;

export type ReviewItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewItem'] = ResolversParentTypes['ReviewItem']> = ResolversObject<{
  ageDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  link?: Resolver<ResolversTypes['Link'], ParentType, ContextType>;
}>;

export type ReviewQueueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewQueue'] = ResolversParentTypes['ReviewQueue']> = ResolversObject<{
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ReviewItem']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sample'] = ResolversParentTypes['Sample']> = ResolversObject<{
  breakdown?: Resolver<Array<ResolversTypes['SampleBreakdown']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  n?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wave?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SampleBreakdownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SampleBreakdown'] = ResolversParentTypes['SampleBreakdown']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchGroupsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchGroups'] = ResolversParentTypes['SearchGroups']> = ResolversObject<{
  entities?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['FindingHit']>, ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['PassageHit']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
}>;

export type SignInResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = ResolversObject<{
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type SoleDependenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SoleDependence'] = ResolversParentTypes['SoleDependence']> = ResolversObject<{
  backer?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  byLever?: Resolver<Array<ResolversTypes['LeverCount']>, ParentType, ContextType>;
  initiatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SoleDependenceItem']>, ParentType, ContextType>;
}>;

export type SoleDependenceItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SoleDependenceItem'] = ResolversParentTypes['SoleDependenceItem']> = ResolversObject<{
  initiative?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  levers?: Resolver<Array<ResolversTypes['Lever']>, ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  authors?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['SourceKind']>, ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['Passage']>, ParentType, ContextType, Partial<SourcePassagesArgs>>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textHeld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versionOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SourceLeverStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceLeverState'] = ResolversParentTypes['SourceLeverState']> = ResolversObject<{
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LeverState'], ParentType, ContextType>;
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

export type StatusChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = ResolversObject<{
  from?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AlignmentStatus'], ParentType, ContextType>;
}>;

export type StudyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Study'] = ResolversParentTypes['Study']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  methods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['Sample']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SuggestWeightValuesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestWeightValues'] = ResolversParentTypes['SuggestWeightValues']> = ResolversObject<{
  existing?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  frameworkElement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  leverComplement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  metAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  partnerOfPartner?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serviceArea?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetGroup?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = ResolversObject<{
  existingPartner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  generic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ref'], ParentType, ContextType>;
  organisationType?: Resolver<Maybe<ResolversTypes['OrganisationType']>, ParentType, ContextType>;
  partnershipKind?: Resolver<Maybe<ResolversTypes['PartnershipKind']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SuggestionResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuggestionResult'] = ResolversParentTypes['SuggestionResult']> = ResolversObject<{
  source?: Resolver<Maybe<ResolversTypes['Ref']>, ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['SuggestWeightValues'], ParentType, ContextType>;
}>;

export type TableCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TableCell'] = ResolversParentTypes['TableCell']> = ResolversObject<{
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TableLeverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TableLever'] = ResolversParentTypes['TableLever']> = ResolversObject<{
  enabling?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lever?: Resolver<ResolversTypes['Lever'], ParentType, ContextType>;
  opposing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['LeverState'], ParentType, ContextType>;
}>;

export type TargetGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetGroupKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['NodeLabel'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<TargetGroupLinksArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VocabularyTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VocabularyTerm'] = ResolversParentTypes['VocabularyTerm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VocabularyKind'], ParentType, ContextType>;
  lever?: Resolver<Maybe<ResolversTypes['Lever']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkspaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Workspace'] = ResolversParentTypes['Workspace']> = ResolversObject<{
  drafts?: Resolver<Array<ResolversTypes['Draft']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AddSourceResult?: AddSourceResultResolvers<ContextType>;
  Alignment?: AlignmentResolvers<ContextType>;
  AlignmentFlagHit?: AlignmentFlagHitResolvers<ContextType>;
  AlignmentReport?: AlignmentReportResolvers<ContextType>;
  AlignmentRule?: AlignmentRuleResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Backer?: BackerResolvers<ContextType>;
  CentralityRow?: CentralityRowResolvers<ContextType>;
  ChangedLink?: ChangedLinkResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CitingLink?: CitingLinkResolvers<ContextType>;
  CitingNode?: CitingNodeResolvers<ContextType>;
  ClaimComparison?: ClaimComparisonResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  ConsoleResult?: ConsoleResultResolvers<ContextType>;
  DataExportFile?: DataExportFileResolvers<ContextType>;
  DataTable?: DataTableResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Directorate?: DirectorateResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingHit?: FindingHitResolvers<ContextType>;
  FindingPage?: FindingPageResolvers<ContextType>;
  FlagCount?: FlagCountResolvers<ContextType>;
  FlagTrigger?: FlagTriggerResolvers<ContextType>;
  Fragility?: FragilityResolvers<ContextType>;
  FragilityItem?: FragilityItemResolvers<ContextType>;
  GoldenThread?: GoldenThreadResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  ImportChange?: ImportChangeResolvers<ContextType>;
  ImportConflict?: ImportConflictResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportSheetSummary?: ImportSheetSummaryResolvers<ContextType>;
  ImportStatus?: ImportStatusResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeAlignment?: InitiativeAlignmentResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  InitiativeEdge?: InitiativeEdgeResolvers<ContextType>;
  InitiativeLeverState?: InitiativeLeverStateResolvers<ContextType>;
  InitiativeTable?: InitiativeTableResolvers<ContextType>;
  InitiativeTableRow?: InitiativeTableRowResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LabelCount?: LabelCountResolvers<ContextType>;
  LeverCheck?: LeverCheckResolvers<ContextType>;
  LeverCount?: LeverCountResolvers<ContextType>;
  LeverEvidenceRow?: LeverEvidenceRowResolvers<ContextType>;
  LeverProfileRow?: LeverProfileRowResolvers<ContextType>;
  LeverStateCount?: LeverStateCountResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NetworkSummary?: NetworkSummaryResolvers<ContextType>;
  NodeCommunity?: NodeCommunityResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipMember?: PartnershipMemberResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  PassageCitations?: PassageCitationsResolvers<ContextType>;
  PassageConnection?: PassageConnectionResolvers<ContextType>;
  PassageHit?: PassageHitResolvers<ContextType>;
  PathsResult?: PathsResultResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlacePartnership?: PlacePartnershipResolvers<ContextType>;
  PublishResult?: PublishResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  ReasonPath?: ReasonPathResolvers<ContextType>;
  Ref?: RefResolvers<ContextType>;
  ReviewItem?: ReviewItemResolvers<ContextType>;
  ReviewQueue?: ReviewQueueResolvers<ContextType>;
  Sample?: SampleResolvers<ContextType>;
  SampleBreakdown?: SampleBreakdownResolvers<ContextType>;
  SearchGroups?: SearchGroupsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  SoleDependence?: SoleDependenceResolvers<ContextType>;
  SoleDependenceItem?: SoleDependenceItemResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceLeverState?: SourceLeverStateResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  Study?: StudyResolvers<ContextType>;
  SuggestWeightValues?: SuggestWeightValuesResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  SuggestionResult?: SuggestionResultResolvers<ContextType>;
  TableCell?: TableCellResolvers<ContextType>;
  TableLever?: TableLeverResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  VocabularyTerm?: VocabularyTermResolvers<ContextType>;
  Workspace?: WorkspaceResolvers<ContextType>;
}>;

