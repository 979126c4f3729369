/** Ids for nodes created through the API: a label prefix, a slug of the name and a short random tail. */
import { randomBytes } from 'node:crypto';
import type { NodeLabel } from './model.js';

const PREFIX: Record<NodeLabel, string> = {
  Organisation: 'org', Directorate: 'dir', Partnership: 'pship', Initiative: 'ini', TargetGroup: 'tg', Place: 'place', Source: 'src',
};

export function newId(label: NodeLabel, name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${PREFIX[label]}-${slug || 'node'}-${randomBytes(3).toString('hex')}`;
}

/** Link ids start TYPE:from:to (see model.linkId); this reads the start node back out. */
export function linkFrom(id: string): string | null {
  const parts = id.split(':');
  return parts.length >= 3 ? parts[1]! : null;
}
