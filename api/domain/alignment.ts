/** The simple alignment summary of one initiative from its counts of current lever backers. */
import type { AlignmentCounts } from '../db/rows.js';

export type AlignmentStatus = 'ALIGNED' | 'PARTIAL' | 'CONTESTED' | 'UNKNOWN';

export function alignmentOf(c: AlignmentCounts) {
  const enabling = { DOWNWARD: c.downward, SIDEWARD: c.sideward, UPWARD: c.upward };
  const any = c.downward + c.sideward + c.upward + c.opposing > 0;
  // No lever recorded is unknown, not a gap (domain.md: "Unknown is not a gap").
  const status: AlignmentStatus = !any ? 'UNKNOWN' : c.opposing > 0 ? 'CONTESTED'
    : Object.values(enabling).every((n) => n > 0) ? 'ALIGNED' : 'PARTIAL';
  const gaps = any ? Object.entries(enabling).filter(([, n]) => n === 0).map(([l]) => `NO_${l}`) : [];
  return { ...c, status, gaps };
}
