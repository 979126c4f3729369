// @vitest-environment jsdom
/** The web components that talk to the API, rendered in jsdom against the real server the test setup starts: no mocked API. */
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryClient, setEndpoint } from '../../web/src/client/client.js';
import { EvidencePanel } from '../../web/src/components/EvidencePanel.js';
import { SearchBox } from '../../web/src/components/SearchBox.js';
import { builders } from '../support/builders.js';

const make = builders();
const evidence = [
  { sourceId: '000', line: 884, quote: 'where the strong area-based leadership provided a' },
  { sourceId: '002', line: 356, quote: 'long term sustainability often appears just out of reach' },
];
let org = '';
let orgName = '';
let link = '';

beforeAll(async () => {
  setEndpoint(`${inject('apiUrl')}/graphql`);
  orgName = `Searchbox Trust ${Math.random().toString(36).slice(2, 8)}`;
  org = await make.organisation({ name: orgName });
  const ini = await make.initiative();
  link = await make.lever(org, ini, 'UPWARD', 'ENABLES', { evidence });
});
afterEach(cleanup);

describe('SearchBox', () => {
  it('offers matches from the server as the user types and opens the chosen one', async () => {
    const opened: string[] = [];
    render(
      <QueryClientProvider client={queryClient}>
        <SearchBox onOpen={(h) => opened.push(h.id)} />
      </QueryClientProvider>,
    );
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: orgName } });
    const options = await screen.findAllByRole('option', {}, { timeout: 10_000 });
    expect(options.length).toBeGreaterThan(0);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(opened).toEqual([org]);
  });
});

describe('EvidencePanel', () => {
  it('shows the properties and every citation of a link, as text', async () => {
    const { container } = render(
      <QueryClientProvider client={queryClient}>
        <EvidencePanel id={link} onOpen={() => {}} onClose={() => {}} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(container.querySelectorAll('.citations li')).toHaveLength(evidence.length), {
      timeout: 10_000,
    });
    const items = [...container.querySelectorAll('.citations li')];
    evidence.forEach((c, i) => {
      // Each citation reads in plain words: the document, "(line N)" linking to that line in the reader, the quote.
      const li = items[i]!;
      expect(li.textContent).toContain(c.quote);
      expect(li.textContent).toContain(`(line ${c.line})`);
      expect(li.querySelector('.cite-doc')?.textContent).toBeTruthy();
      const a = li.querySelector('a');
      expect(a?.getAttribute('href')).toMatch(new RegExp(`^/source/${c.sourceId}\\b.*\\bline=${c.line}\\b`));
    });
  });
});
