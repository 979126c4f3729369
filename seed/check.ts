/**
 * `npx tsx seed/check.ts`: validates the seed files, their quotes and that each description's figures and names
 * stand in its quotes; prints counts. Exit 1 on any problem.
 */
import { countByLabel, countByType, countKnowledge, DatasetError, loadDataset } from './dataset.js';
import { uncitedInDescription } from './description-citations.js';
import { SEED_DIR, SOURCES_DIR } from './paths.js';
import { checkQuotes, readSourceLines } from './quotes.js';

try {
  const ds = loadDataset(SEED_DIR);
  console.log('nodes', countByLabel(ds));
  console.log('links', countByType(ds));
  console.log('knowledge', countKnowledge(ds));
  const uncited = [...ds.nodes.values()]
    .map(({ props }) => ({
      id: props.id,
      uncited: uncitedInDescription({ ...props, description: String(props.description ?? '') }),
    }))
    .filter((p) => p.uncited.length > 0);
  for (const p of uncited) console.log(`DESCRIPTION ${p.id}: not in its quotes: ${p.uncited.join('; ')}`);
  console.log(`${uncited.length} description problem(s)`);
  if (uncited.length) process.exit(1);
  const lines = readSourceLines(SOURCES_DIR);
  if (!lines && process.env.CI === 'true') {
    console.log(`${SOURCES_DIR} not found: with CI=true every quote must be checked`);
    process.exit(1);
  }
  if (!lines) console.log(`(${SOURCES_DIR} not found: quotes not checked)`);
  else {
    const bad = checkQuotes(ds, lines);
    for (const p of bad.slice(0, 200)) console.log(`QUOTE ${p.where}: ${p.message}: "${p.citation.quote}"`);
    console.log(`${bad.length} quote problem(s)`);
    if (bad.length) process.exit(1);
  }
} catch (e) {
  if (e instanceof DatasetError) {
    console.log(e.message);
    process.exit(1);
  }
  throw e;
}
