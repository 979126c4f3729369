/** The findings about one node: kind, text, a figure with its unit, period and population, and citations to the reader. */
import { useId } from 'react';
import { FINDING_KIND, labelOf } from '../../../model/vocabulary.js';
import { useGql } from '../client/client.js';
import { graphql } from '../gql/index.js';
import type { FindingItemFragment } from '../gql/graphql.js';
import { Citations } from './Citations.js';
import { ErrorNote, Loading } from './Status.js';

graphql(`fragment FindingItem on Finding {
  id kind text value low high unit period population evidence { ...Citation }
}`);
const FindingsQuery = graphql(`query EntityFindings($about: ID!) {
  findings(about: $about, first: 200) { items { ...FindingItem } }
}`);

const number = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** "£1.20 (range 0.8 to 1.6) GBP saved per £1 spent, 2016, respondents": what a figure says in one line. */
export function figureText(f: Pick<FindingItemFragment, 'value' | 'low' | 'high' | 'unit' | 'period' | 'population'>) {
  const parts: string[] = [];
  if (f.value != null) parts.push(number(f.value));
  if (f.low != null && f.high != null)
    parts.push(`${f.value != null ? '(range ' : ''}${number(f.low)} to ${number(f.high)}${f.value != null ? ')' : ''}`);
  let out = parts.join(' ');
  if (f.unit) out += ` ${f.unit}`;
  if (f.period) out += `; ${f.period}`;
  if (f.population) out += `; ${f.population}`;
  return out.trim();
}

export function FindingList({ items }: { items: readonly FindingItemFragment[] }) {
  return (
    <ul className="findings">
      {items.map((f) => (
        <li key={f.id} className={`finding k-${f.kind}`}>
          <span className="tag">{labelOf(FINDING_KIND, f.kind)}</span> {f.text}
          {f.kind === 'FIGURE' && (
            <p className="figure">
              <strong>{figureText(f)}</strong>
            </p>
          )}
          <details>
            <summary>Citations ({f.evidence.length})</summary>
            <Citations evidence={f.evidence} />
          </details>
        </li>
      ))}
    </ul>
  );
}

/** `heading`: the level that fits the page (h2 on the place overview, h3 under the explorer's details). */
export function Findings({ about, heading: Heading = 'h3' }: { about: string; heading?: 'h2' | 'h3' }) {
  const res = useGql(FindingsQuery, { about });
  const headingId = useId();
  if (res.isPending) return <Loading what="findings" />;
  if (res.isError) return <ErrorNote error={res.error} what="findings" />;
  const items = res.data.findings.items;
  if (!items.length) return null;
  return (
    <section aria-labelledby={headingId} className="findings-panel">
      <Heading id={headingId}>What the documents report ({items.length})</Heading>
      <FindingList items={items} />
    </section>
  );
}
