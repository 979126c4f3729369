// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { gql, queryClient, setEndpoint } from '../api/client.js';
import { EvidencePanel } from './EvidencePanel.js';
import { Legend } from './Legend.js';
import { SearchBox } from './SearchBox.js';
import { Flags } from './Alignment.js';

// Against the real server the test setup starts: no mocked API.
beforeAll(() => { setEndpoint(`${inject('apiUrl')}/graphql`); });
afterEach(cleanup);

describe('Legend', () => {
  it('names every lever with its line style, and tells gap from unknown in words', () => {
    render(<Legend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const keyList = legend.querySelector('ul') as HTMLElement;
    for (const t of ['Downward', 'Sideward', 'Upward', 'Opposes', 'Gap', 'Unknown']) expect(within(keyList).getByText(t)).toBeTruthy();
    expect(legend.textContent).toContain('(dashed)');
    expect(legend.textContent).toContain('(dotted)');
  });
});

describe('Flags', () => {
  it('explains gaps in plain English and says unknown is not a gap', () => {
    const { container, rerender } = render(<Flags alignment={{ downward: 1, sideward: 0, upward: 0, opposing: 0, status: 'PARTIAL', gaps: ['NO_SIDEWARD', 'NO_UPWARD'] }} />);
    expect(container.textContent).toContain('No partnership recorded');
    expect(container.textContent).toContain('No community voice recorded');
    rerender(<Flags alignment={{ downward: 0, sideward: 0, upward: 0, opposing: 0, status: 'UNKNOWN', gaps: [] }} />);
    expect(container.textContent).toContain('Unknown, not a gap');
  });
});

describe('SearchBox', () => {
  it('offers matches from the server as the user types and opens the chosen one', async () => {
    const opened: string[] = [];
    render(<SearchBox onOpen={(h) => opened.push(h.id)} />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'Live Well Gateshead' } });
    const options = await screen.findAllByRole('option', {}, { timeout: 10_000 });
    expect(options.length).toBeGreaterThan(0);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(opened).toHaveLength(1);
  });
});

describe('EvidencePanel', () => {
  it('shows the properties and every citation of a link, as text', async () => {
    const d = await gql<{ initiative: { backers: { linkId: string; evidence: { quote: string; line: number; sourceId: string }[] }[] } }>(
      `{ initiative(id: "ini-003-live-well-gateshead") { backers { linkId evidence { quote line sourceId } } } }`);
    const b = d.initiative.backers[0]!;
    const { container } = render(<QueryClientProvider client={queryClient}><EvidencePanel id={b.linkId} onOpen={() => {}} onClose={() => {}} /></QueryClientProvider>);
    await waitFor(() => expect(container.querySelectorAll('.citations li')).toHaveLength(b.evidence.length), { timeout: 10_000 });
    for (const c of b.evidence) {
      expect(container.textContent).toContain(c.quote);
      expect(container.textContent).toContain(`${c.sourceId}:L${c.line}`);
    }
  });
});
