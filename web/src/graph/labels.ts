/**
 * Labels by zoom level, never on top of each other. Text keeps a readable size on screen (at least MIN_SCREEN_PX,
 * so zoomed out it is larger in graph units), and labels are placed greedily, most important first: the focus,
 * the selection and its neighbours, groups, then by degree. A label that would overlap one already placed, or a
 * node, is left out until zooming in makes room. Runs once per settled zoom, not per frame.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** The smallest a label is drawn on screen, in CSS pixels. */
export const MIN_SCREEN_PX = 11;
/** Approximate advance of one character of system-ui, as a share of the font size. */
const CHAR_W = 0.62;
const LINE_H = 1.25;
/** Screen pixels kept clear around each label. */
const MARGIN_PX = 4;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Boxes in a uniform grid, so each test looks only at its neighbours (thousands of nodes stay fast). */
class Grid {
  private cells = new Map<string, Box[]>();
  constructor(private size: number) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / this.size); x <= Math.floor(b.x2 / this.size); x++)
      for (let y = Math.floor(b.y1 / this.size); y <= Math.floor(b.y2 / this.size); y++) out.push(`${x},${y}`);
    return out;
  }
  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, except?: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (o !== except && overlaps(o, b)) return true;
    return false;
  }
}

/** Where a node's label would sit (below the node, wrapped at maxWidth), in graph units, at this font size. */
export function labelBox(n: NodeSingular, text: string, fontSize: number, maxWidth: number, pad: number): Box {
  const p = n.position();
  const charsPerLine = Math.max(1, Math.floor(maxWidth / (fontSize * CHAR_W)));
  // Words wrap, so lines are a little shorter than the widest they may be.
  const words = text.split(/\s+/);
  let lines = 1;
  let width = 0;
  let line = 0;
  for (const w of words) {
    const add = line === 0 ? w.length : line + 1 + w.length;
    if (add > charsPerLine && line > 0) {
      lines++;
      width = Math.max(width, line);
      line = w.length;
    } else line = add;
  }
  width = Math.min(Math.max(width, line), charsPerLine) * fontSize * CHAR_W;
  const top = p.y + n.height() / 2 + 4;
  return {
    x1: p.x - width / 2 - pad,
    x2: p.x + width / 2 + pad,
    y1: top - pad,
    y2: top + lines * fontSize * LINE_H + pad,
  };
}

/** A node's font size and wrap width at zoom 1 (graph/style.ts reads them as data). */
export const baseOf = (n: NodeSingular): number => (n.data('focus') ? 17 : 14);
export const labelWidth = (n: NodeSingular): number => (n.data('focus') ? 220 : 170);

const priority = (n: NodeSingular, near: Set<string>) =>
  (n.data('focus') ? 1e9 : 0) +
  (near.has(n.id()) ? 1e8 : 0) +
  (n.data('group') ? 1e7 : 0) +
  (n.data('slotKind') ? 1e6 : 0) +
  Number(n.data('degree') ?? 0);

/**
 * Sets each node's font size for the zoom and hides the labels that would collide. Returns how many labels show.
 * `near` holds the ids to label first (the selection and its neighbours).
 */
export function declutter(cy: Core, near: Set<string> = new Set()): number {
  const zoom = cy.zoom();
  const nodes = cy.nodes().toArray();
  // Cells about the size of a label on screen.
  const cell = 200 / zoom;
  const placed = new Grid(cell);
  const bodies = new Grid(cell);
  const ownBody = new Map<string, Box>();
  for (const n of nodes) {
    const p = n.position();
    const w = n.width() / 2;
    const h = n.height() / 2;
    const b = { x1: p.x - w, y1: p.y - h, x2: p.x + w, y2: p.y + h };
    ownBody.set(n.id(), b);
    bodies.add(b);
  }
  const order = nodes.slice().sort((a, b) => priority(b, near) - priority(a, near) || a.id().localeCompare(b.id()));
  const show = new Set<string>();
  const sizes = new Map<string, number>();
  for (const n of order) {
    const base = baseOf(n);
    const fs = Math.max(base, MIN_SCREEN_PX / zoom);
    sizes.set(n.id(), fs);
    const text = String(n.data('display') ?? '');
    if (!text) continue;
    const box = labelBox(n, text, fs, labelWidth(n) * (fs / base), MARGIN_PX / zoom);
    const own = ownBody.get(n.id());
    // The focus and the groups are always named; other labels also keep clear of nodes.
    const always = n.data('focus') || n.data('group');
    if (placed.hits(box) || (!always && bodies.hits(box, own))) continue;
    placed.add(box);
    show.add(n.id());
  }
  cy.batch(() => {
    for (const n of nodes) {
      const fs = sizes.get(n.id())!;
      if (n.data('labelSize') !== fs) n.data({ labelSize: fs, labelWidth: labelWidth(n) * (fs / baseOf(n)) });
      if (show.has(n.id())) n.removeClass('nolabel');
      else n.addClass('nolabel');
    }
  });
  return show.size;
}
