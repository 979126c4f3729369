/**
 * The open-data imports through the API, as the explorer's Import page sends them: a 360Giving file and an Open
 * Referral UK ZIP, each checked in a dry run that lists what it would create and every problem, and writes
 * nothing; a commit needs a contributor. (open-data.test.ts commits them, on a database with the ONS places.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gql } from '../support/helpers.js';

const IMPORT = `mutation ($standard: OpenDataStandard!, $format: ImportFormat!, $content: String!, $fileName: String, $dryRun: Boolean) {
  importOpenData(standard: $standard, format: $format, contentBase64: $content, fileName: $fileName, dryRun: $dryRun) {
    ok committed created updated problems { row column reason }
  }
}`;
const COUNT = `{ initiatives(first: 1) { totalCount } }`;
const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/opendata/${path}`, import.meta.url)).toString('base64');

describe('importOpenData', () => {
  it.each([
    ['THREESIXTYGIVING', 'CSV', '360giving/grants.csv'],
    ['OPEN_REFERRAL_UK', 'CSV', 'oruk.zip'],
  ])(
    '%s: a dry run lists what it would create and every problem, and writes nothing',
    async (standard, format, path) => {
      const before = await gql(COUNT);
      const r = await gql(
        IMPORT,
        { standard, format, content: fixture(path), fileName: path.split('/').pop(), dryRun: true },
        { as: 'CONTRIBUTOR' },
      );
      expect(r.errors).toBeUndefined();
      // This server's seed has the documents' two Wigans, unmerged (it loads no ONS places): the file's Wigan is
      // ambiguous, and the dry run says so and how to resolve it.
      expect(r.data!.importOpenData).toMatchObject({
        ok: false,
        committed: false,
        problems: [{ reason: expect.stringMatching(/"Wigan" matches several places .*npm run places/) }],
      });
      expect(r.data!.importOpenData.created).toBeGreaterThan(3);
      expect((await gql(COUNT)).data).toEqual(before.data);
    },
  );

  it('refuses to commit for a viewer, naming the role it needs', async () => {
    const r = await gql(
      IMPORT,
      {
        standard: 'OPEN_REFERRAL_UK',
        format: 'CSV',
        content: fixture('oruk.zip'),
        fileName: 'oruk.zip',
        dryRun: false,
      },
      { as: 'VIEWER' },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
