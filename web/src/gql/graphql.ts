/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddSourceInput = {
  authors?: string | null | undefined;
  date?: string | null | undefined;
  file: SourceFileInput;
  /** Left out: made from the content hash, so the same text is never stored twice. */
  id?: string | null | undefined;
  kind?: SourceKind | null | undefined;
  licence?: string | null | undefined;
  publisher?: string | null | undefined;
  /** For a CSV dataset: the column holding each record's identifier (else records are cited by row number). */
  recordColumn?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
  /** The source whose text this is a newer version of (the old one and its citations stay as they are). */
  versionOf?: string | null | undefined;
  year?: number | null | undefined;
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

export type AlignmentStatus =
  /** Aligned: Enabling backers are recorded on all three levers. */
  | 'ALIGNED'
  /** Contested: At least one backer opposes this initiative. */
  | 'CONTESTED'
  /** Partly aligned: Enabling backers are recorded on one or two levers. */
  | 'PARTIAL'
  /** Unknown: The sources record no lever for this initiative. This is not a gap: nothing is known either way. */
  | 'UNKNOWN';

/** A citation as given: the quote must stand on the cited line of the stored text (docs/evidence.md). */
export type CitationInput = {
  line: number;
  /** Required, except for a DATASET source cited by record. */
  quote?: string | null | undefined;
  /** For a DATASET source: the record on row `line`, by identifier or row number. */
  record?: string | null | undefined;
  sourceId: string;
};

export type ClaimCheck =
  /** Agrees: The graph computes what the document concludes. */
  | 'AGREES'
  /** Disagrees: The graph computes something else; the reason says why (for example links counted, not mentions). */
  | 'DISAGREES';

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

export type Confidence =
  /** Inferred: A curator's reading of the document, with a reason. */
  | 'INFERRED'
  /** Stated: The document says so. */
  | 'STATED';

export type DirectorateInput = {
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  evidence: Array<CitationInput>;
  id?: string | null | undefined;
  kind: DirectorateKind;
  name: string;
  placeholder?: boolean | null | undefined;
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
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  evidence?: Array<CitationInput> | null | undefined;
  kind?: DirectorateKind | null | undefined;
  name?: string | null | undefined;
  placeholder?: boolean | null | undefined;
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

export type FlagKind =
  /** Gap: Something the documents say helps is missing. */
  | 'GAP'
  /** Risk: It may not last. */
  | 'RISK'
  /** Tension: Forces pull against each other. */
  | 'TENSION';

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

/** What an import row does to the graph. */
export type ImportAction =
  | 'CREATE'
  | 'UNCHANGED'
  | 'UPDATE';

/** The import and export file formats: one sheet (XLSX) or file (CSV) per entity type plus sources and links, or a seed-shaped JSON document. */
export type ImportFormat =
  | 'CSV'
  | 'JSON'
  | 'XLSX';

export type InitiativeFilter = {
  frameworkElement?: FrameworkElement | null | undefined;
  /** Initiatives with at least one enabling backer on each of these levers. */
  hasLever?: Array<Lever> | null | undefined;
  /** Initiatives with no enabling backer on any of these levers. */
  lacksLever?: Array<Lever> | null | undefined;
  /** Initiatives this organisation or directorate backs, commissions, delivers or funds. */
  organisation?: string | null | undefined;
  /** Initiatives this partnership, or one of its members, backs, commissions, delivers or funds. */
  partnership?: string | null | undefined;
  place?: string | null | undefined;
  source?: string | null | undefined;
  status?: InitiativeStatus | null | undefined;
  targetGroup?: string | null | undefined;
};

export type InitiativeInput = {
  aliases?: Array<string> | null | undefined;
  amountAwarded?: string | null | undefined;
  awardDate?: string | null | undefined;
  benefitExpected?: string | null | undefined;
  currency?: string | null | undefined;
  description?: string | null | undefined;
  durationMonths?: number | null | undefined;
  endDate?: string | null | undefined;
  evidence: Array<CitationInput>;
  frameworkElements?: Array<FrameworkElement> | null | undefined;
  funding?: string | null | undefined;
  grantId?: string | null | undefined;
  id?: string | null | undefined;
  kind: InitiativeKind;
  name: string;
  placeholder?: boolean | null | undefined;
  preventionTier?: PreventionTier | null | undefined;
  programme?: string | null | undefined;
  serviceTypes?: Array<string> | null | undefined;
  startDate?: string | null | undefined;
  status?: InitiativeStatus | null | undefined;
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

/** The initiatives table's filters; every one given must hold. */
export type InitiativeTableFilter = {
  alignment?: Array<AlignmentStatus> | null | undefined;
  /** Has every one of these flags. */
  flags?: Array<AlignmentFlag> | null | undefined;
  frameworkElement?: FrameworkElement | null | undefined;
  /** At least one of these levers has no enabling backer recorded (for example sponsor or community voice). */
  lacking?: Array<Lever> | null | undefined;
  levers?: Array<LeverStatesFilter> | null | undefined;
  /** Backed, commissioned, delivered or funded by this organisation or one of its directorates. */
  organisation?: string | null | undefined;
  /** Backed, commissioned, delivered or funded by this partnership or one of its members. */
  partnership?: string | null | undefined;
  /** Located in this place or in any place within it, at any depth. */
  place?: string | null | undefined;
  status?: Array<InitiativeStatus> | null | undefined;
  targetGroup?: string | null | undefined;
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
  aliases?: Array<string> | null | undefined;
  amountAwarded?: string | null | undefined;
  awardDate?: string | null | undefined;
  benefitExpected?: string | null | undefined;
  currency?: string | null | undefined;
  description?: string | null | undefined;
  durationMonths?: number | null | undefined;
  endDate?: string | null | undefined;
  evidence?: Array<CitationInput> | null | undefined;
  frameworkElements?: Array<FrameworkElement> | null | undefined;
  funding?: string | null | undefined;
  grantId?: string | null | undefined;
  kind?: InitiativeKind | null | undefined;
  name?: string | null | undefined;
  placeholder?: boolean | null | undefined;
  preventionTier?: PreventionTier | null | undefined;
  programme?: string | null | undefined;
  serviceTypes?: Array<string> | null | undefined;
  startDate?: string | null | undefined;
  status?: InitiativeStatus | null | undefined;
};

export type Lever =
  /** Downward: Sponsorship, mandate, targets or funding from those who can require or enable. */
  | 'DOWNWARD'
  /** Sideward: Partnerships, alliances and networks where no partner can compel another. */
  | 'SIDEWARD'
  /** Upward: Pressure from communities and target groups: unmet need, co-design, local demand. */
  | 'UPWARD';

export type LeverGrouping =
  | 'FRAMEWORK_ELEMENT'
  | 'LEVER_CLASS'
  | 'ORGANISATION_TYPE'
  | 'PLACE'
  | 'SOURCE'
  | 'TARGET_GROUP';

export type LeverState =
  /** Confirmed absent: A source says there is none, or an editor checked and recorded "checked: none". */
  | 'ABSENT'
  /** Not recorded: No source addresses this lever: unknown, not a gap. */
  | 'NOT_RECORDED'
  /** Recorded: A source cites a backer on this lever. */
  | 'PRESENT';

/** The lever states an initiative may have on one lever to match. */
export type LeverStatesFilter = {
  lever: Lever;
  states: Array<LeverState>;
};

export type LinkChange =
  | 'APPEARED'
  | 'ENDED';

export type LinkInput = {
  amount?: string | null | undefined;
  class?: string | null | undefined;
  confidence?: Confidence | null | undefined;
  evidence: Array<CitationInput>;
  from: string;
  lever?: Lever | null | undefined;
  reason?: string | null | undefined;
  role?: string | null | undefined;
  stance?: Stance | null | undefined;
  to: string;
  type: LinkType;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
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
  amount?: string | null | undefined;
  class?: string | null | undefined;
  confidence?: Confidence | null | undefined;
  evidence?: Array<CitationInput> | null | undefined;
  reason?: string | null | undefined;
  role?: string | null | undefined;
  stance?: Stance | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
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

export type OrganisationInput = {
  aliases?: Array<string> | null | undefined;
  charityNumber?: string | null | undefined;
  companyNumber?: string | null | undefined;
  description?: string | null | undefined;
  evidence: Array<CitationInput>;
  giving360Id?: string | null | undefined;
  id?: string | null | undefined;
  name: string;
  odsCode?: string | null | undefined;
  placeholder?: boolean | null | undefined;
  subtype?: string | null | undefined;
  type: OrganisationType;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
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
  aliases?: Array<string> | null | undefined;
  charityNumber?: string | null | undefined;
  companyNumber?: string | null | undefined;
  description?: string | null | undefined;
  evidence?: Array<CitationInput> | null | undefined;
  giving360Id?: string | null | undefined;
  name?: string | null | undefined;
  odsCode?: string | null | undefined;
  placeholder?: boolean | null | undefined;
  subtype?: string | null | undefined;
  type?: OrganisationType | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type PartnershipInput = {
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  evidence: Array<CitationInput>;
  id?: string | null | undefined;
  kind: PartnershipKind;
  name: string;
  placeholder?: boolean | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
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

export type PartnershipUpdate = {
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  evidence?: Array<CitationInput> | null | undefined;
  kind?: PartnershipKind | null | undefined;
  name?: string | null | undefined;
  placeholder?: boolean | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type PlaceInput = {
  aliases?: Array<string> | null | undefined;
  code?: string | null | undefined;
  description?: string | null | undefined;
  evidence: Array<CitationInput>;
  id?: string | null | undefined;
  kind: PlaceKind;
  name: string;
  placeholder?: boolean | null | undefined;
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

export type PlaceUpdate = {
  aliases?: Array<string> | null | undefined;
  code?: string | null | undefined;
  description?: string | null | undefined;
  evidence?: Array<CitationInput> | null | undefined;
  kind?: PlaceKind | null | undefined;
  name?: string | null | undefined;
  placeholder?: boolean | null | undefined;
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
  frameworkElements?: Array<FrameworkElement> | null | undefined;
  /** Levers it brings: UPWARD for community reach, DOWNWARD for sponsorship, commissioning or funding power. */
  levers?: Array<Lever> | null | undefined;
  /** A name to show; not matched against the graph. */
  name?: string | null | undefined;
  /** Partnerships it already belongs to: their members are existing partners. */
  partnerships?: Array<string> | null | undefined;
  places?: Array<string> | null | undefined;
  /** Service areas or other lever classes as the documents name them, e.g. "mental health" (000:L836-864); case is ignored. */
  serviceAreas?: Array<string> | null | undefined;
  targetGroups?: Array<string> | null | undefined;
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

export type Role =
  /** Administrator: Manages users and reverts changes. */
  | 'ADMIN'
  /** Contributor: Adds and edits nodes and links; new links enter as UNVERIFIED. */
  | 'CONTRIBUTOR'
  /** Verifier: Accepts or rejects contributed links, deletes. */
  | 'VERIFIER'
  /** Viewer: Reads only (anonymously too, where the deployment allows it). */
  | 'VIEWER';

export type SourceFileInput = {
  contentBase64: string;
  /** The file name; its ending (.txt, .md, .html, .docx, .pdf, .csv) says how to read it. */
  name: string;
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

export type Stance =
  /** Enables: The backer works for the initiative. */
  | 'ENABLES'
  /** Opposes: The backer works against it, for example a budget cut or a procurement rule. */
  | 'OPPOSES';

export type TargetGroupInput = {
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  evidence: Array<CitationInput>;
  id?: string | null | undefined;
  kind: TargetGroupKind;
  name: string;
  placeholder?: boolean | null | undefined;
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
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  evidence?: Array<CitationInput> | null | undefined;
  kind?: TargetGroupKind | null | undefined;
  name?: string | null | undefined;
  placeholder?: boolean | null | undefined;
};

export type AlignmentCountsFragment = { downward: number, sideward: number, upward: number, opposing: number, status: AlignmentStatus, gaps: Array<string> };

export type FlagHitItemFragment = { flag: AlignmentFlag, kind: FlagKind, rule: string, why: string, detail: string, sources: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, triggers: Array<{ linkId: string, type: LinkType, lever: Lever | null, stance: Stance | null, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> };

export type FlagsQueryVariables = Exact<{
  id: string;
}>;


export type FlagsQuery = { initiative: { id: string, alignment: { flags: Array<{ flag: AlignmentFlag, kind: FlagKind, rule: string, why: string, detail: string, sources: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, triggers: Array<{ linkId: string, type: LinkType, lever: Lever | null, stance: Stance | null, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }> } } | null };

export type CitationFragment = { sourceId: string, sourceTitle: string | null, line: number, quote: string };

export type ClaimChecksQueryVariables = Exact<{ [key: string]: never; }>;


export type ClaimChecksQuery = { claimChecks: Array<{ question: ClaimQuestion, verdict: ClaimCheck, reported: string, computed: string, reason: string, claim: { id: string, text: string, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> } }> };

export type RefFragment = { id: string, name: string, type: NodeLabel, placeholder: boolean };

export type SearchHitFragment = { id: string, name: string, type: NodeLabel, score: number, placeholder: boolean };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  types?: Array<NodeLabel> | NodeLabel | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, name: string, type: NodeLabel, score: number, placeholder: boolean }> };

export type LinkDetailFragment = { id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } };

export type LinkQueryVariables = Exact<{
  id: string;
}>;


export type LinkQuery = { link: { id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } } | null };

export type VerifyLinkMutationVariables = Exact<{
  id: string;
  accept: boolean;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type VerifyLinkMutation = { verifyLink: { id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } } };

export type DeleteLinkMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type DeleteLinkMutation = { deleteLink: { id: string, deleted: boolean } };

export type DeleteNodeMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type DeleteNodeMutation = { deleteEntity: { id: string, deleted: boolean } };

export type FacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type FacetsQuery = { orgs: { nodes: Array<
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { type: OrganisationType, id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
    > }, dirs: { nodes: Array<
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
    > }, parts: { nodes: Array<
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
      | { id: string, links: Array<{ to: { id: string } }> }
    > }, places: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type InitiativeFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type InitiativeFacetsQuery = { inis: { edges: Array<{ node: { id: string, frameworkElements: Array<FrameworkElement>, links: Array<{ to: { id: string } }> } }> } };

export type FindingItemFragment = { id: string, kind: FindingKind, text: string, value: number | null, low: number | null, high: number | null, unit: string | null, period: string | null, population: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

export type EntityFindingsQueryVariables = Exact<{
  about: string;
}>;


export type EntityFindingsQuery = { findings: { items: Array<{ id: string, kind: FindingKind, text: string, value: number | null, low: number | null, high: number | null, unit: string | null, period: string | null, population: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> }> } };

export type SourceItemFragment = { id: string, title: string, authors: string | null, year: number | null, publisher: string | null, url: string | null };

export type AuditEntryItemFragment = { id: string, at: string, user: string | null, action: string, targetKind: string, targetId: string, targetLabel: string | null, reason: string | null, before: unknown, after: unknown, revertedBy: string | null };

export type HistoryQueryVariables = Exact<{
  targetId: string;
}>;


export type HistoryQuery = { history: Array<{ id: string, at: string, user: string | null, action: string, targetKind: string, targetId: string, targetLabel: string | null, reason: string | null, before: unknown, after: unknown, revertedBy: string | null }> };

export type RevertMutationVariables = Exact<{
  auditId: string;
  reason: string;
}>;


export type RevertMutation = { revertChange: { id: string, at: string, user: string | null, action: string, targetKind: string, targetId: string, targetLabel: string | null, reason: string | null, before: unknown, after: unknown, revertedBy: string | null } };

export type PassageHitFragment = { sourceTitle: string, exact: boolean, passage: { sourceId: string, line: number, text: string } };

export type PassageSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type PassageSearchQuery = { passageSearch: Array<{ sourceTitle: string, exact: boolean, passage: { sourceId: string, line: number, text: string } }> };

export type FindingSearchHitFragment = { finding: { id: string, kind: FindingKind, text: string, evidence: Array<{ sourceId: string, line: number, quote: string }> } };

export type FindingSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type FindingSearchQuery = { searchFindings: Array<{ finding: { id: string, kind: FindingKind, text: string, evidence: Array<{ sourceId: string, line: number, quote: string }> } }> };

export type UserItemFragment = { username: string, role: Role };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, role: Role } | null };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { user: { username: string, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type AccountItemFragment = { username: string, role: Role, createdAt: string | null, disabled: boolean };

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { users: Array<{ username: string, role: Role, createdAt: string | null, disabled: boolean }> };

export type CreateAccountMutationVariables = Exact<{
  username: string;
  password: string;
  role: Role;
  reason?: string | null | undefined;
}>;


export type CreateAccountMutation = { createUser: { username: string, role: Role, createdAt: string | null, disabled: boolean } };

export type SetAccountRoleMutationVariables = Exact<{
  username: string;
  role: Role;
  reason?: string | null | undefined;
}>;


export type SetAccountRoleMutation = { setUserRole: { username: string, role: Role, createdAt: string | null, disabled: boolean } };

export type SetAccountDisabledMutationVariables = Exact<{
  username: string;
  disabled: boolean;
  reason?: string | null | undefined;
}>;


export type SetAccountDisabledMutation = { setUserDisabled: { username: string, role: Role, createdAt: string | null, disabled: boolean } };

export type ResetAccountPasswordMutationVariables = Exact<{
  username: string;
  password: string;
  reason?: string | null | undefined;
}>;


export type ResetAccountPasswordMutation = { resetPassword: { username: string, role: Role, createdAt: string | null, disabled: boolean } };

export type DeleteAccountMutationVariables = Exact<{
  username: string;
  reason?: string | null | undefined;
}>;


export type DeleteAccountMutation = { deleteUser: { username: string } };

export type AddSourceResultItemFragment = { dryRun: boolean, format: string, warnings: Array<string>, source: { id: string, title: string, lineCount: number }, passages: Array<{ line: number, text: string, record: string | null }> };

export type AddSourceMutationVariables = Exact<{
  input: AddSourceInput;
  dryRun?: boolean | null | undefined;
  reason?: string | null | undefined;
}>;


export type AddSourceMutation = { addSource: { dryRun: boolean, format: string, warnings: Array<string>, source: { id: string, title: string, lineCount: number }, passages: Array<{ line: number, text: string, record: string | null }> } };

export type BackerItemFragment = { linkId: string, lever: Lever, stance: Stance, class: string | null, confidence: Confidence, reason: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, backer: { id: string, name: string, type: NodeLabel, placeholder: boolean }, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

export type InitiativeViewFragment = { id: string, kind: InitiativeKind, status: InitiativeStatus, frameworkElements: Array<FrameworkElement>, preventionTier: PreventionTier | null, startDate: string | null, endDate: string | null, funding: string | null, benefitExpected: string | null, backers: Array<{ linkId: string, lever: Lever, stance: Stance, class: string | null, confidence: Confidence, reason: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, backer: { id: string, name: string, type: NodeLabel, placeholder: boolean }, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> }>, alignment: { downward: number, sideward: number, upward: number, opposing: number, status: AlignmentStatus, gaps: Array<string> }, leverStates: Array<{ lever: Lever, state: LeverState, absences: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, checks: Array<{ checkedBy: string | null, checkedOn: string, note: string }> }> };

type EntityView_Directorate_Fragment = { __typename: 'Directorate', id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, directorateKind: DirectorateKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> };

type EntityView_Initiative_Fragment = { __typename: 'Initiative', frameworkElements: Array<FrameworkElement>, preventionTier: PreventionTier | null, status: InitiativeStatus, startDate: string | null, endDate: string | null, funding: string | null, benefitExpected: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, initiativeKind: InitiativeKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> };

type EntityView_Organisation_Fragment = { __typename: 'Organisation', type: OrganisationType, subtype: string | null, validFrom: string | null, validTo: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> };

type EntityView_Partnership_Fragment = { __typename: 'Partnership', validFrom: string | null, validTo: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, partnershipKind: PartnershipKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> };

type EntityView_Place_Fragment = { __typename: 'Place', code: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, placeKind: PlaceKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> };

type EntityView_TargetGroup_Fragment = { __typename: 'TargetGroup', id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, groupKind: TargetGroupKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> };

export type EntityViewFragment =
  | EntityView_Directorate_Fragment
  | EntityView_Initiative_Fragment
  | EntityView_Organisation_Fragment
  | EntityView_Partnership_Fragment
  | EntityView_Place_Fragment
  | EntityView_TargetGroup_Fragment
;

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { entity:
    | { __typename: 'Directorate', id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, directorateKind: DirectorateKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }
    | { __typename: 'Initiative', frameworkElements: Array<FrameworkElement>, preventionTier: PreventionTier | null, status: InitiativeStatus, startDate: string | null, endDate: string | null, funding: string | null, benefitExpected: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, initiativeKind: InitiativeKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }
    | { __typename: 'Organisation', type: OrganisationType, subtype: string | null, validFrom: string | null, validTo: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }
    | { __typename: 'Partnership', validFrom: string | null, validTo: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, partnershipKind: PartnershipKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }
    | { __typename: 'Place', code: string | null, id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, placeKind: PlaceKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }
    | { __typename: 'TargetGroup', id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, groupKind: TargetGroupKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, links: Array<{ id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }
   | null, initiative: { id: string, kind: InitiativeKind, status: InitiativeStatus, frameworkElements: Array<FrameworkElement>, preventionTier: PreventionTier | null, startDate: string | null, endDate: string | null, funding: string | null, benefitExpected: string | null, backers: Array<{ linkId: string, lever: Lever, stance: Stance, class: string | null, confidence: Confidence, reason: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, backer: { id: string, name: string, type: NodeLabel, placeholder: boolean }, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> }>, alignment: { downward: number, sideward: number, upward: number, opposing: number, status: AlignmentStatus, gaps: Array<string> }, leverStates: Array<{ lever: Lever, state: LeverState, absences: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, checks: Array<{ checkedBy: string | null, checkedOn: string, note: string }> }> } | null };

export type InitiativesQueryVariables = Exact<{
  filter?: InitiativeFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type InitiativesQuery = { initiatives: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: InitiativeStatus, frameworkElements: Array<FrameworkElement>, placeholder: boolean, alignment: { downward: number, sideward: number, upward: number, opposing: number, status: AlignmentStatus, gaps: Array<string> } } }> } };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, title: string, authors: string | null, year: number | null, publisher: string | null, url: string | null }> };

export type EditNodeLabelQueryVariables = Exact<{
  id: string;
}>;


export type EditNodeLabelQuery = { entity:
    | { id: string, name: string, label: NodeLabel, placeholder: boolean }
    | { id: string, name: string, label: NodeLabel, placeholder: boolean }
    | { id: string, name: string, label: NodeLabel, placeholder: boolean }
    | { id: string, name: string, label: NodeLabel, placeholder: boolean }
    | { id: string, name: string, label: NodeLabel, placeholder: boolean }
    | { id: string, name: string, label: NodeLabel, placeholder: boolean }
   | null };

export type EditLinkQueryVariables = Exact<{
  id: string;
}>;


export type EditLinkQuery = { link: { id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } } | null };

type EditCommon_Directorate_Fragment = { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

type EditCommon_Initiative_Fragment = { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

type EditCommon_Organisation_Fragment = { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

type EditCommon_Partnership_Fragment = { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

type EditCommon_Place_Fragment = { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

type EditCommon_TargetGroup_Fragment = { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> };

export type EditCommonFragment =
  | EditCommon_Directorate_Fragment
  | EditCommon_Initiative_Fragment
  | EditCommon_Organisation_Fragment
  | EditCommon_Partnership_Fragment
  | EditCommon_Place_Fragment
  | EditCommon_TargetGroup_Fragment
;

export type EditOrganisationQueryVariables = Exact<{
  id: string;
}>;


export type EditOrganisationQuery = { node: { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, type: OrganisationType, subtype: string | null, validFrom: string | null, validTo: string | null, odsCode: string | null, charityNumber: string | null, companyNumber: string | null, giving360Id: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> } | null };

export type EditDirectorateQueryVariables = Exact<{
  id: string;
}>;


export type EditDirectorateQuery = { node: { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, kind: DirectorateKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> } | null };

export type EditPartnershipQueryVariables = Exact<{
  id: string;
}>;


export type EditPartnershipQuery = { node: { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, kind: PartnershipKind, validFrom: string | null, validTo: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> } | null };

export type EditInitiativeQueryVariables = Exact<{
  id: string;
}>;


export type EditInitiativeQuery = { node: { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, kind: InitiativeKind, frameworkElements: Array<FrameworkElement>, preventionTier: PreventionTier | null, status: InitiativeStatus, startDate: string | null, endDate: string | null, funding: string | null, benefitExpected: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> } | null };

export type EditTargetGroupQueryVariables = Exact<{
  id: string;
}>;


export type EditTargetGroupQuery = { node: { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, kind: TargetGroupKind, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> } | null };

export type EditPlaceQueryVariables = Exact<{
  id: string;
}>;


export type EditPlaceQuery = { node: { id: string, name: string, label: NodeLabel, aliases: Array<string>, description: string | null, placeholder: boolean, version: number, kind: PlaceKind, code: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> } | null };

export type CreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
  reason?: string | null | undefined;
}>;


export type CreateOrganisationMutation = { node: { id: string, version: number } };

export type CreateDirectorateMutationVariables = Exact<{
  input: DirectorateInput;
  reason?: string | null | undefined;
}>;


export type CreateDirectorateMutation = { node: { id: string, version: number } };

export type CreatePartnershipMutationVariables = Exact<{
  input: PartnershipInput;
  reason?: string | null | undefined;
}>;


export type CreatePartnershipMutation = { node: { id: string, version: number } };

export type CreateInitiativeMutationVariables = Exact<{
  input: InitiativeInput;
  reason?: string | null | undefined;
}>;


export type CreateInitiativeMutation = { node: { id: string, version: number } };

export type CreateTargetGroupMutationVariables = Exact<{
  input: TargetGroupInput;
  reason?: string | null | undefined;
}>;


export type CreateTargetGroupMutation = { node: { id: string, version: number } };

export type CreatePlaceMutationVariables = Exact<{
  input: PlaceInput;
  reason?: string | null | undefined;
}>;


export type CreatePlaceMutation = { node: { id: string, version: number } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string;
  input: OrganisationUpdate;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateOrganisationMutation = { node: { id: string, version: number } };

export type UpdateDirectorateMutationVariables = Exact<{
  id: string;
  input: DirectorateUpdate;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateDirectorateMutation = { node: { id: string, version: number } };

export type UpdatePartnershipMutationVariables = Exact<{
  id: string;
  input: PartnershipUpdate;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdatePartnershipMutation = { node: { id: string, version: number } };

export type UpdateInitiativeMutationVariables = Exact<{
  id: string;
  input: InitiativeUpdate;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateInitiativeMutation = { node: { id: string, version: number } };

export type UpdateTargetGroupMutationVariables = Exact<{
  id: string;
  input: TargetGroupUpdate;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateTargetGroupMutation = { node: { id: string, version: number } };

export type UpdatePlaceMutationVariables = Exact<{
  id: string;
  input: PlaceUpdate;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdatePlaceMutation = { node: { id: string, version: number } };

export type CreateLinkMutationVariables = Exact<{
  input: LinkInput;
  reason?: string | null | undefined;
}>;


export type CreateLinkMutation = { createLink: { id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } } };

export type UpdateLinkMutationVariables = Exact<{
  id: string;
  input: LinkUpdate;
  expectedVersion?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateLinkMutation = { updateLink: { id: string, type: LinkType, confidence: Confidence, reason: string | null, lever: Lever | null, stance: Stance | null, class: string | null, role: string | null, amount: string | null, validFrom: string | null, validTo: string | null, claimStatus: ClaimStatus, claimedBy: string | null, verifiedBy: string | null, verificationReason: string | null, version: number, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } } };

export type GraphNodeItemFragment = { id: string, label: string, type: NodeLabel, placeholder: boolean, depth: number, degree: number };

export type GraphEdgeItemFragment = { id: string, source: string, target: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, claimStatus: ClaimStatus | null };

export type NbQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  levers?: Array<Lever> | Lever | null | undefined;
  limit?: number | null | undefined;
}>;


export type NbQuery = { neighbourhood: { focus: string, truncated: boolean, nodes: Array<{ id: string, label: string, type: NodeLabel, placeholder: boolean, depth: number, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, claimStatus: ClaimStatus | null }> } };

export type NbCommunitiesQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NbCommunitiesQuery = { neighbourhood: { communities: Array<{ id: string, community: number }> } };

export type ExplorePathsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ExplorePathsQuery = { paths: { truncated: boolean, shortest: { length: number } | null, all: Array<{ length: number, nodes: Array<{ id: string, name: string, type: NodeLabel, placeholder: boolean }>, links: Array<{ id: string, source: string, target: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, claimStatus: ClaimStatus | null }> }> } };

export type ReasonItemFragment = { kind: ReasonKind, text: string, key: string | null, weight: number, sharedBy: number, via: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, path: { nodes: Array<{ id: string, name: string, type: NodeLabel, placeholder: boolean }>, links: Array<{ id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> } };

export type SuggestionItemFragment = { rank: number, score: number, generic: boolean, existingPartner: boolean, organisationType: OrganisationType | null, partnershipKind: PartnershipKind | null, node: { id: string, name: string, type: NodeLabel, placeholder: boolean }, reasons: Array<{ kind: ReasonKind, text: string, key: string | null, weight: number, sharedBy: number, via: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, path: { nodes: Array<{ id: string, name: string, type: NodeLabel, placeholder: boolean }>, links: Array<{ id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> } }> };

export type SuggestionResultItemFragment = { source: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, suggestions: Array<{ rank: number, score: number, generic: boolean, existingPartner: boolean, organisationType: OrganisationType | null, partnershipKind: PartnershipKind | null, node: { id: string, name: string, type: NodeLabel, placeholder: boolean }, reasons: Array<{ kind: ReasonKind, text: string, key: string | null, weight: number, sharedBy: number, via: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, path: { nodes: Array<{ id: string, name: string, type: NodeLabel, placeholder: boolean }>, links: Array<{ id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> } }> }> };

export type SuggestCollaboratorsQueryVariables = Exact<{
  organisationId?: string | null | undefined;
  profile?: ProfileInput | null | undefined;
  first?: number | null | undefined;
  includeExisting?: boolean | null | undefined;
}>;


export type SuggestCollaboratorsQuery = { result: { source: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, suggestions: Array<{ rank: number, score: number, generic: boolean, existingPartner: boolean, organisationType: OrganisationType | null, partnershipKind: PartnershipKind | null, node: { id: string, name: string, type: NodeLabel, placeholder: boolean }, reasons: Array<{ kind: ReasonKind, text: string, key: string | null, weight: number, sharedBy: number, via: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, path: { nodes: Array<{ id: string, name: string, type: NodeLabel, placeholder: boolean }>, links: Array<{ id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> } }> }> } };

export type SuggestSponsorsQueryVariables = Exact<{
  organisationId?: string | null | undefined;
  profile?: ProfileInput | null | undefined;
  first?: number | null | undefined;
  includeExisting?: boolean | null | undefined;
}>;


export type SuggestSponsorsQuery = { result: { source: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, suggestions: Array<{ rank: number, score: number, generic: boolean, existingPartner: boolean, organisationType: OrganisationType | null, partnershipKind: PartnershipKind | null, node: { id: string, name: string, type: NodeLabel, placeholder: boolean }, reasons: Array<{ kind: ReasonKind, text: string, key: string | null, weight: number, sharedBy: number, via: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, path: { nodes: Array<{ id: string, name: string, type: NodeLabel, placeholder: boolean }>, links: Array<{ id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> } }> }> } };

export type SuggestPartnershipsQueryVariables = Exact<{
  organisationId?: string | null | undefined;
  profile?: ProfileInput | null | undefined;
  first?: number | null | undefined;
  includeExisting?: boolean | null | undefined;
}>;


export type SuggestPartnershipsQuery = { result: { source: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, suggestions: Array<{ rank: number, score: number, generic: boolean, existingPartner: boolean, organisationType: OrganisationType | null, partnershipKind: PartnershipKind | null, node: { id: string, name: string, type: NodeLabel, placeholder: boolean }, reasons: Array<{ kind: ReasonKind, text: string, key: string | null, weight: number, sharedBy: number, via: { id: string, name: string, type: NodeLabel, placeholder: boolean } | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, path: { nodes: Array<{ id: string, name: string, type: NodeLabel, placeholder: boolean }>, links: Array<{ id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> } }> }> } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { organisations: number, directorates: number, partnerships: number, initiatives: number, targetGroups: number, places: number, sources: number, relationships: number } };

export type ImportReportItemFragment = { ok: boolean, dryRun: boolean, committed: boolean, format: ImportFormat, encoding: string | null, rows: number, created: number, updated: number, unchanged: number, changesTruncated: boolean, warnings: Array<string>, overwrite: boolean, conflictsTruncated: boolean, sheets: Array<{ sheet: string, rows: number, created: number, updated: number, unchanged: number, bad: number }>, problems: Array<{ sheet: string, row: number | null, column: string | null, reason: string }>, changes: Array<{ sheet: string, row: number, action: ImportAction, id: string, changedFields: Array<string> }>, conflicts: Array<{ sheet: string, row: number, id: string, field: string, fileValue: string | null, graphValue: string | null, fileVersion: number, graphVersion: number }> };

export type ImportMutationVariables = Exact<{
  format: ImportFormat;
  content: string;
  dryRun?: boolean | null | undefined;
  sheet?: string | null | undefined;
  overwrite?: boolean | null | undefined;
}>;


export type ImportMutation = { importData: { ok: boolean, dryRun: boolean, committed: boolean, format: ImportFormat, encoding: string | null, rows: number, created: number, updated: number, unchanged: number, changesTruncated: boolean, warnings: Array<string>, overwrite: boolean, conflictsTruncated: boolean, sheets: Array<{ sheet: string, rows: number, created: number, updated: number, unchanged: number, bad: number }>, problems: Array<{ sheet: string, row: number | null, column: string | null, reason: string }>, changes: Array<{ sheet: string, row: number, action: ImportAction, id: string, changedFields: Array<string> }>, conflicts: Array<{ sheet: string, row: number, id: string, field: string, fileValue: string | null, graphValue: string | null, fileVersion: number, graphVersion: number }> } };

export type ImportOpenDataMutationVariables = Exact<{
  standard: OpenDataStandard;
  format: ImportFormat;
  content: string;
  fileName?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ImportOpenDataMutation = { importOpenData: { ok: boolean, dryRun: boolean, committed: boolean, format: ImportFormat, encoding: string | null, rows: number, created: number, updated: number, unchanged: number, changesTruncated: boolean, warnings: Array<string>, overwrite: boolean, conflictsTruncated: boolean, sheets: Array<{ sheet: string, rows: number, created: number, updated: number, unchanged: number, bad: number }>, problems: Array<{ sheet: string, row: number | null, column: string | null, reason: string }>, changes: Array<{ sheet: string, row: number, action: ImportAction, id: string, changedFields: Array<string> }>, conflicts: Array<{ sheet: string, row: number, id: string, field: string, fileValue: string | null, graphValue: string | null, fileVersion: number, graphVersion: number }> } };

export type PlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacesQuery = { entities: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { kind: PlaceKind, id: string, name: string }
      | { id: string, name: string }
    > } };

export type PlaceInitiativesQueryVariables = Exact<{
  place: string;
}>;


export type PlaceInitiativesQuery = { initiatives: { edges: Array<{ node: { id: string, name: string, status: InitiativeStatus, frameworkElements: Array<FrameworkElement>, placeholder: boolean, alignment: { downward: number, sideward: number, upward: number, opposing: number, status: AlignmentStatus, gaps: Array<string> }, backers: Array<{ linkId: string, lever: Lever, stance: Stance, validTo: string | null, backer: { id: string, name: string, type: NodeLabel } }> } }> } };

export type PlaceFlagsQueryVariables = Exact<{
  place: string;
}>;


export type PlaceFlagsQuery = { initiatives: { edges: Array<{ node: { id: string, alignment: { flags: Array<{ flag: AlignmentFlag, kind: FlagKind, rule: string, why: string, detail: string, sources: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, triggers: Array<{ linkId: string, type: LinkType, lever: Lever | null, stance: Stance | null, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } }> }> } } }> } };

export type ReaderQueryVariables = Exact<{
  id: string;
  from: number;
  to: number;
  line: number;
  cited: boolean;
}>;


export type ReaderQuery = { source: { id: string, title: string, authors: string | null, publisher: string | null, year: number | null, date: string | null, url: string | null, textHeld: boolean, lineCount: number, passages: Array<{ line: number, text: string }>, cited?: Array<{ line: number, citedBy: { nodes: Array<{ quote: string, node:
            | { id: string, name: string, label: NodeLabel }
            | { id: string, name: string, label: NodeLabel }
            | { id: string, name: string, label: NodeLabel }
            | { id: string, name: string, label: NodeLabel }
            | { id: string, name: string, label: NodeLabel }
            | { id: string, name: string, label: NodeLabel }
           }>, links: Array<{ quote: string, link: { id: string, type: LinkType, claimStatus: ClaimStatus, from: { id: string, name: string }, to: { id: string, name: string } } }> } }> } | null };

export type UncitedPassagesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type UncitedPassagesQuery = { uncitedPassages: { totalCount: number, nodes: Array<{ line: number, text: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProfileQueryVariables = Exact<{
  groupBy: LeverGrouping;
  asOf?: string | null | undefined;
}>;


export type ProfileQuery = { leverProfile: Array<{ key: string, label: string, initiatives: number, downward: number, sideward: number, upward: number, opposing: number, aligned: number, partial: number, contested: number, unknown: number }> };

export type CompareQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CompareQuery = { compare: { from: string, to: string, statusChanges: Array<{ from: AlignmentStatus, to: AlignmentStatus, initiative: { id: string, name: string, type: NodeLabel, placeholder: boolean } }>, links: Array<{ change: LinkChange, linkId: string, type: LinkType, lever: Lever | null, stance: Stance | null, validFrom: string | null, validTo: string | null, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean }, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }> }> } };

export type ConsoleQueryVariables = Exact<{
  query: string;
}>;


export type ConsoleQuery = { cypherConsole: { columns: Array<string>, rows: Array<unknown>, truncated: boolean, elapsedMs: number, nodes: Array<{ id: string, label: string, type: NodeLabel, placeholder: boolean, depth: number, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, claimStatus: ClaimStatus | null }> } };

export type ReviewItemViewFragment = { claimedAt: string | null, ageDays: number | null, link: { id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, reason: string | null, version: number, claimedBy: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } } };

export type ReviewQueueQueryVariables = Exact<{
  author?: string | null | undefined;
  source?: string | null | undefined;
  minAgeDays?: number | null | undefined;
  maxAgeDays?: number | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, authors: Array<string>, sources: Array<string>, items: Array<{ claimedAt: string | null, ageDays: number | null, link: { id: string, type: LinkType, lever: Lever | null, stance: Stance | null, confidence: Confidence, reason: string | null, version: number, claimedBy: string | null, evidence: Array<{ sourceId: string, sourceTitle: string | null, line: number, quote: string }>, from: { id: string, name: string, type: NodeLabel, placeholder: boolean }, to: { id: string, name: string, type: NodeLabel, placeholder: boolean } } }> }, sources: Array<{ id: string, title: string }> };

export type ReviewVerifyOneMutationVariables = Exact<{
  id: string;
  accept: boolean;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type ReviewVerifyOneMutation = { verifyLink: { id: string, claimStatus: ClaimStatus } };

export type ReviewVerifyManyMutationVariables = Exact<{
  ids: Array<string> | string;
  accept: boolean;
  reason: string;
}>;


export type ReviewVerifyManyMutation = { verifyLinks: Array<{ id: string, claimStatus: ClaimStatus }> };

export type InitiativeTableQueryVariables = Exact<{
  filter?: InitiativeTableFilter | null | undefined;
  asOf?: string | null | undefined;
  sort?: InitiativeTableSort | null | undefined;
  descending?: boolean | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type InitiativeTableQuery = { initiativeTable: { asOf: string, total: number, offset: number, hasNextPage: boolean, byStatus: Array<{ status: AlignmentStatus, count: number }>, byFlag: Array<{ flag: AlignmentFlag, count: number }>, byLeverState: Array<{ lever: Lever, state: LeverState, count: number }>, rows: Array<{ status: InitiativeStatus, alignment: AlignmentStatus, opposing: number, flags: Array<AlignmentFlag>, initiative: { id: string, name: string, placeholder: boolean }, levers: Array<{ lever: Lever, state: LeverState, enabling: number, opposing: number }> }> } };

export type TableOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TableOptionsQuery = { places: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > }, groups: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > }, organisations: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > }, partnerships: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CitationFragmentDoc = new TypedDocumentString(`
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
    `, {"fragmentName":"Citation"}) as unknown as TypedDocumentString<CitationFragment, unknown>;
export const RefFragmentDoc = new TypedDocumentString(`
    fragment Ref on Ref {
  id
  name
  type
  placeholder
}
    `, {"fragmentName":"Ref"}) as unknown as TypedDocumentString<RefFragment, unknown>;
export const FlagHitItemFragmentDoc = new TypedDocumentString(`
    fragment FlagHitItem on AlignmentFlagHit {
  flag
  kind
  rule
  why
  detail
  sources {
    ...Citation
  }
  triggers {
    linkId
    type
    lever
    stance
    from {
      ...Ref
    }
    to {
      ...Ref
    }
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}`, {"fragmentName":"FlagHitItem"}) as unknown as TypedDocumentString<FlagHitItemFragment, unknown>;
export const SearchHitFragmentDoc = new TypedDocumentString(`
    fragment SearchHit on SearchHit {
  id
  name
  type
  score
  placeholder
}
    `, {"fragmentName":"SearchHit"}) as unknown as TypedDocumentString<SearchHitFragment, unknown>;
export const FindingItemFragmentDoc = new TypedDocumentString(`
    fragment FindingItem on Finding {
  id
  kind
  text
  value
  low
  high
  unit
  period
  population
  evidence {
    ...Citation
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}`, {"fragmentName":"FindingItem"}) as unknown as TypedDocumentString<FindingItemFragment, unknown>;
export const SourceItemFragmentDoc = new TypedDocumentString(`
    fragment SourceItem on Source {
  id
  title
  authors
  year
  publisher
  url
}
    `, {"fragmentName":"SourceItem"}) as unknown as TypedDocumentString<SourceItemFragment, unknown>;
export const AuditEntryItemFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryItem on AuditEntry {
  id
  at
  user
  action
  targetKind
  targetId
  targetLabel
  reason
  before
  after
  revertedBy
}
    `, {"fragmentName":"AuditEntryItem"}) as unknown as TypedDocumentString<AuditEntryItemFragment, unknown>;
export const PassageHitFragmentDoc = new TypedDocumentString(`
    fragment PassageHit on PassageHit {
  sourceTitle
  exact
  passage {
    sourceId
    line
    text
  }
}
    `, {"fragmentName":"PassageHit"}) as unknown as TypedDocumentString<PassageHitFragment, unknown>;
export const FindingSearchHitFragmentDoc = new TypedDocumentString(`
    fragment FindingSearchHit on FindingHit {
  finding {
    id
    kind
    text
    evidence {
      sourceId
      line
      quote
    }
  }
}
    `, {"fragmentName":"FindingSearchHit"}) as unknown as TypedDocumentString<FindingSearchHitFragment, unknown>;
export const UserItemFragmentDoc = new TypedDocumentString(`
    fragment UserItem on User {
  username
  role
}
    `, {"fragmentName":"UserItem"}) as unknown as TypedDocumentString<UserItemFragment, unknown>;
export const AccountItemFragmentDoc = new TypedDocumentString(`
    fragment AccountItem on User {
  username
  role
  createdAt
  disabled
}
    `, {"fragmentName":"AccountItem"}) as unknown as TypedDocumentString<AccountItemFragment, unknown>;
export const AddSourceResultItemFragmentDoc = new TypedDocumentString(`
    fragment AddSourceResultItem on AddSourceResult {
  dryRun
  format
  warnings
  source {
    id
    title
    lineCount
  }
  passages {
    line
    text
    record
  }
}
    `, {"fragmentName":"AddSourceResultItem"}) as unknown as TypedDocumentString<AddSourceResultItemFragment, unknown>;
export const BackerItemFragmentDoc = new TypedDocumentString(`
    fragment BackerItem on Backer {
  linkId
  lever
  stance
  class
  confidence
  reason
  validFrom
  validTo
  claimStatus
  backer {
    ...Ref
  }
  evidence {
    ...Citation
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}`, {"fragmentName":"BackerItem"}) as unknown as TypedDocumentString<BackerItemFragment, unknown>;
export const AlignmentCountsFragmentDoc = new TypedDocumentString(`
    fragment AlignmentCounts on Alignment {
  downward
  sideward
  upward
  opposing
  status
  gaps
}
    `, {"fragmentName":"AlignmentCounts"}) as unknown as TypedDocumentString<AlignmentCountsFragment, unknown>;
export const InitiativeViewFragmentDoc = new TypedDocumentString(`
    fragment InitiativeView on Initiative {
  id
  kind
  status
  frameworkElements
  preventionTier
  startDate
  endDate
  funding
  benefitExpected
  backers {
    ...BackerItem
  }
  alignment {
    ...AlignmentCounts
  }
  leverStates {
    lever
    state
    absences {
      ...Citation
    }
    checks {
      checkedBy
      checkedOn
      note
    }
  }
}
    fragment AlignmentCounts on Alignment {
  downward
  sideward
  upward
  opposing
  status
  gaps
}
fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}
fragment BackerItem on Backer {
  linkId
  lever
  stance
  class
  confidence
  reason
  validFrom
  validTo
  claimStatus
  backer {
    ...Ref
  }
  evidence {
    ...Citation
  }
}`, {"fragmentName":"InitiativeView"}) as unknown as TypedDocumentString<InitiativeViewFragment, unknown>;
export const LinkDetailFragmentDoc = new TypedDocumentString(`
    fragment LinkDetail on Link {
  id
  type
  confidence
  reason
  lever
  stance
  class
  role
  amount
  validFrom
  validTo
  claimStatus
  claimedBy
  verifiedBy
  verificationReason
  version
  evidence {
    ...Citation
  }
  from {
    ...Ref
  }
  to {
    ...Ref
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}`, {"fragmentName":"LinkDetail"}) as unknown as TypedDocumentString<LinkDetailFragment, unknown>;
export const EntityViewFragmentDoc = new TypedDocumentString(`
    fragment EntityView on Entity {
  __typename
  id
  name
  label
  aliases
  description
  placeholder
  version
  evidence {
    ...Citation
  }
  links {
    ...LinkDetail
  }
  ... on Organisation {
    type
    subtype
    validFrom
    validTo
  }
  ... on Directorate {
    directorateKind: kind
  }
  ... on Partnership {
    partnershipKind: kind
    validFrom
    validTo
  }
  ... on TargetGroup {
    groupKind: kind
  }
  ... on Place {
    placeKind: kind
    code
  }
  ... on Initiative {
    initiativeKind: kind
    frameworkElements
    preventionTier
    status
    startDate
    endDate
    funding
    benefitExpected
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}
fragment LinkDetail on Link {
  id
  type
  confidence
  reason
  lever
  stance
  class
  role
  amount
  validFrom
  validTo
  claimStatus
  claimedBy
  verifiedBy
  verificationReason
  version
  evidence {
    ...Citation
  }
  from {
    ...Ref
  }
  to {
    ...Ref
  }
}`, {"fragmentName":"EntityView"}) as unknown as TypedDocumentString<EntityViewFragment, unknown>;
export const EditCommonFragmentDoc = new TypedDocumentString(`
    fragment EditCommon on Entity {
  id
  name
  label
  aliases
  description
  placeholder
  version
  evidence {
    ...Citation
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}`, {"fragmentName":"EditCommon"}) as unknown as TypedDocumentString<EditCommonFragment, unknown>;
export const GraphNodeItemFragmentDoc = new TypedDocumentString(`
    fragment GraphNodeItem on GraphNode {
  id
  label
  type
  placeholder
  depth
  degree
}
    `, {"fragmentName":"GraphNodeItem"}) as unknown as TypedDocumentString<GraphNodeItemFragment, unknown>;
export const GraphEdgeItemFragmentDoc = new TypedDocumentString(`
    fragment GraphEdgeItem on GraphEdge {
  id
  source
  target
  type
  lever
  stance
  confidence
  claimStatus
}
    `, {"fragmentName":"GraphEdgeItem"}) as unknown as TypedDocumentString<GraphEdgeItemFragment, unknown>;
export const ReasonItemFragmentDoc = new TypedDocumentString(`
    fragment ReasonItem on Reason {
  kind
  text
  key
  weight
  sharedBy
  via {
    ...Ref
  }
  evidence {
    ...Citation
  }
  path {
    nodes {
      ...Ref
    }
    links {
      id
      type
      lever
      stance
      confidence
      from {
        ...Ref
      }
      to {
        ...Ref
      }
    }
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}`, {"fragmentName":"ReasonItem"}) as unknown as TypedDocumentString<ReasonItemFragment, unknown>;
export const SuggestionItemFragmentDoc = new TypedDocumentString(`
    fragment SuggestionItem on Suggestion {
  rank
  score
  generic
  existingPartner
  organisationType
  partnershipKind
  node {
    ...Ref
  }
  reasons {
    ...ReasonItem
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}
fragment ReasonItem on Reason {
  kind
  text
  key
  weight
  sharedBy
  via {
    ...Ref
  }
  evidence {
    ...Citation
  }
  path {
    nodes {
      ...Ref
    }
    links {
      id
      type
      lever
      stance
      confidence
      from {
        ...Ref
      }
      to {
        ...Ref
      }
    }
  }
}`, {"fragmentName":"SuggestionItem"}) as unknown as TypedDocumentString<SuggestionItemFragment, unknown>;
export const SuggestionResultItemFragmentDoc = new TypedDocumentString(`
    fragment SuggestionResultItem on SuggestionResult {
  source {
    ...Ref
  }
  suggestions {
    ...SuggestionItem
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}
fragment ReasonItem on Reason {
  kind
  text
  key
  weight
  sharedBy
  via {
    ...Ref
  }
  evidence {
    ...Citation
  }
  path {
    nodes {
      ...Ref
    }
    links {
      id
      type
      lever
      stance
      confidence
      from {
        ...Ref
      }
      to {
        ...Ref
      }
    }
  }
}
fragment SuggestionItem on Suggestion {
  rank
  score
  generic
  existingPartner
  organisationType
  partnershipKind
  node {
    ...Ref
  }
  reasons {
    ...ReasonItem
  }
}`, {"fragmentName":"SuggestionResultItem"}) as unknown as TypedDocumentString<SuggestionResultItemFragment, unknown>;
export const ImportReportItemFragmentDoc = new TypedDocumentString(`
    fragment ImportReportItem on ImportReport {
  ok
  dryRun
  committed
  format
  encoding
  rows
  created
  updated
  unchanged
  changesTruncated
  warnings
  sheets {
    sheet
    rows
    created
    updated
    unchanged
    bad
  }
  problems {
    sheet
    row
    column
    reason
  }
  changes {
    sheet
    row
    action
    id
    changedFields
  }
  overwrite
  conflictsTruncated
  conflicts {
    sheet
    row
    id
    field
    fileValue
    graphValue
    fileVersion
    graphVersion
  }
}
    `, {"fragmentName":"ImportReportItem"}) as unknown as TypedDocumentString<ImportReportItemFragment, unknown>;
export const ReviewItemViewFragmentDoc = new TypedDocumentString(`
    fragment ReviewItemView on ReviewItem {
  claimedAt
  ageDays
  link {
    id
    type
    lever
    stance
    confidence
    reason
    version
    claimedBy
    evidence {
      ...Citation
    }
    from {
      ...Ref
    }
    to {
      ...Ref
    }
  }
}
    fragment Citation on Citation {
  sourceId
  sourceTitle
  line
  quote
}
fragment Ref on Ref {
  id
  name
  type
  placeholder
}`, {"fragmentName":"ReviewItemView"}) as unknown as TypedDocumentString<ReviewItemViewFragment, unknown>;
export const FlagsDocument = new TypedDocumentString(`
    query Flags($id: ID!) {
  initiative(id: $id) {
    id
    alignment {
      flags {
        flag
        kind
        rule
        why
        detail
        sources {
          sourceId
          sourceTitle
          line
          quote
        }
        triggers {
          linkId
          type
          lever
          stance
          from {
            id
            name
            type
            placeholder
          }
          to {
            id
            name
            type
            placeholder
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlagsQuery, FlagsQueryVariables>;
export const ClaimChecksDocument = new TypedDocumentString(`
    query ClaimChecks {
  claimChecks {
    question
    verdict
    reported
    computed
    reason
    claim {
      id
      text
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimChecksQuery, ClaimChecksQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int, $types: [NodeLabel!]) {
  search(text: $text, first: $first, types: $types) {
    id
    name
    type
    score
    placeholder
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const LinkDocument = new TypedDocumentString(`
    query Link($id: ID!) {
  link(id: $id) {
    id
    type
    confidence
    reason
    lever
    stance
    class
    role
    amount
    validFrom
    validTo
    claimStatus
    claimedBy
    verifiedBy
    verificationReason
    version
    evidence {
      sourceId
      sourceTitle
      line
      quote
    }
    from {
      id
      name
      type
      placeholder
    }
    to {
      id
      name
      type
      placeholder
    }
  }
}
    `) as unknown as TypedDocumentString<LinkQuery, LinkQueryVariables>;
export const VerifyLinkDocument = new TypedDocumentString(`
    mutation VerifyLink($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {
  verifyLink(
    id: $id
    accept: $accept
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    id
    type
    confidence
    reason
    lever
    stance
    class
    role
    amount
    validFrom
    validTo
    claimStatus
    claimedBy
    verifiedBy
    verificationReason
    version
    evidence {
      sourceId
      sourceTitle
      line
      quote
    }
    from {
      id
      name
      type
      placeholder
    }
    to {
      id
      name
      type
      placeholder
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyLinkMutation, VerifyLinkMutationVariables>;
export const DeleteLinkDocument = new TypedDocumentString(`
    mutation DeleteLink($id: ID!, $expectedVersion: Int, $reason: String) {
  deleteLink(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteLinkMutation, DeleteLinkMutationVariables>;
export const DeleteNodeDocument = new TypedDocumentString(`
    mutation DeleteNode($id: ID!, $expectedVersion: Int, $reason: String) {
  deleteEntity(
    id: $id
    detach: true
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteNodeMutation, DeleteNodeMutationVariables>;
export const FacetsDocument = new TypedDocumentString(`
    query Facets {
  orgs: entities(type: Organisation, first: 500) {
    nodes {
      id
      ... on Organisation {
        type
      }
      links(types: [WORKS_IN]) {
        to {
          id
        }
      }
    }
  }
  dirs: entities(type: Directorate, first: 500) {
    nodes {
      id
      links(types: [WORKS_IN]) {
        to {
          id
        }
      }
    }
  }
  parts: entities(type: Partnership, first: 500) {
    nodes {
      id
      links(types: [WORKS_IN]) {
        to {
          id
        }
      }
    }
  }
  places: entities(type: Place, first: 500) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FacetsQuery, FacetsQueryVariables>;
export const InitiativeFacetsDocument = new TypedDocumentString(`
    query InitiativeFacets {
  inis: initiatives(first: 500) {
    edges {
      node {
        id
        frameworkElements
        links(types: [LOCATED_IN]) {
          to {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativeFacetsQuery, InitiativeFacetsQueryVariables>;
export const EntityFindingsDocument = new TypedDocumentString(`
    query EntityFindings($about: ID!) {
  findings(about: $about, first: 200) {
    items {
      id
      kind
      text
      value
      low
      high
      unit
      period
      population
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityFindingsQuery, EntityFindingsQueryVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($targetId: ID!) {
  history(targetId: $targetId, first: 100) {
    id
    at
    user
    action
    targetKind
    targetId
    targetLabel
    reason
    before
    after
    revertedBy
  }
}
    `) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const RevertDocument = new TypedDocumentString(`
    mutation Revert($auditId: ID!, $reason: String!) {
  revertChange(auditId: $auditId, reason: $reason) {
    id
    at
    user
    action
    targetKind
    targetId
    targetLabel
    reason
    before
    after
    revertedBy
  }
}
    `) as unknown as TypedDocumentString<RevertMutation, RevertMutationVariables>;
export const PassageSearchDocument = new TypedDocumentString(`
    query PassageSearch($query: String!, $first: Int) {
  passageSearch(query: $query, first: $first) {
    sourceTitle
    exact
    passage {
      sourceId
      line
      text
    }
  }
}
    `) as unknown as TypedDocumentString<PassageSearchQuery, PassageSearchQueryVariables>;
export const FindingSearchDocument = new TypedDocumentString(`
    query FindingSearch($text: String!, $first: Int) {
  searchFindings(text: $text, first: $first) {
    finding {
      id
      kind
      text
      evidence {
        sourceId
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindingSearchQuery, FindingSearchQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    username
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    user {
      username
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts {
  users {
    username
    role
    createdAt
    disabled
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($username: String!, $password: String!, $role: Role!, $reason: String) {
  createUser(
    username: $username
    password: $password
    role: $role
    reason: $reason
  ) {
    username
    role
    createdAt
    disabled
  }
}
    `) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const SetAccountRoleDocument = new TypedDocumentString(`
    mutation SetAccountRole($username: String!, $role: Role!, $reason: String) {
  setUserRole(username: $username, role: $role, reason: $reason) {
    username
    role
    createdAt
    disabled
  }
}
    `) as unknown as TypedDocumentString<SetAccountRoleMutation, SetAccountRoleMutationVariables>;
export const SetAccountDisabledDocument = new TypedDocumentString(`
    mutation SetAccountDisabled($username: String!, $disabled: Boolean!, $reason: String) {
  setUserDisabled(username: $username, disabled: $disabled, reason: $reason) {
    username
    role
    createdAt
    disabled
  }
}
    `) as unknown as TypedDocumentString<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const ResetAccountPasswordDocument = new TypedDocumentString(`
    mutation ResetAccountPassword($username: String!, $password: String!, $reason: String) {
  resetPassword(username: $username, password: $password, reason: $reason) {
    username
    role
    createdAt
    disabled
  }
}
    `) as unknown as TypedDocumentString<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($username: String!, $reason: String) {
  deleteUser(username: $username, reason: $reason) {
    username
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const AddSourceDocument = new TypedDocumentString(`
    mutation AddSource($input: AddSourceInput!, $dryRun: Boolean, $reason: String) {
  addSource(input: $input, dryRun: $dryRun, reason: $reason) {
    dryRun
    format
    warnings
    source {
      id
      title
      lineCount
    }
    passages {
      line
      text
      record
    }
  }
}
    `) as unknown as TypedDocumentString<AddSourceMutation, AddSourceMutationVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    __typename
    id
    name
    label
    aliases
    description
    placeholder
    version
    evidence {
      sourceId
      sourceTitle
      line
      quote
    }
    links {
      id
      type
      confidence
      reason
      lever
      stance
      class
      role
      amount
      validFrom
      validTo
      claimStatus
      claimedBy
      verifiedBy
      verificationReason
      version
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
      from {
        id
        name
        type
        placeholder
      }
      to {
        id
        name
        type
        placeholder
      }
    }
    ... on Organisation {
      type
      subtype
      validFrom
      validTo
    }
    ... on Directorate {
      directorateKind: kind
    }
    ... on Partnership {
      partnershipKind: kind
      validFrom
      validTo
    }
    ... on TargetGroup {
      groupKind: kind
    }
    ... on Place {
      placeKind: kind
      code
    }
    ... on Initiative {
      initiativeKind: kind
      frameworkElements
      preventionTier
      status
      startDate
      endDate
      funding
      benefitExpected
    }
  }
  initiative(id: $id) {
    id
    kind
    status
    frameworkElements
    preventionTier
    startDate
    endDate
    funding
    benefitExpected
    backers {
      linkId
      lever
      stance
      class
      confidence
      reason
      validFrom
      validTo
      claimStatus
      backer {
        id
        name
        type
        placeholder
      }
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
    alignment {
      downward
      sideward
      upward
      opposing
      status
      gaps
    }
    leverStates {
      lever
      state
      absences {
        sourceId
        sourceTitle
        line
        quote
      }
      checks {
        checkedBy
        checkedOn
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const InitiativesDocument = new TypedDocumentString(`
    query Initiatives($filter: InitiativeFilter, $first: Int) {
  initiatives(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        name
        status
        frameworkElements
        placeholder
        alignment {
          downward
          sideward
          upward
          opposing
          status
          gaps
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativesQuery, InitiativesQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources {
  sources {
    id
    title
    authors
    year
    publisher
    url
  }
}
    `) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const EditNodeLabelDocument = new TypedDocumentString(`
    query EditNodeLabel($id: ID!) {
  entity(id: $id) {
    id
    name
    label
    placeholder
  }
}
    `) as unknown as TypedDocumentString<EditNodeLabelQuery, EditNodeLabelQueryVariables>;
export const EditLinkDocument = new TypedDocumentString(`
    query EditLink($id: ID!) {
  link(id: $id) {
    id
    type
    confidence
    reason
    lever
    stance
    class
    role
    amount
    validFrom
    validTo
    claimStatus
    claimedBy
    verifiedBy
    verificationReason
    version
    evidence {
      sourceId
      sourceTitle
      line
      quote
    }
    from {
      id
      name
      type
      placeholder
    }
    to {
      id
      name
      type
      placeholder
    }
  }
}
    `) as unknown as TypedDocumentString<EditLinkQuery, EditLinkQueryVariables>;
export const EditOrganisationDocument = new TypedDocumentString(`
    query EditOrganisation($id: ID!) {
  node: organisation(id: $id) {
    ... on Entity {
      id
      name
      label
      aliases
      description
      placeholder
      version
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
    type
    subtype
    validFrom
    validTo
    odsCode
    charityNumber
    companyNumber
    giving360Id
  }
}
    `) as unknown as TypedDocumentString<EditOrganisationQuery, EditOrganisationQueryVariables>;
export const EditDirectorateDocument = new TypedDocumentString(`
    query EditDirectorate($id: ID!) {
  node: directorate(id: $id) {
    ... on Entity {
      id
      name
      label
      aliases
      description
      placeholder
      version
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
    kind
  }
}
    `) as unknown as TypedDocumentString<EditDirectorateQuery, EditDirectorateQueryVariables>;
export const EditPartnershipDocument = new TypedDocumentString(`
    query EditPartnership($id: ID!) {
  node: partnership(id: $id) {
    ... on Entity {
      id
      name
      label
      aliases
      description
      placeholder
      version
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
    kind
    validFrom
    validTo
  }
}
    `) as unknown as TypedDocumentString<EditPartnershipQuery, EditPartnershipQueryVariables>;
export const EditInitiativeDocument = new TypedDocumentString(`
    query EditInitiative($id: ID!) {
  node: initiative(id: $id) {
    ... on Entity {
      id
      name
      label
      aliases
      description
      placeholder
      version
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
    kind
    frameworkElements
    preventionTier
    status
    startDate
    endDate
    funding
    benefitExpected
  }
}
    `) as unknown as TypedDocumentString<EditInitiativeQuery, EditInitiativeQueryVariables>;
export const EditTargetGroupDocument = new TypedDocumentString(`
    query EditTargetGroup($id: ID!) {
  node: targetGroup(id: $id) {
    ... on Entity {
      id
      name
      label
      aliases
      description
      placeholder
      version
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
    kind
  }
}
    `) as unknown as TypedDocumentString<EditTargetGroupQuery, EditTargetGroupQueryVariables>;
export const EditPlaceDocument = new TypedDocumentString(`
    query EditPlace($id: ID!) {
  node: place(id: $id) {
    ... on Entity {
      id
      name
      label
      aliases
      description
      placeholder
      version
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
    kind
    code
  }
}
    `) as unknown as TypedDocumentString<EditPlaceQuery, EditPlaceQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: OrganisationInput!, $reason: String) {
  node: createOrganisation(input: $input, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const CreateDirectorateDocument = new TypedDocumentString(`
    mutation CreateDirectorate($input: DirectorateInput!, $reason: String) {
  node: createDirectorate(input: $input, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateDirectorateMutation, CreateDirectorateMutationVariables>;
export const CreatePartnershipDocument = new TypedDocumentString(`
    mutation CreatePartnership($input: PartnershipInput!, $reason: String) {
  node: createPartnership(input: $input, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreatePartnershipMutation, CreatePartnershipMutationVariables>;
export const CreateInitiativeDocument = new TypedDocumentString(`
    mutation CreateInitiative($input: InitiativeInput!, $reason: String) {
  node: createInitiative(input: $input, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateInitiativeMutation, CreateInitiativeMutationVariables>;
export const CreateTargetGroupDocument = new TypedDocumentString(`
    mutation CreateTargetGroup($input: TargetGroupInput!, $reason: String) {
  node: createTargetGroup(input: $input, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateTargetGroupMutation, CreateTargetGroupMutationVariables>;
export const CreatePlaceDocument = new TypedDocumentString(`
    mutation CreatePlace($input: PlaceInput!, $reason: String) {
  node: createPlace(input: $input, reason: $reason) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreatePlaceMutation, CreatePlaceMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!, $expectedVersion: Int, $reason: String) {
  node: updateOrganisation(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const UpdateDirectorateDocument = new TypedDocumentString(`
    mutation UpdateDirectorate($id: ID!, $input: DirectorateUpdate!, $expectedVersion: Int, $reason: String) {
  node: updateDirectorate(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateDirectorateMutation, UpdateDirectorateMutationVariables>;
export const UpdatePartnershipDocument = new TypedDocumentString(`
    mutation UpdatePartnership($id: ID!, $input: PartnershipUpdate!, $expectedVersion: Int, $reason: String) {
  node: updatePartnership(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePartnershipMutation, UpdatePartnershipMutationVariables>;
export const UpdateInitiativeDocument = new TypedDocumentString(`
    mutation UpdateInitiative($id: ID!, $input: InitiativeUpdate!, $expectedVersion: Int, $reason: String) {
  node: updateInitiative(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateInitiativeMutation, UpdateInitiativeMutationVariables>;
export const UpdateTargetGroupDocument = new TypedDocumentString(`
    mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdate!, $expectedVersion: Int, $reason: String) {
  node: updateTargetGroup(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateTargetGroupMutation, UpdateTargetGroupMutationVariables>;
export const UpdatePlaceDocument = new TypedDocumentString(`
    mutation UpdatePlace($id: ID!, $input: PlaceUpdate!, $expectedVersion: Int, $reason: String) {
  node: updatePlace(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const CreateLinkDocument = new TypedDocumentString(`
    mutation CreateLink($input: LinkInput!, $reason: String) {
  createLink(input: $input, reason: $reason) {
    id
    type
    confidence
    reason
    lever
    stance
    class
    role
    amount
    validFrom
    validTo
    claimStatus
    claimedBy
    verifiedBy
    verificationReason
    version
    evidence {
      sourceId
      sourceTitle
      line
      quote
    }
    from {
      id
      name
      type
      placeholder
    }
    to {
      id
      name
      type
      placeholder
    }
  }
}
    `) as unknown as TypedDocumentString<CreateLinkMutation, CreateLinkMutationVariables>;
export const UpdateLinkDocument = new TypedDocumentString(`
    mutation UpdateLink($id: ID!, $input: LinkUpdate!, $expectedVersion: Int, $reason: String) {
  updateLink(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
    reason: $reason
  ) {
    id
    type
    confidence
    reason
    lever
    stance
    class
    role
    amount
    validFrom
    validTo
    claimStatus
    claimedBy
    verifiedBy
    verificationReason
    version
    evidence {
      sourceId
      sourceTitle
      line
      quote
    }
    from {
      id
      name
      type
      placeholder
    }
    to {
      id
      name
      type
      placeholder
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateLinkMutation, UpdateLinkMutationVariables>;
export const NbDocument = new TypedDocumentString(`
    query Nb($id: ID!, $depth: Int, $levers: [Lever!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, levers: $levers, limit: $limit) {
    focus
    truncated
    nodes {
      id
      label
      type
      placeholder
      depth
      degree
    }
    edges {
      id
      source
      target
      type
      lever
      stance
      confidence
      claimStatus
    }
  }
}
    `) as unknown as TypedDocumentString<NbQuery, NbQueryVariables>;
export const NbCommunitiesDocument = new TypedDocumentString(`
    query NbCommunities($id: ID!, $depth: Int, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) {
    communities {
      id
      community
    }
  }
}
    `) as unknown as TypedDocumentString<NbCommunitiesQuery, NbCommunitiesQueryVariables>;
export const ExplorePathsDocument = new TypedDocumentString(`
    query ExplorePaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, limit: 12) {
    truncated
    shortest {
      length
    }
    all {
      length
      nodes {
        id
        name
        type
        placeholder
      }
      links {
        id
        source
        target
        type
        lever
        stance
        confidence
        claimStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorePathsQuery, ExplorePathsQueryVariables>;
export const SuggestCollaboratorsDocument = new TypedDocumentString(`
    query SuggestCollaborators($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {
  result: suggestCollaborators(
    organisationId: $organisationId
    profile: $profile
    first: $first
    includeExisting: $includeExisting
  ) {
    source {
      id
      name
      type
      placeholder
    }
    suggestions {
      rank
      score
      generic
      existingPartner
      organisationType
      partnershipKind
      node {
        id
        name
        type
        placeholder
      }
      reasons {
        kind
        text
        key
        weight
        sharedBy
        via {
          id
          name
          type
          placeholder
        }
        evidence {
          sourceId
          sourceTitle
          line
          quote
        }
        path {
          nodes {
            id
            name
            type
            placeholder
          }
          links {
            id
            type
            lever
            stance
            confidence
            from {
              id
              name
              type
              placeholder
            }
            to {
              id
              name
              type
              placeholder
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestCollaboratorsQuery, SuggestCollaboratorsQueryVariables>;
export const SuggestSponsorsDocument = new TypedDocumentString(`
    query SuggestSponsors($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {
  result: suggestSponsors(
    organisationId: $organisationId
    profile: $profile
    first: $first
    includeExisting: $includeExisting
  ) {
    source {
      id
      name
      type
      placeholder
    }
    suggestions {
      rank
      score
      generic
      existingPartner
      organisationType
      partnershipKind
      node {
        id
        name
        type
        placeholder
      }
      reasons {
        kind
        text
        key
        weight
        sharedBy
        via {
          id
          name
          type
          placeholder
        }
        evidence {
          sourceId
          sourceTitle
          line
          quote
        }
        path {
          nodes {
            id
            name
            type
            placeholder
          }
          links {
            id
            type
            lever
            stance
            confidence
            from {
              id
              name
              type
              placeholder
            }
            to {
              id
              name
              type
              placeholder
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestSponsorsQuery, SuggestSponsorsQueryVariables>;
export const SuggestPartnershipsDocument = new TypedDocumentString(`
    query SuggestPartnerships($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {
  result: suggestPartnerships(
    organisationId: $organisationId
    profile: $profile
    first: $first
    includeExisting: $includeExisting
  ) {
    source {
      id
      name
      type
      placeholder
    }
    suggestions {
      rank
      score
      generic
      existingPartner
      organisationType
      partnershipKind
      node {
        id
        name
        type
        placeholder
      }
      reasons {
        kind
        text
        key
        weight
        sharedBy
        via {
          id
          name
          type
          placeholder
        }
        evidence {
          sourceId
          sourceTitle
          line
          quote
        }
        path {
          nodes {
            id
            name
            type
            placeholder
          }
          links {
            id
            type
            lever
            stance
            confidence
            from {
              id
              name
              type
              placeholder
            }
            to {
              id
              name
              type
              placeholder
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestPartnershipsQuery, SuggestPartnershipsQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    organisations
    directorates
    partnerships
    initiatives
    targetGroups
    places
    sources
    relationships
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const ImportDocument = new TypedDocumentString(`
    mutation Import($format: ImportFormat!, $content: String!, $dryRun: Boolean, $sheet: String, $overwrite: Boolean) {
  importData(
    format: $format
    contentBase64: $content
    dryRun: $dryRun
    sheet: $sheet
    overwrite: $overwrite
  ) {
    ok
    dryRun
    committed
    format
    encoding
    rows
    created
    updated
    unchanged
    changesTruncated
    warnings
    sheets {
      sheet
      rows
      created
      updated
      unchanged
      bad
    }
    problems {
      sheet
      row
      column
      reason
    }
    changes {
      sheet
      row
      action
      id
      changedFields
    }
    overwrite
    conflictsTruncated
    conflicts {
      sheet
      row
      id
      field
      fileValue
      graphValue
      fileVersion
      graphVersion
    }
  }
}
    `) as unknown as TypedDocumentString<ImportMutation, ImportMutationVariables>;
export const ImportOpenDataDocument = new TypedDocumentString(`
    mutation ImportOpenData($standard: OpenDataStandard!, $format: ImportFormat!, $content: String!, $fileName: String, $dryRun: Boolean) {
  importOpenData(
    standard: $standard
    format: $format
    contentBase64: $content
    fileName: $fileName
    dryRun: $dryRun
  ) {
    ok
    dryRun
    committed
    format
    encoding
    rows
    created
    updated
    unchanged
    changesTruncated
    warnings
    sheets {
      sheet
      rows
      created
      updated
      unchanged
      bad
    }
    problems {
      sheet
      row
      column
      reason
    }
    changes {
      sheet
      row
      action
      id
      changedFields
    }
    overwrite
    conflictsTruncated
    conflicts {
      sheet
      row
      id
      field
      fileValue
      graphValue
      fileVersion
      graphVersion
    }
  }
}
    `) as unknown as TypedDocumentString<ImportOpenDataMutation, ImportOpenDataMutationVariables>;
export const PlacesDocument = new TypedDocumentString(`
    query Places {
  entities(type: Place, first: 500) {
    nodes {
      id
      name
      ... on Place {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlacesQuery, PlacesQueryVariables>;
export const PlaceInitiativesDocument = new TypedDocumentString(`
    query PlaceInitiatives($place: ID!) {
  initiatives(filter: {place: $place}, first: 500) {
    edges {
      node {
        id
        name
        status
        frameworkElements
        placeholder
        alignment {
          downward
          sideward
          upward
          opposing
          status
          gaps
        }
        backers {
          linkId
          lever
          stance
          validTo
          backer {
            id
            name
            type
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceInitiativesQuery, PlaceInitiativesQueryVariables>;
export const PlaceFlagsDocument = new TypedDocumentString(`
    query PlaceFlags($place: ID!) {
  initiatives(filter: {place: $place}, first: 500) {
    edges {
      node {
        id
        alignment {
          flags {
            flag
            kind
            rule
            why
            detail
            sources {
              sourceId
              sourceTitle
              line
              quote
            }
            triggers {
              linkId
              type
              lever
              stance
              from {
                id
                name
                type
                placeholder
              }
              to {
                id
                name
                type
                placeholder
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceFlagsQuery, PlaceFlagsQueryVariables>;
export const ReaderDocument = new TypedDocumentString(`
    query Reader($id: ID!, $from: Int!, $to: Int!, $line: Int!, $cited: Boolean!) {
  source(id: $id) {
    id
    title
    authors
    publisher
    year
    date
    url
    textHeld
    lineCount
    passages(from: $from, to: $to) {
      line
      text
    }
    cited: passages(from: $line, to: $line) @include(if: $cited) {
      line
      citedBy {
        nodes {
          quote
          node {
            id
            name
            label
          }
        }
        links {
          quote
          link {
            id
            type
            claimStatus
            from {
              id
              name
            }
            to {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReaderQuery, ReaderQueryVariables>;
export const UncitedPassagesDocument = new TypedDocumentString(`
    query UncitedPassages($id: ID!, $after: String) {
  uncitedPassages(sourceId: $id, first: 50, after: $after) {
    totalCount
    nodes {
      line
      text
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UncitedPassagesQuery, UncitedPassagesQueryVariables>;
export const ProfileDocument = new TypedDocumentString(`
    query Profile($groupBy: LeverGrouping!, $asOf: String) {
  leverProfile(groupBy: $groupBy, asOf: $asOf) {
    key
    label
    initiatives
    downward
    sideward
    upward
    opposing
    aligned
    partial
    contested
    unknown
  }
}
    `) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const CompareDocument = new TypedDocumentString(`
    query Compare($from: String!, $to: String!) {
  compare(from: $from, to: $to) {
    from
    to
    statusChanges {
      initiative {
        id
        name
        type
        placeholder
      }
      from
      to
    }
    links {
      change
      linkId
      type
      lever
      stance
      validFrom
      validTo
      from {
        id
        name
        type
        placeholder
      }
      to {
        id
        name
        type
        placeholder
      }
      evidence {
        sourceId
        sourceTitle
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareQuery, CompareQueryVariables>;
export const ConsoleDocument = new TypedDocumentString(`
    query Console($query: String!) {
  cypherConsole(query: $query) {
    columns
    rows
    truncated
    elapsedMs
    nodes {
      id
      label
      type
      placeholder
      depth
      degree
    }
    edges {
      id
      source
      target
      type
      lever
      stance
      confidence
      claimStatus
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleQuery, ConsoleQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($author: String, $source: ID, $minAgeDays: Int, $maxAgeDays: Int) {
  reviewQueue(
    author: $author
    source: $source
    minAgeDays: $minAgeDays
    maxAgeDays: $maxAgeDays
    first: 100
  ) {
    totalCount
    authors
    sources
    items {
      claimedAt
      ageDays
      link {
        id
        type
        lever
        stance
        confidence
        reason
        version
        claimedBy
        evidence {
          sourceId
          sourceTitle
          line
          quote
        }
        from {
          id
          name
          type
          placeholder
        }
        to {
          id
          name
          type
          placeholder
        }
      }
    }
  }
  sources {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewVerifyOneDocument = new TypedDocumentString(`
    mutation ReviewVerifyOne($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {
  verifyLink(
    id: $id
    accept: $accept
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    id
    claimStatus
  }
}
    `) as unknown as TypedDocumentString<ReviewVerifyOneMutation, ReviewVerifyOneMutationVariables>;
export const ReviewVerifyManyDocument = new TypedDocumentString(`
    mutation ReviewVerifyMany($ids: [ID!]!, $accept: Boolean!, $reason: String!) {
  verifyLinks(ids: $ids, accept: $accept, reason: $reason) {
    id
    claimStatus
  }
}
    `) as unknown as TypedDocumentString<ReviewVerifyManyMutation, ReviewVerifyManyMutationVariables>;
export const InitiativeTableDocument = new TypedDocumentString(`
    query InitiativeTable($filter: InitiativeTableFilter, $asOf: String, $sort: InitiativeTableSort, $descending: Boolean, $first: Int, $offset: Int) {
  initiativeTable(
    filter: $filter
    asOf: $asOf
    sort: $sort
    descending: $descending
    first: $first
    offset: $offset
  ) {
    asOf
    total
    offset
    hasNextPage
    byStatus {
      status
      count
    }
    byFlag {
      flag
      count
    }
    byLeverState {
      lever
      state
      count
    }
    rows {
      initiative {
        id
        name
        placeholder
      }
      status
      alignment
      opposing
      flags
      levers {
        lever
        state
        enabling
        opposing
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativeTableQuery, InitiativeTableQueryVariables>;
export const TableOptionsDocument = new TypedDocumentString(`
    query TableOptions {
  places: entities(type: Place, first: 500) {
    nodes {
      id
      name
    }
  }
  groups: entities(type: TargetGroup, first: 500) {
    nodes {
      id
      name
    }
  }
  organisations: entities(type: Organisation, first: 500) {
    nodes {
      id
      name
    }
  }
  partnerships: entities(type: Partnership, first: 500) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TableOptionsQuery, TableOptionsQueryVariables>;