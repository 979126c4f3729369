/** The quick start as a user runs it: `npm start`'s entry point in its own process, then Ctrl+C. */
import { spawn } from 'node:child_process';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tmp.js';

const portOpen = (port: number) =>
  new Promise<boolean>((res) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      res(true);
    });
    s.once('error', () => res(false));
  });

/** A port the system says is free now (other test runs may hold any fixed one). */
const freePort = () =>
  new Promise<number>((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => res(port));
    });
  });

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b) => {
    out += b;
  });
  child.stderr.on('data', (b) => {
    out += b;
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const waitFor = async (text: string, ms: number) => {
    const until = Date.now() + ms;
    while (!out.includes(text)) {
      if (Date.now() > until || child.exitCode !== null) throw new Error(`did not see "${text}":\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  return { child, exited, waitFor, output: () => out };
}

describe('npm start', () => {
  it('starts Neo4j, seeds the empty database, serves web and API on one port, and stops its Neo4j on Ctrl+C', {
    timeout: 300_000,
  }, async () => {
    const dataDir = tempDir('start');
    const bolt = await freePort();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const app = start({
      LEVERMAP_DATA_DIR: dataDir,
      LEVERMAP_BOLT_PORT: String(bolt),
      PORT: String(port),
      LEVERMAP_NEO4J_HEAP: '512m',
      NODE_ENV: 'development',
    });
    await app.waitFor(`Levermap is running at ${url}`, 180_000);
    expect(app.output()).toContain('Empty database: loading the seed dataset...');
    expect(app.output()).toMatch(/Created the first account: user "admin", password in .*admin-password/);
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
    const stats = await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ stats { initiatives } }"}',
      })
    ).json();
    expect(stats.data.stats.initiatives).toBeGreaterThanOrEqual(250);
    const page = await fetch(`${url}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await portOpen(bolt)).toBe(true);

    app.child.kill('SIGINT');
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain('stopping Levermap and its Neo4j');
    expect(await portOpen(bolt)).toBe(false);
  });

  it('without NEO4J_URI and without Java, exits naming both ways out', async () => {
    const app = start({ PATH: '/nonexistent', LEVERMAP_DATA_DIR: tempDir('nojava') });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('Either set NEO4J_URI');
    expect(app.output()).toContain('or install Java 17+ and Maven');
  });
});
