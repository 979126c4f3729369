// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../client/client.js';
import { formValues, NODE_FIELDS, type FormValues } from '../model/forms.js';
import { EditForm } from './EditForm.js';

afterEach(cleanup);

const fields = NODE_FIELDS.Place;
const sources = [{ id: '003', title: 'It is not a quick fix', authors: null, year: null, publisher: null, url: null }];
const start = formValues(fields, { name: 'Gateshead', kind: 'LA_AREA' }, [
  { sourceId: '003', sourceTitle: null, line: 81, quote: 'in Gateshead' },
]);

describe('EditForm', () => {
  it("shows the API's BAD_USER_INPUT error beside the field it names", async () => {
    render(
      <EditForm
        fields={fields}
        initial={start}
        version={3}
        sources={sources}
        submitLabel="Save"
        submit={async () => {
          throw new ApiError(
            'input.evidence[0].quote: quote must be at most 25 words',
            'BAD_USER_INPUT',
            'input.evidence[0].quote',
          );
        }}
      />,
    );
    fireEvent.change(screen.getByLabelText('Quote'), { target: { value: 'a much longer quote' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Quote must be at most 25 words.');
    expect(screen.getByLabelText('Quote').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Quote').getAttribute('aria-describedby')).toBeTruthy();
  });

  it('on CONFLICT says "changed by someone else", and a reload keeps what was typed', async () => {
    const sent: { version: number | null; values: FormValues }[] = [];
    const newer = formValues(fields, { name: 'Gateshead', kind: 'LA_AREA', code: 'E08000037' }, [
      { sourceId: '003', sourceTitle: null, line: 81, quote: 'in Gateshead' },
    ]);
    render(
      <EditForm
        fields={fields}
        initial={start}
        version={3}
        sources={sources}
        submitLabel="Save"
        reload={async () => ({ values: newer, version: 4 })}
        submit={async (a) => {
          sent.push({ version: a.version, values: a.values });
          if (a.version === 3)
            throw new ApiError(
              'Place "x" was changed by someone else (now version 4); reload and try again',
              'CONFLICT',
            );
          return { message: 'Saved.' };
        }}
      />,
    );
    fireEvent.change(screen.getByLabelText(/^Description/), { target: { value: 'A metropolitan borough' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('conflict')).textContent).toContain('Changed by someone else');
    expect((screen.getByLabelText(/^Description/) as HTMLTextAreaElement).value).toBe('A metropolitan borough');
    fireEvent.click(screen.getByRole('button', { name: /Reload their version/ }));
    expect((await screen.findByTestId('reloaded')).textContent).toContain('They changed: ONS area code');
    expect((screen.getByLabelText(/^Description/) as HTMLTextAreaElement).value).toBe('A metropolitan borough');
    expect((screen.getByLabelText(/^ONS area code/) as HTMLInputElement).value).toBe('E08000037');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('saved').textContent).toBe('Saved.'));
    expect(sent.map((s) => s.version)).toEqual([3, 4]);
  });
});
