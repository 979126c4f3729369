/**
 * Every vocabulary of Levermap, once: the codes the graph stores, the words a person reads, and what each means.
 * The zod schemas (model/schemas.ts), the GraphQL enums (scripts/gen-graphql.ts) and the explorer's option lists
 * and labels are all made from these tables. Nothing here imports zod, so the web bundle stays small.
 */

export interface Term {
  /** What a person reads: "NHS commissioner", not "Nhs commissioner". */
  label: string;
  /** One sentence on what the code means, shown as help text and written into the GraphQL schema. */
  description?: string;
}

type Vocabulary = Readonly<Record<string, Term>>;

/** The codes of a vocabulary, in order, as a non-empty tuple (what z.enum and GraphQL enums need). */
export function codes<V extends Vocabulary>(v: V): [keyof V & string, ...(keyof V & string)[]] {
  return Object.keys(v) as [keyof V & string, ...(keyof V & string)[]];
}

/** The label of a code, or the code itself in words when a newer server sends one this build does not know. */
export function labelOf(v: Vocabulary, code: string): string {
  return v[code]?.label ?? humanise(code);
}

/** Initialisms stay in capitals when a code is put in words: "NHS commissioner", not "Nhs commissioner". */
const INITIALISMS = new Set(['NHS', 'VCSE', 'LA', 'HWB', 'DPH', 'ICB', 'ICS', 'CCG', 'PCT', 'CSU', 'STP', 'UK', 'GP']);

export function humanise(s: string): string {
  const t = s
    .replace(/_/g, ' ')
    .split(' ')
    .map((w) => (INITIALISMS.has(w.toUpperCase()) ? w.toUpperCase() : w.toLowerCase()))
    .join(' ')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export const LEVER = {
  DOWNWARD: {
    label: 'Downward',
    description: 'Sponsorship, mandate, targets or funding from those who can require or enable.',
  },
  SIDEWARD: {
    label: 'Sideward',
    description: 'Partnerships, alliances and networks where no partner can compel another.',
  },
  UPWARD: {
    label: 'Upward',
    description: 'Pressure from communities and target groups: unmet need, co-design, local demand.',
  },
} as const satisfies Vocabulary;
export type Lever = keyof typeof LEVER;
export const LEVERS = codes(LEVER);

export const STANCE = {
  ENABLES: { label: 'Enables', description: 'The backer works for the initiative.' },
  OPPOSES: {
    label: 'Opposes',
    description: 'The backer works against it, for example a budget cut or a procurement rule.',
  },
} as const satisfies Vocabulary;
export type Stance = keyof typeof STANCE;

export const CONFIDENCE = {
  STATED: { label: 'Stated', description: 'The document says so.' },
  INFERRED: { label: 'Inferred', description: "A curator's reading of the document, with a reason." },
} as const satisfies Vocabulary;
export type Confidence = keyof typeof CONFIDENCE;

export const ORGANISATION_TYPE = {
  LOCAL_AUTHORITY: { label: 'Local authority' },
  NHS_COMMISSIONER: { label: 'NHS commissioner', description: 'PCT, CCG, ICB or CSU.' },
  NHS_PROVIDER: { label: 'NHS provider' },
  NATIONAL_BODY: { label: 'National body' },
  VCSE: { label: 'VCSE organisation', description: 'Voluntary, community or social enterprise.' },
  HEALTHWATCH: { label: 'Healthwatch' },
  UNIVERSITY: { label: 'University or research body' },
  FUNDER: { label: 'Funder' },
  PRIVATE: { label: 'Private company' },
  EMERGENCY_SERVICE: { label: 'Emergency service', description: 'Fire and rescue, police or ambulance.' },
  OTHER: { label: 'Other organisation' },
} as const satisfies Vocabulary;
export type OrganisationType = keyof typeof ORGANISATION_TYPE;

export const DIRECTORATE_KIND = {
  PUBLIC_HEALTH: { label: 'Public health' },
  ADULT_SOCIAL_CARE: { label: 'Adult social care' },
  CHILDRENS_SERVICES: { label: "Children's services" },
  HOUSING: { label: 'Housing' },
  PLANNING: { label: 'Planning' },
  LICENSING: { label: 'Licensing' },
  LEISURE: { label: 'Leisure' },
  ENVIRONMENTAL_HEALTH: { label: 'Environmental health' },
  COMMISSIONING: { label: 'Commissioning' },
  OTHER: { label: 'Other directorate' },
} as const satisfies Vocabulary;
export type DirectorateKind = keyof typeof DIRECTORATE_KIND;

export const PARTNERSHIP_KIND = {
  BOARD: { label: 'Board', description: 'For example a Health and Wellbeing Board.' },
  ALLIANCE: { label: 'Alliance' },
  NETWORK: { label: 'Network' },
  CONSORTIUM: { label: 'Consortium' },
  PROGRAMME: { label: 'Programme' },
  VANGUARD: { label: 'Vanguard', description: 'A new care model site.' },
  STP_ICS: {
    label: 'STP or ICS',
    description: 'Sustainability and transformation partnership, or integrated care system.',
  },
  EVENT: {
    label: 'Event',
    description:
      'A one-off gathering such as a colloquium or conference: those who attended met there, which does not make them partners.',
  },
  OTHER: { label: 'Other partnership' },
} as const satisfies Vocabulary;
export type PartnershipKind = keyof typeof PARTNERSHIP_KIND;

export const INITIATIVE_KIND = {
  SERVICE: { label: 'Service' },
  PROJECT: { label: 'Project' },
  PILOT: { label: 'Pilot' },
  PROGRAMME: { label: 'Programme' },
  TOOL: { label: 'Tool' },
  STRATEGY: { label: 'Strategy' },
  GRANT: {
    label: 'Grant',
    description: 'The work one grant record funds (360Giving): its identifier, amount, dates and programme.',
  },
  OTHER: { label: 'Other initiative' },
} as const satisfies Vocabulary;
export type InitiativeKind = keyof typeof INITIATIVE_KIND;

export const INITIATIVE_STATUS = {
  ACTIVE: { label: 'Active' },
  DISCONTINUED: { label: 'Discontinued' },
  AT_RISK: { label: 'At risk' },
  PLANNED: { label: 'Planned' },
  UNKNOWN: { label: 'Status not recorded' },
} as const satisfies Vocabulary;
export type InitiativeStatus = keyof typeof INITIATIVE_STATUS;

export const PREVENTION_TIER = {
  PRIMARY: { label: 'Primary prevention' },
  SECONDARY: { label: 'Secondary prevention' },
  TERTIARY: { label: 'Tertiary prevention' },
  ACUTE: { label: 'Acute' },
} as const satisfies Vocabulary;
export type PreventionTier = keyof typeof PREVENTION_TIER;

/** The innovation framework for public health commissioning (document 000). */
export const FRAMEWORK_ELEMENT = {
  // Each label is the element's heading in document 000 (L1044-L1178), as its cited vocabulary node names it
  // (seed/data/000.json "vocabulary"); test/unit/vocabulary-terms.test.ts keeps the two the same.
  E1: { label: 'New services commissioned through public health teams' },
  E2: {
    label:
      'Public health skills in health needs assessments and data analysis contributing to targeting and mapping across directorates',
  },
  E3: { label: 'Providing services through expanding the public health workforce' },
  E4: { label: 'Developing within directorate and cross-directorate approaches to improving health' },
  E5: { label: 'System-wide approaches for specific public health challenges' },
  E6: { label: 'Recommissioning preventive services' },
  E7: { label: 'Commissioning through co-design and community engagement' },
  E8: { label: 'Changing the provider landscape' },
  E9: { label: 'Working with community networks and localities: developing community assets' },
  E10: { label: 'Targeting services and addressing health inequalities' },
  E11: { label: 'Commissioning for wellbeing' },
} as const satisfies Vocabulary;
export type FrameworkElement = keyof typeof FRAMEWORK_ELEMENT;

export const TARGET_GROUP_KIND = {
  PLACE: { label: 'Community of place' },
  INTEREST: { label: 'Community of interest' },
  IDENTITY: { label: 'Community of identity' },
  FAITH: { label: 'Faith community' },
  AGE: { label: 'Age group' },
  PATIENT: { label: 'Patient group' },
  UNDERSERVED: { label: 'Underserved group' },
  OTHER: { label: 'Other group' },
} as const satisfies Vocabulary;
export type TargetGroupKind = keyof typeof TARGET_GROUP_KIND;

export const PLACE_KIND = {
  NATION: { label: 'Nation' },
  REGION: { label: 'Region' },
  LA_AREA: { label: 'Local authority area' },
  NEIGHBOURHOOD: { label: 'Neighbourhood' },
  SITE: { label: 'Case-study site', description: 'An anonymised site of a study, such as "Site A".' },
} as const satisfies Vocabulary;
export type PlaceKind = keyof typeof PLACE_KIND;
/** The tier of an English local authority, as its ONS code's entity type (E06, E07, E08, E09, E10) tells it. */
export const LA_TIER = {
  UNITARY: { label: 'Unitary authority', description: 'ONS entity E06: both tiers in one council.' },
  NON_METROPOLITAN_DISTRICT: { label: 'Non-metropolitan district', description: 'ONS entity E07: lower tier.' },
  METROPOLITAN_DISTRICT: { label: 'Metropolitan district', description: 'ONS entity E08.' },
  LONDON_BOROUGH: { label: 'London borough', description: 'ONS entity E09.' },
  COUNTY: { label: 'County', description: 'ONS entity E10: the upper tier over districts.' },
} as const satisfies Vocabulary;
export type LaTier = keyof typeof LA_TIER;

/**
 * Every node label, with the id prefix of nodes made through the API and the section that holds its nodes in
 * seed files, spreadsheets and JSON imports.
 */
export const NODE_LABEL = {
  Organisation: { label: 'Organisation', prefix: 'org', section: 'organisations', kindField: 'type' },
  Directorate: { label: 'Directorate', prefix: 'dir', section: 'directorates', kindField: 'kind' },
  Partnership: { label: 'Partnership', prefix: 'pship', section: 'partnerships', kindField: 'kind' },
  Initiative: { label: 'Initiative', prefix: 'ini', section: 'initiatives', kindField: 'kind' },
  TargetGroup: { label: 'Target group', prefix: 'tg', section: 'targetGroups', kindField: 'kind' },
  Place: { label: 'Place', prefix: 'place', section: 'places', kindField: 'kind' },
  Source: { label: 'Source', prefix: 'src', section: 'sources' },
} as const satisfies Readonly<
  Record<
    string,
    Term & {
      prefix: string;
      /** The label's section of a seed file, sheet of a spreadsheet and count in the stats. */
      section: string;
      /** The field that, with the name, makes an entity's natural key (its type or kind). */
      kindField?: string;
    }
  >
>;
export type NodeLabel = keyof typeof NODE_LABEL;
export const NODE_LABELS = codes(NODE_LABEL);
/** The labels an editor creates through the entity forms and mutations (sources come in their own way). */
export type EntityLabel = Exclude<NodeLabel, 'Source'>;
export const ENTITY_LABELS = NODE_LABELS.filter((l): l is EntityLabel => l !== 'Source');
export type Section = (typeof NODE_LABEL)[NodeLabel]['section'];
/**
 * The sections of an import or export file in the order they are read: sources first (others cite them), then
 * entities and links, and findings last (they may be about any node, link or source before them).
 */
export const SECTIONS = ['sources', ...ENTITY_LABELS.map((l) => NODE_LABEL[l].section), 'links', 'findings'] as const;
/** The GraphQL field that reads one node of a label, and the stem of its mutations: Organisation -> organisation. */
export const fieldOf = <L extends string>(l: L): Uncapitalize<L> =>
  (l.charAt(0).toLowerCase() + l.slice(1)) as Uncapitalize<L>;
/** A record with one entry per label, keyed by key(label), so the compiler checks each value against its key's type. */
export function byLabel<L extends string, K extends string, V>(
  labels: readonly L[],
  key: (l: L) => K,
  value: (l: L) => V,
): Record<K, V> {
  return Object.fromEntries(labels.map((l) => [key(l), value(l)])) as Record<K, V>;
}
export const LABEL_OF_SECTION = Object.fromEntries(NODE_LABELS.map((l) => [NODE_LABEL[l].section, l])) as Record<
  Section,
  NodeLabel
>;

export const LINK_TYPE = {
  PART_OF: { label: 'part of' },
  MEMBER_OF: { label: 'member of' },
  LEVER: { label: 'lever' },
  COMMISSIONS: { label: 'commissions' },
  DELIVERS: { label: 'delivers' },
  FUNDS: { label: 'funds' },
  TARGETS: { label: 'targets' },
  LOCATED_IN: { label: 'located in' },
  WORKS_IN: { label: 'works in' },
  WITHIN: { label: 'within' },
} as const satisfies Vocabulary;
export type LinkType = keyof typeof LINK_TYPE;

export const CLAIM_STATUS = {
  UNVERIFIED: { label: 'Unverified claim', description: 'Added by a contributor; not yet checked.' },
  VERIFIED: { label: 'Verified', description: 'Curated (the seed) or accepted by a verifier.' },
  REJECTED: { label: 'Rejected', description: 'Rejected by a verifier; kept for the record, left out of analysis.' },
} as const satisfies Vocabulary;
export type ClaimStatus = keyof typeof CLAIM_STATUS;

export const SOURCE_KIND = {
  REPORT: { label: 'Report', description: 'A research, evaluation or inspection report.' },
  ARTICLE: { label: 'Journal article', description: 'A paper in a journal, peer-reviewed or not.' },
  MINUTES: { label: 'Minutes', description: 'Minutes or papers of a board or committee meeting.' },
  STRATEGY: { label: 'Strategy', description: 'A strategy, for example a joint health and wellbeing strategy.' },
  PLAN: { label: 'Plan', description: 'A plan or business case, for example a joint forward plan.' },
  POLICY: { label: 'Policy or guidance', description: 'A policy, guidance or a statutory document.' },
  WEB_PAGE: { label: 'Web page', description: 'A page of a website, as it read when it was saved.' },
  NEWS: { label: 'News item', description: 'A press release or news story.' },
  DATASET: {
    label: 'Dataset',
    description:
      'A spreadsheet or open-data file, cited by record (row number or record identifier) instead of a quote.',
  },
  OTHER: { label: 'Other document' },
} as const satisfies Vocabulary;
export type SourceKind = keyof typeof SOURCE_KIND;
export const SOURCE_KINDS = codes(SOURCE_KIND);

/** Roles, lowest first: each can do what the ones before it can. */
export const ROLE = {
  VIEWER: { label: 'Viewer', description: 'Reads only (anonymously too, where the deployment allows it).' },
  CONTRIBUTOR: { label: 'Contributor', description: 'Adds and edits nodes and links; new links enter as UNVERIFIED.' },
  VERIFIER: { label: 'Verifier', description: 'Accepts or rejects contributed links, deletes.' },
  ADMIN: { label: 'Administrator', description: 'Manages users and reverts changes.' },
} as const satisfies Vocabulary;
export type Role = keyof typeof ROLE;
export const ROLES = codes(ROLE);

export const ALIGNMENT_STATUS = {
  ALIGNED: { label: 'Aligned', description: 'Enabling backers are recorded on all three levers.' },
  PARTIAL: { label: 'Partly aligned', description: 'Enabling backers are recorded on one or two levers.' },
  CONTESTED: { label: 'Contested', description: 'At least one backer opposes this initiative.' },
  UNKNOWN: {
    label: 'Unknown',
    description: 'The sources record no lever for this initiative. This is not a gap: nothing is known either way.',
  },
} as const satisfies Vocabulary;
export type AlignmentStatus = keyof typeof ALIGNMENT_STATUS;

export const FLAG_KIND = {
  GAP: { label: 'Gap', description: 'Something the documents say helps is missing.' },
  TENSION: { label: 'Tension', description: 'Forces pull against each other.' },
  RISK: { label: 'Risk', description: 'It may not last.' },
} as const satisfies Vocabulary;
export type FlagKind = keyof typeof FLAG_KIND;

/** The gap and tension flags; the rule of each is in api/features/alignment/rules.ts. */
export const ALIGNMENT_FLAG = {
  UNSPONSORED_PARTNERSHIP: {
    label: 'Partnership without a sponsor',
    kind: 'GAP',
    description: 'A partnership backs it but no sponsor does; partnerships often need sponsorship to last.',
  },
  NO_COMMUNITY_VOICE: {
    label: 'No community voice',
    kind: 'GAP',
    description: 'No community voice recorded behind it.',
  },
  SPONSOR_WITHOUT_PARTNERS: {
    label: 'Sponsor without partners',
    kind: 'GAP',
    description: 'A sponsor backs it but no partnership does.',
  },
  LEADERSHIP_WITHOUT_SPONSORSHIP: {
    label: 'Leadership without sponsorship',
    kind: 'TENSION',
    description: 'Leadership is recorded without sponsorship.',
  },
  SINGLE_SPONSOR: {
    label: 'Single sponsor',
    kind: 'RISK',
    description: 'It depends on a single sponsor: losing that one backer removes the downward lever.',
  },
  OPPOSED: { label: 'Opposed', kind: 'TENSION', description: 'At least one backer opposes it.' },
  COMMISSIONER_IS_PROVIDER: {
    label: 'Commissioner is provider',
    kind: 'TENSION',
    description: 'The same body both commissions and provides it.',
  },
  NO_VCSE_PARTNER: {
    label: 'No VCSE partner',
    kind: 'GAP',
    description: 'No voluntary or community (VCSE) partner is recorded.',
  },
  FUNDING_ENDS_BEFORE_BENEFIT: {
    label: 'Funding ends before benefit',
    kind: 'RISK',
    description: 'Its funding ends before the benefit is expected.',
  },
  DISCONTINUED_OR_AT_RISK: {
    label: 'Discontinued or at risk',
    kind: 'RISK',
    description: 'It is discontinued or at risk.',
  },
} as const satisfies Readonly<Record<string, Term & { kind: FlagKind }>>;
export type AlignmentFlag = keyof typeof ALIGNMENT_FLAG;
export const ALIGNMENT_FLAGS = codes(ALIGNMENT_FLAG);

/** Lever gaps, named per lever; shown where levers are recorded but none on this one. */
export const LEVER_GAP = {
  NO_DOWNWARD: {
    label: 'No sponsor recorded',
    description: 'No sponsor recorded: nobody with mandate, leadership or funding is recorded as backing it.',
  },
  NO_SIDEWARD: {
    label: 'No partnership recorded',
    description: 'No partnership recorded: no partnership, alliance or partner is recorded as backing it.',
  },
  NO_UPWARD: {
    label: 'No community voice recorded',
    description: 'No community voice recorded: no community, user group or unmet-need pressure is recorded behind it.',
  },
} as const satisfies Vocabulary;
export type LeverGap = keyof typeof LEVER_GAP;

/**
 * What the sources say about one lever of one initiative. Only ABSENT (a source says there is none, or an editor
 * checked and found none) makes a gap; NOT_RECORDED is unknown and never counted as one.
 */
export const LEVER_STATE = {
  PRESENT: { label: 'Recorded', description: 'A source cites a backer on this lever.' },
  ABSENT: {
    label: 'Confirmed absent',
    description: 'A source says there is none, or an editor checked and recorded "checked: none".',
  },
  NOT_RECORDED: {
    label: 'Not recorded',
    description: 'No source addresses this lever: unknown, not a gap.',
  },
} as const satisfies Vocabulary;
export type LeverState = keyof typeof LEVER_STATE;

/** What a finding states: a cited, typed statement about a node or a link (api/features/findings). */
export const FINDING_KIND = {
  FIGURE: { label: 'Figure', description: 'An amount, percentage, count, duration, saving or return, with its unit.' },
  OUTCOME: { label: 'Outcome', description: 'What happened or was achieved, as the document reports it.' },
  BARRIER: { label: 'Barrier', description: 'What the document says stood in the way.' },
  SUCCESS_FACTOR: { label: 'Success factor', description: 'What the document says made it work.' },
  RECOMMENDATION: { label: 'Recommendation', description: 'What the document recommends.' },
  DEFINITION: { label: 'Definition', description: 'How the document defines a term.' },
  METHOD: { label: 'Method', description: 'How a study was done: design, sample, survey or interviews.' },
  CLAIM: {
    label: 'Report-level claim',
    description: "The document's own conclusion, shown beside what the graph computes for the same question.",
  },
} as const satisfies Vocabulary;
export type FindingKind = keyof typeof FINDING_KIND;
export const FINDING_KINDS = codes(FINDING_KIND);

/** The vocabularies held as cited nodes (api/features/vocabulary): their names and definitions come from documents. */
export const VOCABULARY_KIND = {
  FRAMEWORK_ELEMENT: {
    label: 'Framework element',
    description: 'An element of the innovation framework for public health commissioning (000:L1029-L1206).',
  },
  LEVER_CLASS: {
    label: 'Lever class',
    description: "A class of one lever in document 000's analysis (000:L836-L864).",
  },
  PREVENTION_TIER: {
    label: 'Prevention tier',
    description: "A tier of the Early Action Task Force's four-tier classification (004:L153-L158).",
  },
} as const satisfies Vocabulary;
export type VocabularyKind = keyof typeof VOCABULARY_KIND;

/** How a report-level claim compares with what the graph computes for the same question. */
export const CLAIM_CHECK = {
  AGREES: { label: 'Agrees', description: 'The graph computes what the document concludes.' },
  DISAGREES: {
    label: 'Disagrees',
    description: 'The graph computes something else; the reason says why (for example links counted, not mentions).',
  },
} as const satisfies Vocabulary;
export type ClaimCheck = keyof typeof CLAIM_CHECK;

/** The questions a report-level claim answers that the graph can compute too (api/features/findings/consistency.ts). */
export const CLAIM_QUESTION = {
  MOST_MENTIONED_LEVER: { label: 'Which lever the document mentions most' },
  LEAST_MENTIONED_LEVER: { label: 'Which lever the document mentions least' },
  LEVER_IN_EVERY_SITE: { label: 'Whether a lever is found in every case-study site of the document' },
  SITES_WHERE_SIDEWARD_LEADS: { label: 'In how many case-study sites sideward levers outnumber downward ones' },
} as const satisfies Vocabulary;
export type ClaimQuestion = keyof typeof CLAIM_QUESTION;
/** The columns the initiatives table sorts by (server-side); ties go by name. */
export const INITIATIVE_TABLE_SORT = {
  NAME: { label: 'Name' },
  STATUS: { label: 'Initiative status' },
  ALIGNMENT: { label: 'Alignment', description: 'Aligned, partly aligned, contested, unknown.' },
  DOWNWARD: { label: 'Sponsors', description: 'Enabling backers on the downward lever.' },
  SIDEWARD: { label: 'Partnerships', description: 'Enabling backers on the sideward lever.' },
  UPWARD: { label: 'Community voice', description: 'Enabling backers on the upward lever.' },
  OPPOSING: { label: 'Opposing backers' },
  FLAGS: { label: 'Flags', description: 'How many gap, tension and risk flags it has.' },
} as const satisfies Vocabulary;
export type InitiativeTableSort = keyof typeof INITIATIVE_TABLE_SORT;

/** Who made or verified a claim: shown only to verifiers and admins, on every path (GraphQL, exports, console). */
export const AUTHOR_FIELDS = ['claimedBy', 'verifiedBy', 'createdBy', 'updatedBy'] as const;

/** Dates as the documents give them: a year, a month or a day. */
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const DATE_RULE = 'date must be YYYY, YYYY-MM or YYYY-MM-DD';

/** Ids of nodes: lower-case letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,120}$/;
export const ID_RULE = 'id must be lower-case letters, digits and hyphens';

/** A quote is a short passage; the document is the authority for the rest. */
export const MAX_QUOTE_WORDS = 25;

/** Every vocabulary by its GraphQL enum name; scripts/gen-graphql.ts writes them, with their descriptions. */
export const VOCABULARIES = {
  Lever: LEVER,
  Stance: STANCE,
  Confidence: CONFIDENCE,
  OrganisationType: ORGANISATION_TYPE,
  DirectorateKind: DIRECTORATE_KIND,
  PartnershipKind: PARTNERSHIP_KIND,
  InitiativeKind: INITIATIVE_KIND,
  InitiativeStatus: INITIATIVE_STATUS,
  PreventionTier: PREVENTION_TIER,
  FrameworkElement: FRAMEWORK_ELEMENT,
  TargetGroupKind: TARGET_GROUP_KIND,
  PlaceKind: PLACE_KIND,
  NodeLabel: NODE_LABEL,
  LinkType: LINK_TYPE,
  ClaimStatus: CLAIM_STATUS,
  SourceKind: SOURCE_KIND,
  Role: ROLE,
  AlignmentStatus: ALIGNMENT_STATUS,
  AlignmentFlag: ALIGNMENT_FLAG,
  FlagKind: FLAG_KIND,
  LeverState: LEVER_STATE,
  FindingKind: FINDING_KIND,
  VocabularyKind: VOCABULARY_KIND,
  ClaimCheck: CLAIM_CHECK,
  ClaimQuestion: CLAIM_QUESTION,
  InitiativeTableSort: INITIATIVE_TABLE_SORT,
} as const;
