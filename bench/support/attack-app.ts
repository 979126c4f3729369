/**
 * The app as `npm start` runs it (bootstrap.run: migrations, the outage watch, the server), without building the
 * web app, for bench/attack.ts: it prints `LISTENING <url>` and stops on SIGTERM.
 */
// First: graphql and express read NODE_ENV as they load; the API is measured as `npm start` serves it.
import '../../api/node-env.js';
import { run } from '../../api/bootstrap.js';
import { loadConfig } from '../../api/config.js';

const app = await run(loadConfig(), (s) => process.stderr.write(`[app] ${s}\n`));
process.stdout.write(`LISTENING ${app.server.url}\n`);
process.on('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});
