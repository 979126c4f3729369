/** Relationship types, with which labels may stand at each end. */
import type { LinkType, NodeLabel } from './vocabulary.js';

export const LINK_RULES = {
  PART_OF: { from: ['Directorate'], to: ['Organisation'] },
  MEMBER_OF: { from: ['Organisation', 'Directorate'], to: ['Partnership'] },
  LEVER: { from: ['Organisation', 'Directorate', 'Partnership', 'TargetGroup'], to: ['Initiative'] },
  COMMISSIONS: { from: ['Organisation', 'Directorate', 'Partnership'], to: ['Initiative'] },
  DELIVERS: { from: ['Organisation', 'Directorate', 'Partnership'], to: ['Initiative'] },
  FUNDS: { from: ['Organisation', 'Directorate', 'Partnership'], to: ['Initiative', 'Partnership', 'Organisation'] },
  TARGETS: { from: ['Initiative'], to: ['TargetGroup'] },
  LOCATED_IN: { from: ['Initiative'], to: ['Place'] },
  WORKS_IN: { from: ['Organisation', 'Directorate', 'Partnership', 'TargetGroup'], to: ['Place'] },
  WITHIN: { from: ['Place'], to: ['Place'] },
} as const satisfies Record<LinkType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;
