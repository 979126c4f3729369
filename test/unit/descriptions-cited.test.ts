/**
 * A description says only what its citations say: every figure and capitalised multi-word name in a seed node's
 * description stands in one of that node's cited quotes (seed/description-citations.ts).
 */
import { describe, expect, it } from 'vitest';
import { capitalisedNames, uncitedInDescription } from '../../seed/description-citations.js';
import { seedDataset } from '../support/seed.js';

const node = (description: string, quote: string) => ({
  id: 'org-test',
  name: 'Test body',
  description,
  evidence: [{ quote }],
});

describe('the description check', () => {
  it('flags a figure and a name that no quote contains', () => {
    const n = node(
      'Funded by the Big Lottery Fund with £26 million over 5 years.',
      'A total of £26 million in grant funding was distributed',
    );
    expect(uncitedInDescription(n)).toEqual(['5', 'Big Lottery Fund']);
  });

  it('passes figures and names that a quote holds, folding accents, case and punctuation', () => {
    const n = node('Esmée Fairbairn Foundation gave 1,045 points.', 'the Esmee Fairbairn foundation; 1,045 points');
    expect(uncitedInDescription(n)).toEqual([]);
  });

  it('ignores citation markers and a capitalised first word, but not a name after it', () => {
    expect(uncitedInDescription(node('Named once (L912; 004:L3-L5; document 003; ref 7).', 'named once'))).toEqual([]);
    expect(uncitedInDescription(node('Funded Sure Start Centres.', 'it funded centres'))).toEqual([
      'Funded Sure Start Centres',
    ]);
    expect(capitalisedNames('Led by the Department of Health and NHS England.').map((n) => n.phrase)).toEqual([
      'Department of Health and NHS England',
    ]);
  });
});

describe('the seed', () => {
  it('has no node description with a figure or a name that none of its quotes contain', () => {
    const nodes = [...seedDataset().nodes.values()].map(({ props }) => ({
      ...props,
      description: typeof props.description === 'string' ? props.description : undefined,
    }));
    const described = nodes.filter((n) => n.description);
    expect(described.length).toBeGreaterThan(400);
    const problems = described
      .map((n) => ({ id: n.id, uncited: uncitedInDescription(n) }))
      .filter((p) => p.uncited.length > 0);
    expect(problems).toEqual([]);
  });
});
