/**
 * The Levermap domain model: every enum and entity shape, defined once here with zod.
 * The GraphQL enums are generated from these (scripts/gen-enums.ts), the seed files are checked
 * against them, and the API validates mutation input with them.
 */
import { z } from 'zod';
import { LINK_RULES } from './link-rules.js';

export const LEVERS = ['DOWNWARD', 'SIDEWARD', 'UPWARD'] as const;
export const Lever = z.enum(LEVERS);
export const Stance = z.enum(['ENABLES', 'OPPOSES']);
export const Confidence = z.enum(['STATED', 'INFERRED']);

export const OrganisationType = z.enum([
  'LOCAL_AUTHORITY', 'NHS_COMMISSIONER', 'NHS_PROVIDER', 'NATIONAL_BODY', 'VCSE', 'HEALTHWATCH',
  'UNIVERSITY', 'FUNDER', 'PRIVATE', 'EMERGENCY_SERVICE', 'OTHER',
]);
export const DirectorateKind = z.enum([
  'PUBLIC_HEALTH', 'ADULT_SOCIAL_CARE', 'CHILDRENS_SERVICES', 'HOUSING', 'PLANNING', 'LICENSING', 'LEISURE',
  'ENVIRONMENTAL_HEALTH', 'COMMISSIONING', 'OTHER',
]);
export const PartnershipKind = z.enum([
  'BOARD', 'ALLIANCE', 'NETWORK', 'CONSORTIUM', 'PROGRAMME', 'VANGUARD', 'STP_ICS', 'OTHER',
]);
export const InitiativeKind = z.enum(['SERVICE', 'PROJECT', 'PILOT', 'PROGRAMME', 'TOOL', 'STRATEGY', 'OTHER']);
export const InitiativeStatus = z.enum(['ACTIVE', 'DISCONTINUED', 'AT_RISK', 'PLANNED', 'UNKNOWN']);
export const PreventionTier = z.enum(['PRIMARY', 'SECONDARY', 'TERTIARY', 'ACUTE']);
export const FRAMEWORK_ELEMENTS = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11'] as const;
export const FrameworkElement = z.enum(FRAMEWORK_ELEMENTS);
export const TargetGroupKind = z.enum([
  'PLACE', 'INTEREST', 'IDENTITY', 'FAITH', 'AGE', 'PATIENT', 'UNDERSERVED', 'OTHER',
]);
export const PlaceKind = z.enum(['NATION', 'REGION', 'LA_AREA', 'NEIGHBOURHOOD', 'SITE']);

export const NODE_LABELS = [
  'Organisation', 'Directorate', 'Partnership', 'Initiative', 'TargetGroup', 'Place', 'Source',
] as const;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

export { LINK_RULES } from './link-rules.js';
export const LinkType = z.enum(Object.keys(LINK_RULES) as [keyof typeof LINK_RULES, ...(keyof typeof LINK_RULES)[]]);
export type LinkType = z.infer<typeof LinkType>;

export const SOURCE_IDS = ['000', '001', '002', '003', '004'] as const;
export const MAX_QUOTE_WORDS = 25;

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** A citation: which document, which line (one paragraph a line), and a short verbatim quote. */
export const Citation = z.object({
  source: z.string().min(1).max(64),
  line: z.number().int().positive(),
  quote: z
    .string()
    .trim()
    .min(1)
    .refine((q) => wordCount(q) <= MAX_QUOTE_WORDS, { message: `quote must be at most ${MAX_QUOTE_WORDS} words` }),
});
export type Citation = z.infer<typeof Citation>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,120}$/, 'id must be lower-case letters, digits and hyphens');
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');
const Name = z.string().trim().min(1).max(300);

const nodeBase = {
  id: Id,
  name: Name,
  aliases: z.array(Name).default([]),
  description: z.string().trim().max(2000).optional(),
  /** True where the documents leave the body unnamed: the name is an honest description, not a real name. */
  placeholder: z.boolean().default(false),
  evidence: z.array(Citation).min(1, 'every node needs at least one citation'),
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
  odsCode: z.string().trim().regex(/^[A-Z0-9]{3,10}$/, 'odsCode must be 3 to 10 capital letters or digits').optional(),
  /** Charity Commission (England and Wales) or OSCR/CCNI number, e.g. "1123456" or "SC012345". */
  charityNumber: z.string().trim().regex(/^[A-Z0-9-]{5,12}$/, 'charityNumber must be 5 to 12 capital letters, digits or hyphens').optional(),
  /** Companies House number: 8 characters, e.g. "01234567" or "SC123456". */
  companyNumber: z.string().trim().regex(/^[A-Z0-9]{8}$/, 'companyNumber must be 8 capital letters or digits').optional(),
  /** 360Giving organisation identifier, e.g. "GB-CHC-1123456" or "GB-COH-01234567". */
  giving360Id: z.string().trim().max(100).regex(/^[A-Z]{2}-[A-Z0-9]+-\S+$/, 'giving360Id must look like GB-CHC-1123456').optional(),
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
  frameworkElements: z.array(FrameworkElement).default([]),
  preventionTier: PreventionTier.optional(),
  status: InitiativeStatus.default('UNKNOWN'),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  /** Free text as the document gives it, e.g. "£4.7m over five years". */
  funding: z.string().trim().max(300).optional(),
  /** When the benefit is expected, where a document says (for FUNDING_ENDS_BEFORE_BENEFIT). */
  benefitExpected: IsoDate.optional(),
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
});

export const LinkBase = z
  .object({
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
    evidence: z.array(Citation).min(1, 'every link needs at least one citation'),
  });
/** The fields of a link that an update may change (its type and ends make its identity). */
export const LinkPatch = LinkBase.omit({ type: true, from: true, to: true, lever: true }).partial();
export const Link = LinkBase
  .superRefine((l, ctx) => {
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

/** Stable id of a link: one of each type between two nodes, or one per lever for LEVER links. */
export function linkId(l: Pick<Link, 'type' | 'from' | 'to' | 'lever'>): string {
  return [l.type, l.from, l.to, l.lever].filter(Boolean).join(':');
}

export const ENTITY_SCHEMAS = {
  Organisation, Directorate, Partnership, Initiative, TargetGroup, Place,
} as const;
export type EntityLabel = keyof typeof ENTITY_SCHEMAS;

/** Every enum by its GraphQL name; scripts/gen-graphql.ts writes them into the schema. */
export const ENUMS = {
  Lever, Stance, Confidence, OrganisationType, DirectorateKind, PartnershipKind, InitiativeKind, InitiativeStatus,
  PreventionTier, FrameworkElement, TargetGroupKind, PlaceKind, NodeLabel, LinkType,
} as const;

/** A zod issue path as people read it: ['links', 0, 'from'] -> 'links[0].from'. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
