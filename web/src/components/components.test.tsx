// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from './Legend.js';
import { Flags } from './Alignment.js';

// Components that need no server; those that talk to the API are in test/integration/web-components.test.tsx.
afterEach(cleanup);

describe('Legend', () => {
  it('names every lever with its line style, and tells gap from unknown in words', () => {
    render(<Legend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const keyList = legend.querySelector('ul') as HTMLElement;
    for (const t of ['Downward', 'Sideward', 'Upward', 'Opposes', 'Gap', 'Unknown'])
      expect(within(keyList).getByText(t)).toBeTruthy();
    expect(legend.textContent).toContain('(dashed)');
    expect(legend.textContent).toContain('(dotted)');
  });
});

describe('Flags', () => {
  it('explains gaps in plain English and says unknown is not a gap', () => {
    const { container, rerender } = render(
      <Flags
        alignment={{
          downward: 1,
          sideward: 0,
          upward: 0,
          opposing: 0,
          status: 'PARTIAL',
          gaps: ['NO_SIDEWARD', 'NO_UPWARD'],
        }}
      />,
    );
    expect(container.textContent).toContain('No partnership recorded');
    expect(container.textContent).toContain('No community voice recorded');
    rerender(<Flags alignment={{ downward: 0, sideward: 0, upward: 0, opposing: 0, status: 'UNKNOWN', gaps: [] }} />);
    expect(container.textContent).toContain('Unknown, not a gap');
  });
});
