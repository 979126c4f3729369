/**
 * The explorer's words and colours. Codes, labels and descriptions come from the shared model
 * (model/vocabulary.ts); only what is the web's own is written here: colours, line styles, glyphs and the glossary.
 */
import {
  ALIGNMENT_FLAG,
  ALIGNMENT_STATUS,
  codes,
  CONFIDENCE,
  FLAG_KIND,
  FRAMEWORK_ELEMENT,
  labelOf,
  LEVER,
  LEVER_GAP,
  LINK_TYPE,
  NODE_LABEL,
  ORGANISATION_TYPE,
  STANCE,
  type AlignmentStatus,
  type Lever,
  type LinkType,
  type NodeLabel,
  type Term,
} from '../../../model/vocabulary.js';
import { LEVER_LOOK, OPPOSE_COLOUR, OTHER_EDGE_COLOUR } from '../../../model/lever-look.js';

export { humanise, labelOf } from '../../../model/vocabulary.js';
export type {
  AlignmentFlag,
  AlignmentStatus,
  ClaimStatus,
  Confidence,
  FrameworkElement,
  Lever,
  LinkType,
  NodeLabel,
  OrganisationType,
  Role,
  Stance,
  Term,
} from '../../../model/vocabulary.js';

/** A vocabulary as the option lists use it: code to label and description. */
export type Vocabulary = Readonly<Record<string, Term>>;

export const LEVERS = codes(LEVER);
export const STANCES = codes(STANCE);
export const CONFIDENCES = codes(CONFIDENCE);
export const ORG_TYPES = codes(ORGANISATION_TYPE);
export const ELEMENTS = codes(FRAMEWORK_ELEMENT);

/** A framework element as the explorer shows it: never a bare code, always with its name ("E7: Commissioning ..."). */
export const elementName = (code: string): string => `${code}: ${labelOf(FRAMEWORK_ELEMENT, code)}`;

/** A lever profile group's label in words: framework elements and organisation types by name, not code. */
export function groupLabel(groupBy: string, key: string, label: string): string {
  if (!key) return 'Not recorded';
  if (groupBy === 'FRAMEWORK_ELEMENT') return elementName(key);
  if (groupBy === 'ORGANISATION_TYPE') return labelOf(ORGANISATION_TYPE, key);
  return label;
}

const LOOK = LEVER_LOOK;

/**
 * Colour and line style both carry the lever, so it reads without colour. Colours hold >= 4.5:1 on white.
 */
export const LEVER_STYLE: Record<Lever, (typeof LOOK)[Lever] & { name: string }> = Object.fromEntries(
  LEVERS.map((l) => [l, { ...LOOK[l], name: LEVER[l].label }]),
) as Record<Lever, (typeof LOOK)[Lever] & { name: string }>;
export { OPPOSE_COLOUR, OTHER_EDGE_COLOUR };

export const GLOSSARY: { term: string; meaning: string }[] = [
  {
    term: 'Downward lever',
    meaning:
      'Sponsorship, mandate, targets or funding from those who can require or enable (elected members, council leadership, the DPH, central government, funders). Drawn above the initiative.',
  },
  {
    term: 'Sideward lever',
    meaning:
      'Partnerships, alliances and networks where no partner can compel another but all see benefit. Drawn to either side.',
  },
  {
    term: 'Upward lever',
    meaning:
      'Pressure from communities, unmet need, co-design and public demand. Drawn below. ("Upwards" in document 002 means reporting up a hierarchy, which is different.)',
  },
  {
    term: 'Opposes',
    meaning:
      'A backer that works against the initiative, for example a budget cut or procurement rule. Red, with a bar at the end.',
  },
  { term: 'Gap', meaning: 'The sources describe some levers for this initiative but none on this one.' },
  {
    term: 'Unknown',
    meaning: 'The sources record no lever at all for this initiative. That is not evidence that one is missing.',
  },
  {
    term: 'Stated / inferred',
    meaning:
      "Stated: the document says so. Inferred: a curator's reading, with a reason. Inferred links are drawn thinner.",
  },
];

export const LABEL_NAME = Object.fromEntries(codes(NODE_LABEL).map((l) => [l, NODE_LABEL[l].label])) as Record<
  NodeLabel,
  string
>;
export const LINK_NAME = Object.fromEntries(codes(LINK_TYPE).map((t) => [t, LINK_TYPE[t].label])) as Record<
  LinkType,
  string
>;

export const STATUS_TEXT = Object.fromEntries(
  codes(ALIGNMENT_STATUS).map((s) => [
    s,
    { name: ALIGNMENT_STATUS[s].label, explain: ALIGNMENT_STATUS[s].description },
  ]),
) as Record<AlignmentStatus, { name: string; explain: string }>;

/** Plain English for a gap or tension flag; one this build does not know falls back to its name in words. */
export function flagText(flag: string): string {
  const t: Term | undefined = (ALIGNMENT_FLAG as Vocabulary)[flag] ?? (LEVER_GAP as Vocabulary)[flag];
  return t?.description ?? labelOf({}, flag) + '.';
}
export const flagName = (flag: string) => labelOf({ ...ALIGNMENT_FLAG, ...LEVER_GAP }, flag);
export const flagKindName = (kind: string) => labelOf(FLAG_KIND, kind);

export { plural } from './words.js';
