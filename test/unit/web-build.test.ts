import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceTimes, webBuildNeeded } from '../../api/web-build.js';

const src = (path: string, mtimeMs: number) => ({ path, mtimeMs });

describe('webBuildNeeded', () => {
  it('builds when web/dist is missing', () => {
    expect(webBuildNeeded(null, [src('web/src/App.tsx', 1)])).toEqual({ needed: true, reason: 'web/dist is missing' });
  });

  it('builds when a source is newer than the build, naming the newest', () => {
    const d = webBuildNeeded(100, [
      src('web/index.html', 50),
      src('model/vocabulary.ts', 150),
      src('web/src/App.tsx', 120),
    ]);
    expect(d).toEqual({ needed: true, reason: 'web/dist is older than model/vocabulary.ts' });
  });

  it('does not build when every source is older than or as old as the build', () => {
    expect(webBuildNeeded(100, [src('web/src/App.tsx', 100), src('web/vite.config.ts', 99)]).needed).toBe(false);
  });

  it('does not build when there are no sources but there is a build', () => {
    expect(webBuildNeeded(100, []).needed).toBe(false);
  });
});

describe('sourceTimes', () => {
  const root = mkdtempSync(join(tmpdir(), 'web-build-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists files under the folders recursively, leaves tests out, and skips paths that do not exist', () => {
    mkdirSync(join(root, 'web/src/views'), { recursive: true });
    writeFileSync(join(root, 'web/index.html'), '');
    writeFileSync(join(root, 'web/src/views/Page.tsx'), '');
    writeFileSync(join(root, 'web/src/views/Page.test.tsx'), '');
    utimesSync(join(root, 'web/index.html'), 1000, 1000);
    const times = sourceTimes(root, ['web/src', 'web/index.html', 'model']);
    expect(times.map((t) => t.path).sort()).toEqual(['web/index.html', 'web/src/views/Page.tsx']);
    expect(times.find((t) => t.path === 'web/index.html')?.mtimeMs).toBe(1_000_000);
  });
});
