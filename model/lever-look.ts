/**
 * How each lever is drawn and named in pictures: the explorer's graph and legend, and the lever picture of the
 * board brief. Colour and line style both carry the lever, so it reads without colour; colours hold >= 4.5:1 on
 * white. No imports, so the web bundle carries nothing more.
 */
export const LEVER_LOOK = {
  DOWNWARD: {
    colour: '#1d4ed8',
    line: 'solid',
    who: 'sponsorship, mandate or funding',
    glyph: '▼',
    noun: 'sponsor',
    nouns: 'sponsors',
    lane: 'Sponsors (downward lever), above',
  },
  SIDEWARD: {
    colour: '#9a3412',
    line: 'dashed',
    who: 'partnership or alliance',
    glyph: '◆',
    noun: 'partnership',
    nouns: 'partnerships',
    lane: 'Partnerships (sideward lever), beside',
  },
  UPWARD: {
    colour: '#166534',
    line: 'dotted',
    who: 'community voice or need',
    glyph: '▲',
    noun: 'community voice',
    nouns: 'community voices',
    lane: 'Community (upward lever), below',
  },
} as const satisfies Record<
  'DOWNWARD' | 'SIDEWARD' | 'UPWARD',
  {
    colour: string;
    line: 'solid' | 'dashed' | 'dotted';
    who: string;
    glyph: string;
    noun: string;
    nouns: string;
    lane: string;
  }
>;
/** SVG stroke-dasharray of each line style. */
export const LINE_DASH = { solid: '', dashed: '7 4', dotted: '2 3' } as const;
export const OPPOSE_COLOUR = '#b91c1c';
export const OTHER_EDGE_COLOUR = '#57534e';
