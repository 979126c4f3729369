import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, cypher, cypherNames, expandMacros } from '../../api/db/cypher.js';

// The window as statements wrote it before the fragment, at $asOf and for link r.
const STARTED = '(r.validFrom IS NULL OR r.validFrom <= left($asOf, size(r.validFrom)))';
const NOT_ENDED = '(r.validTo IS NULL OR r.validTo >= left($asOf, size(r.validTo)))';

describe('Cypher macros', () => {
  it('expands the validity window for link r at $asOf', () => {
    expect(expandMacros('WHERE @validAt(r) RETURN r')).toBe(`WHERE (${STARTED} AND ${NOT_ENDED}) RETURN r`);
    expect(expandMacros('WHERE @started(r)')).toBe(`WHERE ${STARTED}`);
    expect(expandMacros('WITH @notEnded(r) AS current')).toBe(`WITH ${NOT_ENDED} AS current`);
  });

  it('works for any link variable, and for another date (a variable or a parameter)', () => {
    const m = expandMacros('@validAt(m)');
    expect(m).toBe(`(${STARTED} AND ${NOT_ENDED})`.replaceAll('r.', 'm.'));
    expect(m).not.toMatch(/\br\./);
    expect(expandMacros('@started(r2, d)')).toBe(STARTED.replaceAll('r.', 'r2.').replace('$asOf', 'd'));
    expect(expandMacros('@notEnded(link, $to)')).toBe(NOT_ENDED.replaceAll('r.', 'link.').replace('$asOf', '$to'));
    expect(expandMacros('@validAt(r) OR @validAt(m)')).toContain('m.validTo >= left($asOf, size(m.validTo))');
  });

  it('fails loudly on an unknown macro or a bad argument', () => {
    expect(() => expandMacros('WHERE @validOn(r)')).toThrow('unknown Cypher macro @validOn(r)');
    expect(() => expandMacros('WHERE @hasOwnProperty(r)')).toThrow('unknown Cypher macro');
    for (const bad of [
      '@validAt()',
      '@validAt(R)',
      '@validAt(r.x)',
      '@validAt(r, d, e)',
      '@validAt(r, $1)',
      "@validAt(r, '2024')",
    ]) {
      expect(() => expandMacros(bad), bad).toThrow(/bad arguments|unknown Cypher macro/);
    }
    expect(() => expandMacros('WHERE @validAt (r)')).toThrow('unknown Cypher macro syntax');
    expect(() => expandMacros('WHERE @validAt(r OR (x))')).toThrow('unknown Cypher macro syntax');
  });

  it('reads each fragment through the loader it is given, nested macros included', () => {
    const fragments: Record<string, string> = {
      'valid-at': '(@started(r) AND @notEnded(r))',
      started: 'S(r.a, $asOf)',
      'not-ended': 'E(r.b)',
    };
    expect(expandMacros('@validAt(x, $at)', (f) => fragments[f]!)).toBe('(S(x.a, $at) AND E(x.b))');
    expect(() => expandMacros('@validAt(x)', () => '@validAt(r)')).toThrow('nest too deeply');
  });

  it("renames a fragment's own variable wherever it stands as a name, never inside a parameter or a property", () => {
    const fragments: Record<string, string> = {
      'initiative-filter':
        '($status IS NULL OR i.status = $status) AND EXISTS { (i)-[:X]->(:Y {id: $i, n: k.i}) } AND @validAt(r)',
      'valid-at': 'V(r.a)',
    };
    expect(expandMacros('@initiativeFilter(j)', (f) => fragments[f]!)).toBe(
      '($status IS NULL OR j.status = $status) AND EXISTS { (j)-[:X]->(:Y {id: $i, n: k.i}) } AND V(r.a)',
    );
    const filter = cypher('queries/initiatives');
    expect(filter).toContain('EXISTS { (i)-[:TARGETS]->(:TargetGroup {id: $targetGroup}) }');
    expect(filter).toContain('r.validTo >= left($asOf, size(r.validTo))');
  });

  it('leaves every product statement with no macro and the window written nowhere else', () => {
    const names = cypherNames('').filter((n) => !n.startsWith('fragments/'));
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      expect(cypher(name), name).not.toMatch(/@[A-Za-z]/);
      expect(readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8'), name).not.toMatch(/valid(From|To) IS NULL/);
    }
    expect(cypher('analysis/lever-evidence')).toContain(
      'r.validTo IS NULL OR r.validTo >= left($asOf, size(r.validTo))',
    );
    expect(cypher('analysis/compare')).toContain('r.validFrom IS NULL OR r.validFrom <= left(d, size(r.validFrom))');
  });
});
