/** Ids: nodes made through the API get a label prefix, a slug of the name and a short random tail; links are TYPE:from:to[:lever]. */
import { type LinkType, NODE_LABEL, type Lever, type NodeLabel } from './vocabulary.js';

function randomHex(bytes: number): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

export function newId(label: NodeLabel, name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${NODE_LABEL[label].prefix}-${slug || 'node'}-${randomHex(3)}`;
}

/** Stable id of a link: one of each type between two nodes, or one per lever for LEVER links. */
export function linkId(l: { type: LinkType; from: string; to: string; lever?: Lever | null | undefined }): string {
  return [l.type, l.from, l.to, l.lever].filter(Boolean).join(':');
}

/** The start node of a link, read back out of its id. */
export function linkFrom(id: string): string | null {
  const parts = id.split(':');
  return parts.length >= 3 ? (parts[1] ?? null) : null;
}
