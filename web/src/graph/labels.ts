/**
 * Labels by zoom level, never on top of each other. Text keeps a readable size on screen (at least MIN_SCREEN_PX,
 * so zoomed out it is larger in graph units), and labels are placed greedily, most important first: the focus,
 * the selection and its neighbours, groups, then by degree. A label that would overlap one already placed, or a
 * node, is left out until zooming in makes room. Runs once per settled zoom, not per frame.
 */
import type { Core, NodeSingular } from 'cytoscape';

/** The smallest a label is drawn on screen, in CSS pixels. */
export const MIN_SCREEN_PX = 11;
/** Approximate advance of one character of system-ui, as a share of the font size, where text cannot be measured. */
const CHAR_W = 0.62;
/** The labels' font family (graph/style.ts). */
const FONT = 'system-ui, sans-serif';
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

let measurer: CanvasRenderingContext2D | null | undefined;
/**
 * The width of a line of text as the canvas draws it, in the units of its font size; an estimate where there is
 * no canvas (a test in Node). Measuring matters: an estimate that wraps a line the canvas keeps whole makes the
 * placed box narrower than the label drawn, and two labels then touch.
 */
function widthOf(text: string, fontSize: number, bold: boolean): number {
  if (measurer === undefined)
    measurer = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * fontSize * CHAR_W;
  measurer.font = `${bold ? 'bold' : 'normal'} ${fontSize}px ${FONT}`;
  return measurer.measureText(text).width;
}

/** Where a node's label would sit (below the node, wrapped at maxWidth as Cytoscape wraps it), in graph units. */
export function labelBox(
  n: NodeSingular,
  text: string,
  fontSize: number,
  maxWidth: number,
  pad: number,
  bold = false,
): Box {
  const p = n.position();
  // Words are added to a line while it stays within maxWidth (Cytoscape's "wrap"); a longer word has a line of its own.
  let lines = 0;
  let width = 0;
  let line = '';
  for (const w of text.split(/\s+/)) {
    const next = line ? `${line} ${w}` : w;
    if (line && widthOf(next, fontSize, bold) > maxWidth) {
      width = Math.max(width, widthOf(line, fontSize, bold));
      lines++;
      line = w;
    } else line = next;
  }
  width = Math.max(width, widthOf(line, fontSize, bold));
  lines++;
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
    const bold = Boolean(n.data('focus') || n.data('group') || n.data('slotKind') === 'gap');
    const box = labelBox(n, text, fs, labelWidth(n) * (fs / base), MARGIN_PX / zoom, bold);
    const own = ownBody.get(n.id());
    // The focus and the groups are always named; other labels also keep clear of nodes.
    const always = n.data('focus') || n.data('group');
    if (placed.hits(box) || (!always && bodies.hits(box, own))) continue;
    placed.add(box);
    show.add(n.id());
  }
  // Only the labels shown get their size: a data change restyles a node, and a hidden label's size is not drawn.
  cy.batch(() => {
    for (const n of nodes) {
      if (!show.has(n.id())) {
        if (n.hasClass('labelled')) n.removeClass('labelled');
        continue;
      }
      const fs = sizes.get(n.id())!;
      if (n.data('labelSize') !== fs) n.data({ labelSize: fs, labelWidth: labelWidth(n) * (fs / baseOf(n)) });
      if (!n.hasClass('labelled')) n.addClass('labelled');
    }
  });
  return show.size;
}
