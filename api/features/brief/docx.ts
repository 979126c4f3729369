/**
 * A board brief as a Word document (docx), with the same content as the PDF. The lever picture goes in as SVG,
 * with a PNG for readers that cannot draw SVG (rendered by resvg from the same SVG).
 */
import { Resvg } from '@resvg/resvg-js';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { BriefContent } from './content.js';
import { FIGURE_HEIGHT, FIGURE_WIDTH, leverFigureSvg } from './figure.js';

const cites = (ns: number[]) => (ns.length ? ` [${[...new Set(ns)].join(', ')}]` : '');
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
const h = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

/** The figure as a PNG at twice its size, so it stays sharp when printed. */
export function figurePng(svg: string): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: FIGURE_WIDTH * 2 } }).render().asPng());
}

export async function briefDocx(c: BriefContent): Promise<Buffer> {
  const svg = leverFigureSvg(c.figure);
  // 600 px wide fits an A4 page inside Word's default margins.
  const size = { width: 600, height: Math.round((600 * FIGURE_HEIGHT) / FIGURE_WIDTH) };
  const children: Paragraph[] = [
    new Paragraph({ text: c.title, heading: HeadingLevel.TITLE }),
    p(`Made on ${c.generated}. Facts as of ${c.asOf}. A Levermap brief on ${c.kindLabel}.`),
    h('Summary'),
    ...c.summary.map(p),
    h('The lever picture'),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(svg),
          transformation: size,
          fallback: { type: 'png', data: figurePng(svg) },
          altText: {
            name: 'Lever picture',
            title: 'Lever picture',
            description: 'Sponsors above, partnerships beside, community below the subject of the brief.',
          },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: 'Legend', bold: true })] }),
    ...c.legend.map((l) => bullet(`${l.mark}: ${l.words}`)),
    h('Flags and their rules'),
    ...(c.flags.length ? [] : [p('No flag is raised.')]),
    ...c.flags.flatMap((f) => [
      new Paragraph({ children: [new TextRun({ text: `${f.label} (${f.kind.toLowerCase()})`, bold: true })] }),
      p(`Rule: ${f.rule}${cites(f.ruleCites)}`),
      p(`Why it matters: ${f.why}`),
      ...f.where.map((w) => bullet(`${w.initiative}: ${w.detail}${cites(w.cites)}`)),
    ]),
    h('Gaps'),
    ...(c.gaps.length ? c.gaps.map(bullet) : [p('No lever is confirmed absent by a source.')]),
    ...(c.notRecorded.length ? [p('Not recorded (unknown, not gaps):'), ...c.notRecorded.map(bullet)] : []),
    h('Fragility'),
    ...c.fragility.map(bullet),
    h('Citations'),
    ...c.citations.map((x) => p(`[${x.n}] ${x.title}, line ${x.line}: “${x.quote}”`)),
  ];
  const doc = new Document({
    title: c.title,
    creator: 'Levermap',
    description: `Board brief on ${c.kindLabel}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
