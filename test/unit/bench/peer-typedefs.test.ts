/**
 * bench/peer.ts compares Levermap with @neo4j/graphql: the peer's type definitions must say what model/ says is
 * stored (so they cannot drift from it), and the answer check must catch two answers that differ.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Kind, parse, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  AnswerMismatch,
  assertSameAnswer,
  normalInitiative,
  normalList,
  normalNeighbourhood,
  peerQuestions,
  peerShape,
} from '../../../bench/peer/questions.js';
import { CITATION_PROPS } from '../../../model/citation.js';
import { ABSENCE_PROPS } from '../../../model/lever-absence.js';
import { LINK_RULES } from '../../../model/link-rules.js';
import { ENTITY_SCHEMAS, LinkBase, Source } from '../../../model/schemas.js';
import { NODE_LABELS } from '../../../model/vocabulary.js';

const typeDefs = readFileSync(new URL('../../../bench/peer/typedefs.graphql', import.meta.url), 'utf8');
const doc = parse(typeDefs);
const objects = new Map(
  doc.definitions
    .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => [d.name.value, d]),
);
const has = (d: { directives?: readonly { name: { value: string } }[] }, name: string) =>
  d.directives?.some((x) => x.name.value === name) ?? false;
const print = (t: TypeNode): string =>
  t.kind === Kind.NON_NULL_TYPE ? print(t.type) : t.kind === Kind.LIST_TYPE ? `[${print(t.type)}]` : t.name.value;

/** The GraphQL type a zod field is stored as: vocabulary codes and dates are text. */
function storedAs(t: z.ZodType): string {
  const def = (t as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType } } })._zod
    .def;
  if (def.type === 'optional' || def.type === 'default') return storedAs(def.innerType!);
  if (def.type === 'array') return `[${storedAs(def.element!)}]`;
  if (def.type === 'number') return 'Int';
  if (def.type === 'boolean') return 'Boolean';
  return 'String';
}
const STORED = { evSource: '[String]', evLine: '[Int]', evQuote: '[String]', evRecord: '[String]' };
const codec = Object.fromEntries(CITATION_PROPS.map((p) => [p, STORED[p]]));
const shapeOf = (s: z.ZodObject) =>
  Object.fromEntries(
    Object.entries(s.shape)
      .filter(([k]) => k !== 'evidence')
      .map(([k, t]) => [k, k === 'id' ? 'ID' : storedAs(t as z.ZodType)]),
  );
const scalarFields = (o: ObjectTypeDefinitionNode) =>
  Object.fromEntries(
    (o.fields ?? [])
      .filter((f) => !has(f, 'relationship') && !has(f, 'cypher'))
      .map((f) => [f.name.value, print(f.type)]),
  );
const camel = (t: string) => t.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

describe('the peer type definitions (bench/peer/typedefs.graphql)', () => {
  it('have one node type per label of model/, on its label and Entity, and no other', () => {
    const nodes = [...objects.values()].filter((o) => has(o, 'node'));
    expect(nodes.map((o) => o.name.value).sort()).toEqual([...NODE_LABELS].sort());
    for (const o of nodes) {
      const labels = o.directives!.find((x) => x.name.value === 'node')!.arguments![0]!.value;
      expect(labels.kind === Kind.LIST && labels.values.map((v) => (v as { value: string }).value)).toEqual([
        o.name.value,
        'Entity',
      ]);
    }
  });

  it("give each entity label exactly its zod schema's fields as stored, with citations, version and claim status", () => {
    for (const [label, schema] of Object.entries(ENTITY_SCHEMAS)) {
      const expected: Record<string, string> = {
        ...shapeOf(schema),
        ...codec,
        version: 'Int',
        claimStatus: 'String',
        ...(label === 'Initiative'
          ? Object.fromEntries(ABSENCE_PROPS.map((p) => [p, p === 'absLine' ? '[Int]' : '[String]']))
          : {}),
      };
      expect(scalarFields(objects.get(label)!), label).toEqual(expected);
    }
    // A source's name is its title (cypher/seed/upsert-sources.cypher); sources carry no citations.
    expect(scalarFields(objects.get('Source')!)).toEqual({ ...shapeOf(Source), name: 'String' });
  });

  it('give each label one relationship field each way per link type of model/link-rules.ts, to its ends', () => {
    const shape = peerShape(typeDefs);
    const ends = (labels: readonly string[], target: string) =>
      labels.length === 1 ? [target] : shape.unions.get(target)?.slice().sort();
    const expected = new Map<string, string[]>();
    for (const [type, rule] of Object.entries(LINK_RULES)) {
      for (const l of rule.from) expected.set(l, [...(expected.get(l) ?? []), `${camel(type)}Out ${type} OUT`]);
      for (const l of rule.to) expected.set(l, [...(expected.get(l) ?? []), `${camel(type)}In ${type} IN`]);
    }
    for (const label of NODE_LABELS) {
      const fields = (objects.get(label)!.fields ?? []).filter((f) => has(f, 'relationship'));
      const got = fields.map((f) => {
        const args = Object.fromEntries(
          f
            .directives!.find((x) => x.name.value === 'relationship')!
            .arguments!.map((a) => [a.name.value, (a.value as { value: string }).value]),
        );
        expect(args.properties, f.name.value).toBe('Link');
        const target = print(f.type).replace(/[[\]]/g, '');
        const rule = LINK_RULES[args.type as keyof typeof LINK_RULES];
        const want = args.direction === 'OUT' ? rule.to : rule.from;
        expect(ends(want, target), `${label}.${f.name.value}`).toEqual(want.length === 1 ? [target] : [...want].sort());
        return `${f.name.value} ${args.type} ${args.direction}`;
      });
      expect(got.sort(), label).toEqual((expected.get(label) ?? []).sort());
    }
  });

  it("give every link LinkBase's fields as stored, with its id, citations, version and claim status", () => {
    const base = shapeOf(LinkBase);
    for (const k of ['type', 'from', 'to']) delete base[k];
    expect(scalarFields(objects.get('Link')!)).toEqual({
      id: 'ID',
      ...base,
      ...codec,
      version: 'Int',
      claimStatus: 'String',
    });
  });

  it('build a schema in which every question the bench asks is valid', { timeout: 120_000 }, async () => {
    const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
    // @neo4j/graphql is CommonJS: its schema is only understood by the CommonJS graphql it loaded.
    const cjs = createRequire(import.meta.url)('graphql') as typeof import('graphql');
    for (const [name, text] of Object.entries(peerQuestions(peerShape(typeDefs))))
      expect(cjs.validate(schema, cjs.parse(text)), name).toEqual([]);
  });
});

describe('the answer check', () => {
  const levermapInitiative = {
    initiative: {
      id: 'ini-a',
      name: 'A',
      status: 'ACTIVE',
      backers: [
        {
          linkId: 'LEVER:org-b:ini-a:DOWNWARD',
          lever: 'DOWNWARD',
          stance: 'ENABLES',
          class: null,
          confidence: 'STATED',
          claimStatus: 'VERIFIED',
          backer: { id: 'org-b', name: 'B', type: 'Organisation' },
          evidence: [{ sourceId: 'src-1', line: 4, quote: 'B funds A' }],
        },
      ],
    },
  };
  const peerInitiative = (line: number) => ({
    initiatives: [
      {
        id: 'ini-a',
        name: 'A',
        status: 'ACTIVE',
        leverInConnection: {
          edges: [
            {
              properties: {
                id: 'LEVER:org-b:ini-a:DOWNWARD',
                lever: 'DOWNWARD',
                stance: 'ENABLES',
                class: null,
                confidence: null,
                claimStatus: 'VERIFIED',
                evSource: ['src-1'],
                evLine: [line],
                evQuote: ['B funds A'],
                evRecord: null,
              },
              node: { __typename: 'Organisation', id: 'org-b', name: 'B' },
            },
          ],
        },
      },
    ],
  });

  it('passes two answers that say the same, each in its own shape', () => {
    expect(() =>
      assertSameAnswer(
        'initiative',
        normalInitiative.levermap(levermapInitiative),
        normalInitiative.peer(peerInitiative(4)),
      ),
    ).not.toThrow();
  });

  it('stops at an answer that cites another line, naming where', () => {
    expect(() =>
      assertSameAnswer(
        'initiative',
        normalInitiative.levermap(levermapInitiative),
        normalInitiative.peer(peerInitiative(5)),
      ),
    ).toThrow(
      new AnswerMismatch('initiative: at backers[0].evidence[0], "src-1:4:B funds A" against "src-1:5:B funds A"'),
    );
  });

  it('stops at a missing item and at a different count', () => {
    expect(() => assertSameAnswer('q', { ids: ['a', 'b'] }, { ids: ['a'] })).toThrow(/at ids, 2 items against 1/);
    expect(() => assertSameAnswer('q', { total: 3 }, { total: 4 })).toThrow(/at total, 3 against 4/);
    expect(() => assertSameAnswer('q', { total: 3 }, { total: 3, more: 1 })).toThrow(/at more/);
  });

  it("caps the peer's neighbourhood as Levermap does: nearest first, then by degree and name", () => {
    const n = (id: string, degree: number, hops: Record<string, unknown> = {}) => ({
      __typename: 'Organisation',
      id,
      name: id,
      degree,
      ...hops,
    });
    const edges = (...nodes: unknown[]) => ({ edges: nodes.map((node) => ({ node })) });
    const answer = {
      initiatives: [
        {
          ...n('ini-a', 2),
          __typename: 'Initiative',
          hop_leverIn: edges(n('org-b', 3, { hop_leverOut: edges(n('ini-a', 2), n('ini-c', 9), n('ini-d', 1)) })),
          hop_deliversIn: edges(n('org-e', 1, { hop_deliversOut: edges(n('ini-d', 1)) })),
        },
      ],
    };
    // Four within two hops of the focus (its own return trip is not one), so a cap of 4 keeps the focus and 3.
    expect(normalNeighbourhood.peer(answer, 4)).toEqual({
      truncated: true,
      nodes: ['Initiative:ini-a:0:2', 'Organisation:ini-c:2:9', 'Organisation:org-b:1:3', 'Organisation:org-e:1:1'],
    });
    expect(normalNeighbourhood.peer(answer, 300)?.truncated).toBe(false);
  });

  it('counts only the lever links current at the date, as Levermap does', () => {
    const link = (lever: string, stance: string, validFrom: string | null, validTo: string | null) => ({
      properties: { lever, stance, validFrom, validTo },
    });
    const answer = {
      initiativesConnection: { totalCount: 7 },
      initiatives: [
        {
          id: 'ini-a',
          leverInConnection: {
            edges: [
              link('DOWNWARD', 'ENABLES', '2016', null),
              link('DOWNWARD', 'ENABLES', null, '2020'), // ended
              link('DOWNWARD', 'ENABLES', '2026', '2026'), // the whole of 2026 counts
              link('UPWARD', 'OPPOSES', '2030-01', null), // not started
              link('SIDEWARD', 'OPPOSES', null, null),
            ],
          },
        },
      ],
    };
    expect(normalList.peer(answer, '2026-12-02')).toEqual({
      total: 7,
      items: [{ id: 'ini-a', levers: ['DOWNWARD:2:0', 'SIDEWARD:0:1', 'UPWARD:0:0'] }],
    });
  });
});
