/**
 * Plain words, in one place: counts with the right plural, "a" or "an", and what each lever stands for in an
 * officer's words. Every page writes counts and articles through these.
 */
import { LEVER, LINK_TYPE, labelOf, type Lever, type LinkType } from '../../../model/vocabulary.js';

/** "no initiatives", "1 initiative", "42 initiatives". */
export const plural = (n: number, one: string, many: string = `${one}s`) =>
  `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;

/** "a sponsor", "an organisation", "an NHS provider", "a VCSE organisation". */
export function article(phrase: string): string {
  const w = phrase.trim();
  // Initialisms read letter by letter: "an NHS", "an LA", but "a VCSE".
  const initialism = /^[A-Z]{2,}\b/.exec(w)?.[0];
  const vowelSound = initialism
    ? /^[AEFHILMNORSX]/.test(initialism)
    : /^[aeiou]/i.test(w) && !/^(uni|use|eu|one)/i.test(w);
  return `${vowelSound ? 'an' : 'a'} ${w}`;
}

/** What an officer calls a backer on each lever. */
export const LEVER_ROLE: Record<Lever, string> = {
  DOWNWARD: 'sponsor',
  SIDEWARD: 'partnership',
  UPWARD: 'community voice',
};

/** "lacks a recorded sponsor" (one initiative) or "lack a recorded sponsor" (several). */
export const leverLacks = (l: Lever, n: number) => `${n === 1 ? 'lacks' : 'lack'} a recorded ${LEVER_ROLE[l]}`;

/**
 * A curator's note as a reader reads it: "L231" becomes "line 231", "003:L81" becomes "document 003, line 81",
 * and a leading "curator's inference:" label goes (the panel already says the link is inferred).
 */
export function readerText(s: string): string {
  return s
    .replace(/^\s*curator'?s? (inference|reading|note)\s*:\s*/i, '')
    .replace(
      /\b(\d{3}):L(\d+)(?:-L?(\d+))?/g,
      (_m, doc, a, b) => `document ${doc}, line${b ? `s ${a} to ${b}` : ` ${a}`}`,
    )
    .replace(/\bL(\d+)(?:-L?(\d+))?\b/g, (_m, a, b) => (b ? `lines ${a} to ${b}` : `line ${a}`))
    .replace(/^./, (c) => c.toUpperCase());
}

/** The words for a link's or node's fields in the evidence panel and history. */
export const FIELD_LABEL: Record<string, string> = {
  type: 'Type',
  confidence: 'Confidence',
  reason: "Curator's reason",
  lever: 'Lever',
  stance: 'Stance',
  class: 'Class (the document’s own)',
  role: 'Role',
  amount: 'Amount',
  validFrom: 'Valid from',
  validTo: 'Valid to',
  claimedBy: 'Added by',
  verifiedBy: 'Checked by',
  verificationReason: "Verifier's reason",
  createdBy: 'Created by',
  updatedBy: 'Last changed by',
};

/** A link as a sentence: "Gateshead Council backs Live Well Gateshead (upward lever)", "X member of Y". */
export function linkSentence(l: {
  type: LinkType;
  lever?: Lever | null;
  stance?: string | null;
  from: { name: string };
  to: { name: string };
}): string {
  if (l.type === 'LEVER')
    return `${l.from.name} ${l.stance === 'OPPOSES' ? 'opposes' : 'backs'} ${l.to.name}${
      l.lever ? ` (${labelOf(LEVER, l.lever).toLowerCase()} lever)` : ''
    }`;
  return `${l.from.name} ${LINK_TYPE[l.type].label} ${l.to.name}`;
}

/** How long a claim has waited: "added today", "added 1 day ago", "added 12 days ago", or "date not recorded". */
export const ageText = (days: number | null | undefined) =>
  days === null || days === undefined
    ? 'date not recorded'
    : days === 0
      ? 'added today'
      : `added ${days} ${days === 1 ? 'day' : 'days'} ago`;
