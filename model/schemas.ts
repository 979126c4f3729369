/**
 * The zod schemas of the Levermap model: entity, link and citation shapes, built on the vocabularies of
 * model/vocabulary.ts. The seed files, imports and every API mutation are checked against these.
 */
import { z } from 'zod';
import {
  ALIGNMENT_FLAG,
  ALIGNMENT_STATUS,
  CLAIM_STATUS,
  CONFIDENCE,
  codes,
  DATE_PATTERN,
  DATE_RULE,
  DIRECTORATE_KIND,
  FLAG_KIND,
  LEVER_STATE,
  CLAIM_CHECK,
  CLAIM_QUESTION,
  FINDING_KIND,
  VOCABULARY_KIND,
  INITIATIVE_TABLE_SORT,
  FRAMEWORK_ELEMENT,
  ID_PATTERN,
  ID_RULE,
  INITIATIVE_KIND,
  INITIATIVE_STATUS,
  LEVER,
  LINK_TYPE,
  MAX_QUOTE_WORDS,
  NODE_LABEL,
  ORGANISATION_TYPE,
  PARTNERSHIP_KIND,
  PLACE_KIND,
  PREVENTION_TIER,
  ROLE,
  SOURCE_KIND,
  STANCE,
  TARGET_GROUP_KIND,
  type VOCABULARIES,
} from './vocabulary.js';

export const Lever = z.enum(codes(LEVER));
export const Stance = z.enum(codes(STANCE));
export const Confidence = z.enum(codes(CONFIDENCE));
export const OrganisationType = z.enum(codes(ORGANISATION_TYPE));
export const DirectorateKind = z.enum(codes(DIRECTORATE_KIND));
export const PartnershipKind = z.enum(codes(PARTNERSHIP_KIND));
export const InitiativeKind = z.enum(codes(INITIATIVE_KIND));
export const InitiativeStatus = z.enum(codes(INITIATIVE_STATUS));
export const PreventionTier = z.enum(codes(PREVENTION_TIER));
export const FrameworkElement = z.enum(codes(FRAMEWORK_ELEMENT));
export const TargetGroupKind = z.enum(codes(TARGET_GROUP_KIND));
export const PlaceKind = z.enum(codes(PLACE_KIND));
export const NodeLabel = z.enum(codes(NODE_LABEL));
export const LinkType = z.enum(codes(LINK_TYPE));
export const ClaimStatus = z.enum(codes(CLAIM_STATUS));
export const SourceKind = z.enum(codes(SOURCE_KIND));
export const Role = z.enum(codes(ROLE));
export const AlignmentStatus = z.enum(codes(ALIGNMENT_STATUS));
export const AlignmentFlag = z.enum(codes(ALIGNMENT_FLAG));
export const FlagKind = z.enum(codes(FLAG_KIND));
export const LeverState = z.enum(codes(LEVER_STATE));
export const FindingKind = z.enum(codes(FINDING_KIND));
export const VocabularyKind = z.enum(codes(VOCABULARY_KIND));
export const ClaimCheck = z.enum(codes(CLAIM_CHECK));
export const ClaimQuestion = z.enum(codes(CLAIM_QUESTION));
export const InitiativeTableSort = z.enum(codes(INITIATIVE_TABLE_SORT));

// The same names as types: z.infer of each enum equals the vocabulary's own type.
export type Lever = z.infer<typeof Lever>;
export type Stance = z.infer<typeof Stance>;
export type NodeLabel = z.infer<typeof NodeLabel>;
export type LinkType = z.infer<typeof LinkType>;
export type ClaimStatus = z.infer<typeof ClaimStatus>;
export type Role = z.infer<typeof Role>;

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Size caps on what one node or link may hold (a quote of MAX_QUOTE_WORDS words fits well within its cap). */
export const MAX_QUOTE_CHARS = 1000;
export const MAX_ALIASES = 50;
export const MAX_CITATIONS = 50;
export const MAX_LIST_ITEMS = 50;

/** A citation (model/citation.ts): which document, which line, and a short verbatim quote. */
export const Citation = z
  .object({
    sourceId: z.string().min(1).max(64),
    line: z.number().int().positive().max(10_000_000),
    quote: z
      .string()
      .trim()
      .max(MAX_QUOTE_CHARS)
      .refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, { message: `quote must be at most ${MAX_QUOTE_WORDS} words` })
      .default(''),
    /** For a DATASET source (model/quote-match.ts): the record on row `line`, by identifier or row number. */
    record: z.string().trim().min(1).max(200).optional(),
  })
  .refine((c) => c.quote !== '' || c.record !== undefined, {
    message: 'give a quote (or, citing a DATASET, a record)',
    path: ['quote'],
  });

export type Citation = z.infer<typeof Citation>;

const Id = z.string().regex(ID_PATTERN, ID_RULE);
const IsoDate = z.string().regex(DATE_PATTERN, DATE_RULE);
const Name = z.string().trim().min(1).max(300);

const nodeBase = {
  id: Id,
  name: Name,
  aliases: z.array(Name).max(MAX_ALIASES).default([]),
  description: z.string().trim().max(2000).optional(),
  /** True where the documents leave the body unnamed: the name is an honest description, not a real name. */
  placeholder: z.boolean().default(false),
  evidence: z.array(Citation).min(1, 'every node needs at least one citation').max(MAX_CITATIONS),
};

export const Organisation = z.object({
  ...nodeBase,
  type: OrganisationType,
  /** e.g. county, district, unitary, metropolitan borough; PCT, CCG, ICB, CSU. */
  subtype: z.string().trim().max(80).optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  // UK identifiers, where known: an import recognises an organisation it has seen before by them (docs/import.md).
  /** NHS Organisation Data Service code, e.g. "RTD" or "00L". */
  odsCode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{3,10}$/, 'odsCode must be 3 to 10 capital letters or digits')
    .optional(),
  /** Charity Commission (England and Wales) or OSCR/CCNI number, e.g. "1123456" or "SC012345". */
  charityNumber: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{5,12}$/, 'charityNumber must be 5 to 12 capital letters, digits or hyphens')
    .optional(),
  /** Companies House number: 8 characters, e.g. "01234567" or "SC123456". */
  companyNumber: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{8}$/, 'companyNumber must be 8 capital letters or digits')
    .optional(),
  /** 360Giving organisation identifier, e.g. "GB-CHC-1123456" or "GB-COH-01234567". */
  giving360Id: z
    .string()
    .trim()
    .max(100)
    // org-id.guide lists (GB-CHC-, GB-COH-, GB-LAE-, XI-...) and the 360Giving publisher prefix 360G-.
    .regex(/^(?:[A-Z]{2}-[A-Z0-9]+|360G)-\S+$/, 'giving360Id must look like GB-CHC-1123456 or 360G-...')
    .optional(),
});
export const Directorate = z.object({ ...nodeBase, kind: DirectorateKind });
export const Partnership = z.object({
  ...nodeBase,
  kind: PartnershipKind,
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
});
export const Initiative = z.object({
  ...nodeBase,
  kind: InitiativeKind,
  frameworkElements: z.array(FrameworkElement).max(MAX_LIST_ITEMS).default([]),
  preventionTier: PreventionTier.optional(),
  status: InitiativeStatus.default('UNKNOWN'),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  /** Free text as the document gives it, e.g. "£4.7m over five years". */
  funding: z.string().trim().max(300).optional(),
  /** When the benefit is expected, where a document says (for FUNDING_ENDS_BEFORE_BENEFIT). */
  benefitExpected: IsoDate.optional(),
  /** A SERVICE's types as its Open Referral UK taxonomy names them: "term (vocabulary)". */
  serviceTypes: z.array(z.string().trim().min(1).max(200)).max(MAX_LIST_ITEMS).default([]),
  // A GRANT's record as its 360Giving file gives it (docs/open-data.md).
  /** The grant's 360Giving Identifier, e.g. "360G-ExampleTrust-2021-001". */
  grantId: z.string().trim().min(1).max(200).optional(),
  /** The amount awarded, as a decimal number in text so that pence survive every spreadsheet. */
  amountAwarded: z
    .string()
    .trim()
    .regex(/^\d{1,15}(\.\d{1,2})?$/, 'amountAwarded must be a number such as 5000 or 1250.50')
    .optional(),
  /** ISO 4217 code of the amount, e.g. GBP. */
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code such as GBP')
    .optional(),
  awardDate: IsoDate.optional(),
  durationMonths: z.number().int().positive().max(1200).optional(),
  /** The grant programme's title (and code, where given: "Title (code)"). */
  programme: z.string().trim().max(300).optional(),
});
export const TargetGroup = z.object({ ...nodeBase, kind: TargetGroupKind });
export const Place = z.object({ ...nodeBase, kind: PlaceKind, code: z.string().trim().max(20).optional() });
export const Source = z.object({
  id: z.string().min(1).max(64),
  title: Name,
  authors: z.string().trim().max(500).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  publisher: z.string().trim().max(300).optional(),
  file: z.string().trim().max(300).optional(),
  url: z.string().trim().max(500).optional(),
  kind: SourceKind.optional(),
  /** Publication date as the document gives it: a year, year-month or full date. */
  date: z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must look like 2016, 2016-03 or 2016-03-31')
    .optional(),
  licence: z.string().trim().max(500).optional(),
});

export const LinkBase = z.object({
  type: LinkType,
  from: Id,
  to: Id,
  confidence: Confidence.default('STATED'),
  /** Why a curator inferred the link; required when confidence is INFERRED. */
  reason: z.string().trim().max(500).optional(),
  lever: Lever.optional(),
  stance: Stance.optional(),
  /** The document's own lever class, e.g. "strong system leadership" (000:L836-864). */
  class: z.string().trim().max(120).optional(),
  role: z.string().trim().max(200).optional(),
  amount: z.string().trim().max(200).optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  evidence: z.array(Citation).min(1, 'every link needs at least one citation').max(MAX_CITATIONS),
});
/** The fields of a link that an update may change (its type and ends make its identity). */
export const LinkPatch = LinkBase.omit({ type: true, from: true, to: true, lever: true }).partial();
/**
 * A document's statement that an initiative has no backer on one lever (seed section `leverAbsences`): what lets a
 * GAP flag fire, where silence would be unknown (model/lever-absence.ts stores it on the initiative).
 */
export const LeverAbsenceStatement = z
  .object({
    initiative: Id,
    lever: Lever,
    evidence: z.array(Citation).min(1, 'an absence must cite the passage that states it'),
  })
  .strict();
export type LeverAbsenceStatement = z.infer<typeof LeverAbsenceStatement>;
/**
 * An initiative's confirmed absence on one lever as exports and imports carry it: a source's statement that there
 * is none (its citations), or an editor's "checked: none" (who, when, and their note). `checkedBy` is an author's
 * name, so exports write it for verifiers only, as they do a claim's authors.
 */
export const SourceAbsenceEntry = z
  .object({
    lever: Lever,
    evidence: z.array(Citation).min(1, 'an absence must cite the passage that states it').max(MAX_CITATIONS),
  })
  .strict();
export const CheckedAbsenceEntry = z
  .object({
    lever: Lever,
    checkedBy: z.string().trim().min(1).max(200).optional(),
    checkedOn: IsoDate,
    note: z.string().trim().max(MAX_QUOTE_CHARS).default(''),
  })
  .strict();
export const LeverAbsenceEntry = z.union([SourceAbsenceEntry, CheckedAbsenceEntry]);
export type LeverAbsenceEntry = z.infer<typeof LeverAbsenceEntry>;

export const Link = LinkBase.superRefine((l, ctx) => {
  if (l.type === 'LEVER') {
    if (!l.lever) ctx.addIssue({ code: 'custom', path: ['lever'], message: 'LEVER links need a lever' });
    if (!l.stance) ctx.addIssue({ code: 'custom', path: ['stance'], message: 'LEVER links need a stance' });
  } else if (l.lever || l.stance) {
    ctx.addIssue({ code: 'custom', path: ['lever'], message: 'only LEVER links carry lever and stance' });
  }
  if (l.confidence === 'INFERRED' && !l.reason) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'INFERRED links need a reason' });
  }
  if (l.validFrom && l.validTo && l.validFrom > l.validTo) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo is before validFrom' });
  }
});
export type Link = z.infer<typeof Link>;

export const ENTITY_SCHEMAS = {
  Organisation,
  Directorate,
  Partnership,
  Initiative,
  TargetGroup,
  Place,
} as const;

/** What a finding is about: a node id, or a link id (TYPE:from:to[:lever], model/ids.ts). */
const About = z.string().trim().min(1).max(400);
const Text = z.string().trim().min(1).max(2000);
const Short = z.string().trim().min(1).max(300);
const evidence = z.array(Citation).min(1, 'every finding needs at least one citation').max(MAX_CITATIONS);

/** A cited, typed statement about nodes or links: a figure, outcome, barrier, success factor and so on. */
export const Finding = z
  .object({
    id: Id,
    kind: FindingKind,
    about: z.array(About).min(1, 'a finding is about at least one node or link').max(MAX_LIST_ITEMS),
    text: Text,
    /** A figure's value, or its range low..high, in `unit` (e.g. "GBP", "%", "people", "years"). */
    value: z.number().finite().optional(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    unit: Short.optional(),
    /** When the figure holds, as the document gives it ("2016", "over five years"). */
    period: Short.optional(),
    /** Whom the figure counts ("respondents to the 2016 survey", "people aged 75+"). */
    population: Short.optional(),
    /** For a CLAIM the graph can compute too: the question and the document's answer. */
    check: z
      .object({ question: ClaimQuestion, lever: Lever.optional(), count: z.number().int().min(0).optional() })
      .optional(),
    evidence,
  })
  .superRefine((f, ctx) => {
    const hasFigure = f.value !== undefined || f.low !== undefined || f.high !== undefined;
    if (f.kind === 'FIGURE' && !hasFigure)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a FIGURE needs a value or a range (low, high)' });
    if (f.kind === 'FIGURE' && !f.unit)
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a FIGURE needs a unit' });
    if (f.kind !== 'FIGURE' && hasFigure)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'only a FIGURE carries a value or range' });
    if ((f.low === undefined) !== (f.high === undefined))
      ctx.addIssue({ code: 'custom', path: ['low'], message: 'a range needs both low and high' });
    if (f.low !== undefined && f.high !== undefined && f.low > f.high)
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'high is below low' });
    if (f.check && f.kind !== 'CLAIM')
      ctx.addIssue({ code: 'custom', path: ['check'], message: 'only a CLAIM carries a check' });
  });
export type Finding = z.infer<typeof Finding>;

/** One part of a sample: its n by role or kind ("Commissioner": 2). */
export const SampleBreakdown = z.object({ label: Short, n: z.number().int().min(0) });
/** A sample of a study: a survey wave, a set of interviews, a review; its n and breakdown, each cited. */
export const Sample = z.object({
  id: Id,
  name: Short,
  method: Short,
  /** The wave of a repeated survey (1, 2 ...), where there is one. */
  wave: z.number().int().positive().optional(),
  period: Short.optional(),
  n: z.number().int().min(0).optional(),
  /** Who was asked, where the document says ("DPH and CCG members of HWBs"). */
  population: Short.optional(),
  breakdown: z.array(SampleBreakdown).max(MAX_LIST_ITEMS).default([]),
  evidence,
});
/** A study: what a document reports on, with its methods and samples. */
export const Study = z.object({
  id: Id,
  source: z.string().min(1).max(64),
  name: Short,
  methods: z.array(Short).min(1).max(MAX_LIST_ITEMS),
  description: Text.optional(),
  samples: z.array(Sample).max(MAX_LIST_ITEMS).default([]),
  evidence,
});
export type Study = z.infer<typeof Study>;

/** One cell of a table as the document prints it, with the line it stands on. */
export const TableCell = z.object({
  value: z.string().trim().max(500),
  line: z.number().int().positive(),
  /** The last line of a cell the document wraps over several lines. */
  lineTo: z.number().int().positive().optional(),
});
/** A table or numbered list of a document, stored as data with its n and the lines it is on. */
export const DataTable = z.object({
  id: Id,
  source: z.string().min(1).max(64),
  /** Its number in the document ("3"), where it has one. */
  number: z.string().trim().max(20).optional(),
  title: Short,
  columns: z.array(z.string().trim().max(300)).min(1).max(MAX_LIST_ITEMS),
  rows: z.array(z.array(TableCell).min(1).max(MAX_LIST_ITEMS)).min(1).max(500),
  /** How many the table counts over, and what n counts ("references, not respondents"). */
  n: z.number().int().min(0).optional(),
  nNote: Short.optional(),
  /** The study sample the table reports, where there is one. */
  sample: Id.optional(),
  lineFrom: z.number().int().positive(),
  lineTo: z.number().int().positive(),
  evidence,
});
export type DataTable = z.infer<typeof DataTable>;

/** A term of a vocabulary as a cited node: a framework element, a lever class, a prevention tier. */
export const VocabularyTerm = z.object({
  id: Id,
  kind: VocabularyKind,
  /** The code the graph stores for it: "E7", "PRIMARY", or a link's lever class ("contract innovation"). */
  code: z.string().trim().min(1).max(120),
  name: Short,
  /** The lever a lever class belongs to. */
  lever: Lever.optional(),
  definition: Text.optional(),
  examples: z.array(Short).max(MAX_LIST_ITEMS).default([]),
  evidence,
});
export type VocabularyTerm = z.infer<typeof VocabularyTerm>;

/** The zod enum of every vocabulary, by its GraphQL name (model/vocabulary.ts VOCABULARIES). */
export const ENUMS = {
  Lever,
  Stance,
  Confidence,
  OrganisationType,
  DirectorateKind,
  PartnershipKind,
  InitiativeKind,
  InitiativeStatus,
  PreventionTier,
  FrameworkElement,
  TargetGroupKind,
  PlaceKind,
  NodeLabel,
  LinkType,
  ClaimStatus,
  SourceKind,
  Role,
  AlignmentStatus,
  AlignmentFlag,
  FlagKind,
  LeverState,
  FindingKind,
  VocabularyKind,
  ClaimCheck,
  ClaimQuestion,
  InitiativeTableSort,
} as const satisfies { [K in keyof typeof VOCABULARIES]: z.ZodEnum };

/** A zod issue path as people read it: ['links', 0, 'from'] -> 'links[0].from'. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
