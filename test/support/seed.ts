/**
 * For the tests that are truly about the seed graph: named seed entities looked up from the seed dataset by
 * name (so no test spells a seed id), and the seed's source documents, which with CI=true must be present.
 */
import { SEED_DIR, SOURCES_DIR } from '../../seed/paths.js';
import { loadDataset, type Dataset } from '../../seed/dataset.js';
import { readSourceLines } from '../../seed/quotes.js';

let dataset: Dataset | undefined;
export const seedDataset = (): Dataset => (dataset ??= loadDataset(SEED_DIR));

function seedNode(label: string, name: string): { id: string; name: string } {
  const found = [...seedDataset().nodes.values()].filter((n) => n.label === label && n.props.name === name);
  if (found.length !== 1) throw new Error(`the seed has ${found.length} ${label} named "${name}", not one`);
  return { id: found[0]!.props.id, name };
}

/** The seed's best-documented initiative (document 003), with a council that backs it on two levers. */
export const SEED = {
  get liveWellGateshead() {
    return seedNode('Initiative', 'Live Well Gateshead');
  },
  get gatesheadCouncil() {
    return seedNode('Organisation', 'Gateshead Council');
  },
  get liveWellConsortium() {
    return seedNode('Partnership', 'Live Well Gateshead delivery consortium');
  },
  get gateshead() {
    return seedNode('Place', 'Gateshead');
  },
};

const CI = process.env.CI === 'true' || process.env.CI === '1';
const lines = readSourceLines(SOURCES_DIR);

/** True when a test that needs the source documents may be skipped: they are missing and this is not CI. */
export const sourcesMissingLocally = lines === null && !CI;

/** The source documents' lines; throws (failing the test) when they are missing, which in CI is never a skip. */
export function sourceLines(): Map<string, string[]> {
  if (!lines)
    throw new Error(
      `the seed's source documents are missing at ${SOURCES_DIR} (set LEVERMAP_SOURCES_DIR)${CI ? '; with CI set they are required' : ''}`,
    );
  return lines;
}
