/**
 * Layout positions computed once per drawn shape and reused. A force-directed layout costs the main thread far more
 * than the draw; the same view often asks for it again with nothing moved (the communities arrive a moment after the
 * neighbourhood and only recolour it, or the reader switches layout and back). Keyed by the layout's seed and the
 * ids of the nodes and links drawn, so a different graph never gets stale positions. Bounded, most recent kept.
 */
import type { Point } from '../model/layout.js';

const KEEP = 24;
const store = new Map<string, ReadonlyMap<string, Point>>();

/** The key of a drawing: its layout seed and its nodes and links, in any order. */
export function shapeKey(seed: string, nodes: readonly string[], edges: readonly string[]): string {
  return `${seed}\u0000${[...nodes].sort().join('\u0001')}\u0000${[...edges].sort().join('\u0001')}`;
}

export function recall(key: string): ReadonlyMap<string, Point> | undefined {
  const hit = store.get(key);
  if (hit) {
    store.delete(key); // most recently used last
    store.set(key, hit);
  }
  return hit;
}

export function remember(key: string, positions: ReadonlyMap<string, Point>): void {
  store.delete(key);
  store.set(key, positions);
  while (store.size > KEEP) store.delete(store.keys().next().value!);
}
