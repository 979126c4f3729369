/** Import (api/schema/io.graphql): a dry run reports; a commit writes all or nothing. */
import { gql } from './client.js';
import type { ImportFormat, ImportReport } from './types.js';
import { changedData } from './edit.js';

const REPORT = `ok dryRun committed format encoding rows created updated unchanged changesTruncated warnings
  sheets { sheet rows created updated unchanged bad } problems { sheet row column reason } changes { sheet row action id changedFields }`;

export async function importData(format: ImportFormat, contentBase64: string, dryRun: boolean, sheet: string | null): Promise<ImportReport> {
  const d = await gql<{ importData: ImportReport }, object>(
    `mutation Import($format: ImportFormat!, $content: String!, $dryRun: Boolean, $sheet: String) {
      importData(format: $format, contentBase64: $content, dryRun: $dryRun, sheet: $sheet) { ${REPORT} } }`,
    { format, content: contentBase64, dryRun, sheet });
  if (d.importData.committed) changedData();
  return d.importData;
}
