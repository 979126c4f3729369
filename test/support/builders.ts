/**
 * Fixtures a test makes for itself through the API, instead of borrowing ids from the seed: organisations,
 * initiatives, places and links with unique ids, all deleted when the file's tests finish.
 *
 *   const make = builders();               // at the top of a test file
 *   const org = await make.organisation({ type: 'VCSE' });
 *   const ini = await make.initiative();
 *   const link = await make.lever(org, ini, 'UPWARD');
 */
import { afterAll } from 'vitest';
import { gql, gqlOk, uniqueId } from './helpers.js';

export interface CitationIn {
  sourceId: string;
  line: number;
  quote: string;
}
/** A quote that stands verbatim on line 884 of document 000 (the seed's sources), good for any fixture. */
export const CITATION: CitationIn = {
  sourceId: '000',
  line: 884,
  quote: 'where the strong area-based leadership provided a',
};

type Props = Record<string, unknown>;

export class Builders {
  /** Ids of the nodes made so far, in order; links go with their nodes (detach delete). */
  readonly made: string[] = [];

  private async node(label: string, prefix: string, defaults: Props, props: Props): Promise<string> {
    const id = (props.id as string | undefined) ?? uniqueId(prefix);
    const input = { id, name: `Test ${label} ${id}`, evidence: [CITATION], ...defaults, ...props };
    this.made.push(id);
    await gqlOk(`mutation($i: ${label}Input!) { create${label}(input: $i) { id } }`, { i: input });
    return id;
  }

  organisation(props: Props = {}) {
    return this.node('Organisation', 'org', { type: 'VCSE' }, props);
  }
  initiative(props: Props = {}) {
    return this.node('Initiative', 'ini', { kind: 'PROJECT' }, props);
  }
  place(props: Props = {}) {
    return this.node('Place', 'place', { kind: 'LA_AREA' }, props);
  }
  partnership(props: Props = {}) {
    return this.node('Partnership', 'part', { kind: 'BOARD' }, props);
  }
  targetGroup(props: Props = {}) {
    return this.node('TargetGroup', 'tg', { kind: 'PLACE' }, props);
  }

  /** Any link; returns its id. */
  async link(input: Props): Promise<string> {
    const r = await gqlOk(`mutation($i: LinkInput!) { createLink(input: $i) { id } }`, {
      i: { evidence: [CITATION], ...input },
    });
    return r.createLink.id as string;
  }

  lever(
    from: string,
    to: string,
    lever: 'DOWNWARD' | 'SIDEWARD' | 'UPWARD',
    stance: 'ENABLES' | 'OPPOSES' = 'ENABLES',
    extra: Props = {},
  ) {
    return this.link({ type: 'LEVER', from, to, lever, stance, ...extra });
  }

  async dispose(): Promise<void> {
    for (const id of this.made.splice(0).reverse()) {
      await gql(`mutation($id: ID!) { deleteEntity(id: $id, detach: true) { deleted } }`, { id });
    }
  }
}

/** Builders whose nodes are deleted after the file's tests (call at the top level of a test file). */
export function builders(): Builders {
  const b = new Builders();
  afterAll(() => b.dispose());
  return b;
}
