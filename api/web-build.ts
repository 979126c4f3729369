/**
 * `npm start` serves web/dist. On a fresh clone there is none, and after a pull it may be older than its sources:
 * then the web app is built (vite build --config web/vite.config.ts) before the server starts, saying so.
 * webBuildNeeded() is pure (it is given the mtimes) so that it can be unit-tested; ensureWebBuilt() reads the disk.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the built app depends on, relative to the repository root: folders are read recursively. */
export const WEB_SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'model'] as const;
/** The build's marker: Vite writes it on every build (emptyOutDir), so its mtime is the build's time. */
export const WEB_BUILT_MARKER = 'web/dist/index.html';

export interface SourceTime {
  path: string;
  mtimeMs: number;
}

export interface WebBuildDecision {
  needed: boolean;
  reason: string;
}

/**
 * Whether web/dist must be (re)built: when it is missing (builtMs null), or when any source is newer than it.
 * The reason names the newest source, for the start-up message.
 */
export function webBuildNeeded(builtMs: number | null, sources: readonly SourceTime[]): WebBuildDecision {
  if (builtMs == null) return { needed: true, reason: 'web/dist is missing' };
  let newest: SourceTime | null = null;
  for (const s of sources) if (newest == null || s.mtimeMs > newest.mtimeMs) newest = s;
  if (newest != null && newest.mtimeMs > builtMs) {
    return { needed: true, reason: `web/dist is older than ${newest.path}` };
  }
  return { needed: false, reason: 'web/dist is up to date' };
}

/** Every file under the given paths (files or folders), with its mtime; tests beside components are left out. */
export function sourceTimes(root: string, paths: readonly string[] = WEB_SOURCES): SourceTime[] {
  const out: SourceTime[] = [];
  const visit = (abs: string) => {
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs)) visit(join(abs, name));
    } else if (!/\.test\.tsx?$/.test(abs)) {
      out.push({ path: relative(root, abs), mtimeMs: st.mtimeMs });
    }
  };
  for (const p of paths) visit(join(root, p));
  return out;
}

function builtTime(root: string): number | null {
  const marker = join(root, WEB_BUILT_MARKER);
  return existsSync(marker) ? statSync(marker).mtimeMs : null;
}

/** Runs Vite's own command line in a child process (its output shown as it comes), resolving with its exit code. */
function viteBuild(root: string): Promise<number> {
  const bin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [bin, 'build', '--config', 'web/vite.config.ts'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', rej);
    child.once('exit', (code) => res(code ?? 1));
  });
}

/**
 * Builds the web app when webBuildNeeded() says so. Never throws: if Vite is not installed (a production install
 * without dev dependencies) or the build fails, it says so and the server starts with what there is.
 */
export async function ensureWebBuilt(
  root: string = REPO_ROOT,
  log: (s: string) => void = console.log,
): Promise<WebBuildDecision & { built: boolean }> {
  const decision = webBuildNeeded(builtTime(root), sourceTimes(root));
  if (!decision.needed) return { ...decision, built: false };
  if (!existsSync(join(root, 'node_modules', 'vite', 'bin', 'vite.js'))) {
    log(`Not building the web app (${decision.reason}): Vite is not installed; run \`npm install\`, then restart.`);
    return { ...decision, built: false };
  }
  log(`Building the web app (${decision.reason}): vite build --config web/vite.config.ts ...`);
  const started = Date.now();
  try {
    const code = await viteBuild(root);
    if (code !== 0) {
      log(`The web app did not build (vite exited with ${code}); starting the API anyway.`);
      return { ...decision, built: false };
    }
  } catch (e) {
    log(`The web app did not build (${e instanceof Error ? e.message : String(e)}); starting the API anyway.`);
    return { ...decision, built: false };
  }
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { ...decision, built: true };
}
