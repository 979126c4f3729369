/**
 * Fetches (first start only), starts and stops the local Neo4j: the embeddable Community DBMS from Maven
 * Central, run by db/src/main/java/levermap/Launcher.java with Bolt on 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DB_DIR = dirname(fileURLToPath(import.meta.url));
const LIB_DIR = join(DB_DIR, 'target', 'lib');
const CLASSES_DIR = join(DB_DIR, 'target', 'classes');
export const NEO4J_VERSION = /<neo4j.version>([^<]+)</.exec(readFileSync(join(DB_DIR, 'pom.xml'), 'utf8'))![1]!;

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number;
  txTimeoutSeconds: number;
  txMemoryMb: number;
  heap?: string;
  log?: (line: string) => void;
  /** Start it again if it dies (default true), after 1 s, then 2, 4... up to 30 s between attempts. */
  restart?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The running Neo4j's process id (a new one after each restart). */
  readonly pid: number | undefined;
  /** How many times it has been started again after dying. */
  readonly restarts: number;
  stop(): Promise<void>;
}

const RESTART_FIRST_MS = 1000;
const RESTART_MAX_MS = 30_000;
/** Up this long, and the next death starts the backoff from the beginning again. */
const RESTART_STABLE_MS = 60_000;

const NO_NEO4J =
  'Levermap needs a Neo4j. Either set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use an existing ' +
  'Neo4j 5 server (Docker, Desktop, Aura, a cluster), or install Java 17+ and Maven so that Levermap can fetch and run ' +
  'Neo4j Community itself.';

function javaMajor(): number | null {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  if (!m) return null;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

export function isBuilt(): boolean {
  const cls = join(CLASSES_DIR, 'levermap', 'Launcher.class');
  if (!existsSync(cls) || !existsSync(LIB_DIR)) return false;
  // A launcher changed since it was compiled is compiled again.
  return statSync(cls).mtimeMs >= statSync(join(DB_DIR, 'src', 'main', 'java', 'levermap', 'Launcher.java')).mtimeMs;
}

/** Runs Maven once to download Neo4j and compile the launcher; prints progress as files arrive. */
export async function ensureBuilt(log: (line: string) => void = console.log): Promise<void> {
  const java = javaMajor();
  if (java === null || java < 17) throw new Error(`${NO_NEO4J}\n(Java ${java ?? 'not found'}; 17 or later is needed.)`);
  if (isBuilt()) return;
  if (spawnSync('mvn', ['-v']).error) throw new Error(`${NO_NEO4J}\n(Maven not found.)`);
  log(`Fetching Neo4j ${NEO4J_VERSION} Community from Maven Central (first start only, about 130 MB)...`);
  await new Promise<void>((ok, fail) => {
    const mvn = spawn('mvn', ['-B', 'package', '-DskipTests', '-f', join(DB_DIR, 'pom.xml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let downloaded = 0;
    let tail: string[] = [];
    const onData = (buf: Buffer) => {
      for (const line of buf.toString().split('\n')) {
        if (/^\[INFO\] Downloaded from/.test(line) || /^Downloaded from/.test(line)) {
          downloaded += 1;
          if (downloaded % 25 === 0) log(`  ...${downloaded} files downloaded`);
        }
        if (line.trim()) tail = [...tail.slice(-30), line];
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', fail);
    mvn.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`Maven failed (exit ${code}):\n${tail.join('\n')}`))));
  });
  log(`Neo4j ${NEO4J_VERSION} fetched.`);
}

/** The generated password, kept beside the data with mode 600 so only this user can read it. */
export function passwordFor(dataDir: string): string {
  // The store, its logs and the password are this user's alone: the folder is 700 whatever the umask.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const file = join(dataDir, 'password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      res(true);
    });
    s.once('error', () => res(false));
  });
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? console.log;
  await ensureBuilt(log);
  const dataDir = resolve(opts.dataDir);
  const password = passwordFor(dataDir);
  if (await portInUse(opts.boltPort)) {
    throw new Error(
      `Port ${opts.boltPort} on 127.0.0.1 is already in use: is another Neo4j running? ` +
        'Stop it, set LEVERMAP_BOLT_PORT to a free port, or set NEO4J_URI to use that server.',
    );
  }
  log(`Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${opts.boltPort} (data in ${dataDir})...`);
  let child = spawnNeo4j(opts, dataDir);
  await waitForReady(child, 180_000);
  log(`Neo4j ready.`);
  let stopping = false;
  let restarts = 0;
  let attempt = 0;
  let upSince = Date.now();
  let upNow = true;
  let timer: NodeJS.Timeout | null = null;
  // The Neo4j this app started died (killed, crashed): start it again on the same port and data, with backoff.
  // The driver reconnects by itself, so the API recovers without a restart of its own.
  const supervise = (c: ChildProcess) => {
    c.once('exit', (code, signal) => {
      if (stopping || opts.restart === false) return;
      if (upNow && Date.now() - upSince > RESTART_STABLE_MS) attempt = 0;
      upNow = false;
      const wait = Math.min(RESTART_FIRST_MS * 2 ** attempt, RESTART_MAX_MS);
      attempt += 1;
      log(`Neo4j exited (${signal ?? `code ${code}`}); starting it again in ${wait / 1000} s (attempt ${attempt}).`);
      timer = setTimeout(async () => {
        timer = null;
        if (stopping) return;
        const next = spawnNeo4j(opts, dataDir);
        child = next;
        supervise(next);
        try {
          await waitForReady(next, 180_000);
          restarts += 1;
          upSince = Date.now();
          upNow = true;
          log(`Neo4j ready again (restart ${restarts}).`);
        } catch (e) {
          log(`Neo4j did not start again: ${(e as Error).message.split('\n')[0]}`);
        }
      }, wait);
    });
  };
  supervise(child);
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  return {
    uri,
    user: 'neo4j',
    password,
    get pid() {
      return child.pid;
    },
    get restarts() {
      return restarts;
    },
    stop: () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      return stopChild(child);
    },
  };
}

function spawnNeo4j(opts: LocalNeo4jOptions, dataDir: string): ChildProcess {
  const sep = process.platform === 'win32' ? ';' : ':';
  const java = [
    `-Xmx${opts.heap ?? '2g'}`,
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${CLASSES_DIR}${sep}${join(LIB_DIR, '*')}`,
    'levermap.Launcher',
    dataDir,
    String(opts.boltPort),
    join(dataDir, 'password'),
  ];
  // Java has no umask of its own: a shell sets 077 and then becomes java, so the store, its logs and transaction
  // files are created 600 (folders 700) whatever the user's umask, and signals still reach java itself.
  const [command, args]: [string, string[]] =
    process.platform === 'win32'
      ? ['java', java]
      : ['/bin/sh', ['-c', 'umask 077 && exec java "$@"', 'neo4j', ...java]];
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      LEVERMAP_TX_TIMEOUT_SECONDS: String(opts.txTimeoutSeconds),
      LEVERMAP_TX_MEMORY_MB: String(opts.txMemoryMb),
    },
  });
  // Never leave Neo4j running behind us, however this process ends.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  const logFile = createWriteStream(join(dataDir, 'launcher.log'), { flags: 'a', mode: 0o600 });
  child.stdout!.pipe(logFile);
  child.stderr!.pipe(logFile);
  return child;
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Neo4j did not start within ${timeoutMs / 1000}s:\n${out.slice(-2000)}`));
    }, timeoutMs);
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('LEVERMAP_NEO4J_READY')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Neo4j exited (code ${code}) while starting:\n${out.slice(-3000)}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      ok();
    });
    child.kill('SIGTERM');
  });
}
