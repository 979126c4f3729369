/**
 * The lever picture of a board brief as an SVG figure: sponsors in a lane above the subject, partnerships beside
 * it, community voices below, each line drawn in its lever's colour and dash (model/lever-look.ts), with the legend
 * under it. Pure text, so the PDF (svg-to-pdfkit) and the DOCX draw the same figure.
 */
import { LEVER_LOOK, LINE_DASH, OPPOSE_COLOUR } from '../../../model/lever-look.js';
import { LEVERS, type Lever } from '../../../model/vocabulary.js';
import type { FigureBacker, LeverFigure } from './content.js';

export const FIGURE_WIDTH = 720;
export const FIGURE_HEIGHT = 560;
const BOX_W = 104;
const BOX_H = 40;
const FONT = 'Helvetica, Arial, sans-serif';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Up to two lines of about `width` characters, the rest cut with an ellipsis. */
export function wrap(text: string, width: number, lines = 2): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/)) {
    if (!cur) cur = w;
    else if (`${cur} ${w}`.length <= width) cur = `${cur} ${w}`;
    else {
      out.push(cur);
      cur = w;
    }
  }
  if (cur) out.push(cur);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
    return kept;
  }
  return out.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}

function label(x: number, y: number, lines: string[], size = 10, weight = 'normal', fill = '#1c1917'): string {
  const top = y - ((lines.length - 1) * (size + 2)) / 2;
  const spans = lines
    .map((l, k) => `<tspan x="${x}" y="${(top + k * (size + 2) + size / 3).toFixed(1)}">${esc(l)}</tspan>`)
    .join('');
  return `<text font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="middle">${spans}</text>`;
}

interface Placed {
  x: number;
  y: number;
  b: FigureBacker | null;
  text: string;
}

function row(items: Placed['b'][], more: number, y: number, x0: number, x1: number): Placed[] {
  const texts = items.map((b) => (b ? `${b.name}${b.initiatives > 1 ? ` (×${b.initiatives})` : ''}` : ''));
  if (more) texts.push(`and ${more} more`);
  const n = texts.length;
  const step = (x1 - x0) / n;
  return texts.map((text, k) => ({ x: x0 + step * (k + 0.5), y, b: items[k] ?? null, text }));
}

function column(items: Placed['b'][], x: number, y0: number, y1: number): Placed[] {
  const n = items.length;
  const step = (y1 - y0) / Math.max(n, 1);
  return items.map((b, k) => ({
    x,
    y: y0 + step * (k + 0.5),
    b,
    text: b ? `${b.name}${b.initiatives > 1 ? ` (×${b.initiatives})` : ''}` : '',
  }));
}

function box(p: Placed, lever: Lever): string {
  const opp = p.b?.opposes ?? false;
  const stroke = opp ? OPPOSE_COLOUR : LEVER_LOOK[lever].colour;
  const fill = opp ? '#fef2f2' : '#ffffff';
  const dash = p.b?.placeholder ? ' stroke-dasharray="4 2"' : '';
  return (
    `<rect x="${p.x - BOX_W / 2}" y="${p.y - BOX_H / 2}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dash}/>` +
    label(p.x, p.y, wrap(p.text, 20), 9)
  );
}

function line(from: Placed, to: { x: number; y: number }, lever: Lever): string {
  const opp = from.b?.opposes ?? false;
  const colour = opp ? OPPOSE_COLOUR : LEVER_LOOK[lever].colour;
  const dash = LINE_DASH[LEVER_LOOK[lever].line];
  return `<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function notRecorded(x: number, y: number, w: number, h: number): string {
  return (
    `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="4" fill="#fafaf9" stroke="#78716c" stroke-width="1.5" stroke-dasharray="2 3"/>` +
    label(x, y, ['Not recorded', '(unknown, not a gap)'], 9, 'normal', '#44403c')
  );
}

function legend(y: number): string {
  const items = [
    ...LEVERS.map((l) => ({
      colour: LEVER_LOOK[l].colour,
      dash: LINE_DASH[LEVER_LOOK[l].line],
      words: `${LEVER_LOOK[l].lane.split(' (')[0]}: ${LEVER_LOOK[l].who} (${LEVER_LOOK[l].line})`,
    })),
    { colour: OPPOSE_COLOUR, dash: '', words: 'Red: the backer opposes it' },
    { colour: '#78716c', dash: '2 3', words: 'Grey dotted box: not recorded in the sources' },
  ];
  const parts = [
    `<text x="16" y="${y}" font-family="${FONT}" font-size="11" font-weight="bold" fill="#1c1917">Legend</text>`,
  ];
  items.forEach((it, k) => {
    const col = k % 2;
    const yy = y + 18 + Math.floor(k / 2) * 18;
    const x = 16 + col * 350;
    parts.push(
      `<line x1="${x}" y1="${yy - 3}" x2="${x + 36}" y2="${yy - 3}" stroke="${it.colour}" stroke-width="3"${it.dash ? ` stroke-dasharray="${it.dash}"` : ''}/>`,
      `<text x="${x + 44}" y="${yy}" font-family="${FONT}" font-size="10" fill="#1c1917">${esc(it.words)}</text>`,
    );
  });
  return parts.join('');
}

export function leverFigureSvg(f: LeverFigure): string {
  const W = FIGURE_WIDTH;
  const centre = { x: W / 2, y: 230 };
  const parts: string[] = [];
  const laneTitle = (lever: Lever, x: number, y: number, anchor = 'start') =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="11" font-weight="bold" fill="${LEVER_LOOK[lever].colour}" text-anchor="${anchor}">${esc(LEVER_LOOK[lever].lane)}</text>`;

  // Sponsors above.
  parts.push(laneTitle('DOWNWARD', 16, 20));
  const down = f.lanes.DOWNWARD;
  const top = down.backers.length ? row(down.backers, down.more, 60, 16, W - 16) : [];
  // Partnerships beside: half to the left, half to the right.
  const side = f.lanes.SIDEWARD;
  const half = Math.ceil(side.backers.length / 2);
  const left = column(side.backers.slice(0, half), 80, 120, 340);
  const right = column(side.backers.slice(half), W - 80, 120, 340);
  if (side.more) right.push({ x: W - 80, y: 350, b: null, text: `and ${side.more} more` });
  parts.push(laneTitle('SIDEWARD', 16, 112));
  // Community below.
  const up = f.lanes.UPWARD;
  const bottom = up.backers.length ? row(up.backers, up.more, 410, 16, W - 16) : [];
  parts.push(laneTitle('UPWARD', 16, 450));

  const lines: string[] = [];
  const boxes: string[] = [];
  for (const [lever, placed] of [
    ['DOWNWARD', top],
    ['SIDEWARD', [...left, ...right]],
    ['UPWARD', bottom],
  ] as const) {
    for (const p of placed) {
      if (p.b) lines.push(line(p, centre, lever));
      boxes.push(p.b ? box(p, lever) : label(p.x, p.y, [p.text], 9, 'normal', '#44403c'));
    }
  }
  if (down.state === 'NOT_RECORDED') boxes.push(notRecorded(W / 2, 60, 160, BOX_H));
  if (side.state === 'NOT_RECORDED') boxes.push(notRecorded(80, 230, 130, BOX_H), notRecorded(W - 80, 230, 130, BOX_H));
  if (up.state === 'NOT_RECORDED') boxes.push(notRecorded(W / 2, 410, 160, BOX_H));

  const centreBox =
    `<rect x="${centre.x - 110}" y="${centre.y - 30}" width="220" height="60" rx="8" fill="#334155" stroke="#0f172a" stroke-width="2"/>` +
    label(centre.x, centre.y, wrap(f.centre, 34), 11, 'bold', '#ffffff');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${FIGURE_HEIGHT}" viewBox="0 0 ${W} ${FIGURE_HEIGHT}">`,
    `<rect x="0" y="0" width="${W}" height="${FIGURE_HEIGHT}" fill="#ffffff"/>`,
    ...lines,
    ...parts,
    ...boxes,
    centreBox,
    legend(482),
    '</svg>',
  ].join('\n');
}
