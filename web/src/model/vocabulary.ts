/** The product's words and colours, in one place: lever names, glossary, gap explanations, node types. */
import type { AlignmentStatus, Confidence, Lever, LinkType, NodeLabel, OrganisationType, Stance } from '../api/types.js';

export const LEVERS: Lever[] = ['DOWNWARD', 'SIDEWARD', 'UPWARD'];
export const STANCES: Stance[] = ['ENABLES', 'OPPOSES'];
export const CONFIDENCES: Confidence[] = ['STATED', 'INFERRED'];
export const ORG_TYPES: OrganisationType[] = ['LOCAL_AUTHORITY', 'NHS_COMMISSIONER', 'NHS_PROVIDER', 'NATIONAL_BODY', 'VCSE', 'HEALTHWATCH', 'UNIVERSITY', 'FUNDER', 'PRIVATE', 'EMERGENCY_SERVICE', 'OTHER'];
export const ELEMENTS = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11'] as const;

/**
 * Colour and line style both carry the lever, so it reads without colour. Colours hold >= 4.5:1 on white.
 */
export const LEVER_STYLE: Record<Lever, { colour: string; line: 'solid' | 'dashed' | 'dotted'; name: string; who: string; glyph: string }> = {
  DOWNWARD: { colour: '#1d4ed8', line: 'solid', name: 'Downward', who: 'sponsorship, mandate or funding', glyph: '▼' },
  SIDEWARD: { colour: '#9a3412', line: 'dashed', name: 'Sideward', who: 'partnership or alliance', glyph: '◆' },
  UPWARD: { colour: '#166534', line: 'dotted', name: 'Upward', who: 'community voice or need', glyph: '▲' },
};
export const OPPOSE_COLOUR = '#b91c1c';
export const OTHER_EDGE_COLOUR = '#57534e';

export const GLOSSARY: { term: string; meaning: string }[] = [
  { term: 'Downward lever', meaning: 'Sponsorship, mandate, targets or funding from those who can require or enable (elected members, council leadership, the DPH, central government, funders). Drawn above the initiative.' },
  { term: 'Sideward lever', meaning: 'Partnerships, alliances and networks where no partner can compel another but all see benefit. Drawn to either side.' },
  { term: 'Upward lever', meaning: 'Pressure from communities, unmet need, co-design and public demand. Drawn below. ("Upwards" in document 002 means reporting up a hierarchy, which is different.)' },
  { term: 'Opposes', meaning: 'A backer that works against the initiative, for example a budget cut or procurement rule. Red, with a bar at the end.' },
  { term: 'Gap', meaning: 'The sources describe some levers for this initiative but none on this one.' },
  { term: 'Unknown', meaning: 'The sources record no lever at all for this initiative. That is not evidence that one is missing.' },
  { term: 'Stated / inferred', meaning: 'Stated: the document says so. Inferred: a curator\'s reading, with a reason. Inferred links are drawn thinner.' },
];

export const LABEL_NAME: Record<NodeLabel, string> = {
  Organisation: 'Organisation', Directorate: 'Directorate', Partnership: 'Partnership', Initiative: 'Initiative',
  TargetGroup: 'Target group', Place: 'Place', Source: 'Source',
};

export const LINK_NAME: Record<LinkType, string> = {
  PART_OF: 'part of', MEMBER_OF: 'member of', LEVER: 'lever', COMMISSIONS: 'commissions', DELIVERS: 'delivers',
  FUNDS: 'funds', TARGETS: 'targets', LOCATED_IN: 'located in', WORKS_IN: 'works in', WITHIN: 'within',
};

export const STATUS_TEXT: Record<AlignmentStatus, { name: string; explain: string }> = {
  ALIGNED: { name: 'Aligned', explain: 'Enabling backers are recorded on all three levers.' },
  PARTIAL: { name: 'Partly aligned', explain: 'Enabling backers are recorded on one or two levers.' },
  CONTESTED: { name: 'Contested', explain: 'At least one backer opposes this initiative.' },
  UNKNOWN: { name: 'Unknown', explain: 'The sources record no lever for this initiative. This is not a gap: nothing is known either way.' },
};

/** Plain English for each gap or tension flag; flags the API adds later fall back to their name in words. */
const FLAG_TEXT: Record<string, string> = {
  NO_DOWNWARD: 'No sponsor recorded: nobody with mandate, leadership or funding is recorded as backing it.',
  NO_SIDEWARD: 'No partnership recorded: no partnership, alliance or partner is recorded as backing it.',
  NO_UPWARD: 'No community voice recorded: no community, user group or unmet-need pressure is recorded behind it.',
  UNSPONSORED_PARTNERSHIP: 'A partnership backs it but no sponsor does; partnerships often need sponsorship to last.',
  NO_COMMUNITY_VOICE: 'No community voice recorded behind it.',
  SPONSOR_WITHOUT_PARTNERS: 'A sponsor backs it but no partnership does.',
  LEADERSHIP_WITHOUT_SPONSORSHIP: 'Leadership is recorded without sponsorship.',
  SINGLE_SPONSOR: 'It depends on a single sponsor: losing that one backer removes the downward lever.',
  OPPOSED: 'At least one backer opposes it.',
  COMMISSIONER_IS_PROVIDER: 'The same body both commissions and provides it.',
  NO_VCSE_PARTNER: 'No voluntary or community (VCSE) partner is recorded.',
  FUNDING_ENDS_BEFORE_BENEFIT: 'Its funding ends before the benefit is expected.',
  DISCONTINUED_OR_AT_RISK: 'It is discontinued or at risk.',
};

export function flagText(flag: string): string {
  return FLAG_TEXT[flag] ?? humanise(flag) + '.';
}

export function humanise(s: string): string {
  const t = s.replace(/_/g, ' ').toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export const plural = (n: number, one: string, many: string = one + 's') => `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;
