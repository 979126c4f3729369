/**
 * A board brief as a PDF, laid out with pdfkit; the lever picture is drawn as vectors by svg-to-pdfkit from the
 * same SVG the DOCX embeds. Only PDF's standard fonts are used, so nothing depends on the fonts of the server.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { BriefContent } from './content.js';
import { FIGURE_HEIGHT, FIGURE_WIDTH, leverFigureSvg } from './figure.js';

const MARGIN = 50;
const cites = (ns: number[]) => (ns.length ? ` [${[...new Set(ns)].join(', ')}]` : '');

export function briefPdf(c: BriefContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: c.title, Author: 'Levermap', Subject: `Board brief on ${c.kindLabel}` },
    // A fixed creation date keeps two briefs of the same day byte-comparable.
    pdfVersion: '1.7',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (t: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor('#1c1917').text(t);
    doc.moveDown(0.3).font('Helvetica').fontSize(10.5);
  };
  const para = (t: string) => doc.font('Helvetica').fontSize(10.5).fillColor('#1c1917').text(t, { width });
  const bullet = (t: string) => doc.font('Helvetica').fontSize(10.5).text(`•  ${t}`, { width, indent: 0 });

  doc.font('Helvetica-Bold').fontSize(20).fillColor('#1c1917').text(c.title, { width });
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#44403c')
    .text(`Made on ${c.generated}. Facts as of ${c.asOf}. A Levermap brief on ${c.kindLabel}.`);

  heading('Summary');
  for (const p of c.summary) para(p).moveDown(0.3);

  heading('The lever picture');
  const scale = width / FIGURE_WIDTH;
  const figH = FIGURE_HEIGHT * scale;
  if (doc.y + figH > doc.page.height - MARGIN) doc.addPage();
  // Scaled here rather than by svg-to-pdfkit's width option, which keeps the SVG's own size in points.
  doc.save().translate(MARGIN, doc.y).scale(scale);
  SVGtoPDF(doc, leverFigureSvg(c.figure), 0, 0, { width: FIGURE_WIDTH, height: FIGURE_HEIGHT, assumePt: true });
  doc.restore();
  doc.y += figH + 6;
  doc.x = MARGIN;
  doc.font('Helvetica-Bold').fontSize(11).text('Legend');
  for (const l of c.legend) bullet(`${l.mark}: ${l.words}`);

  heading('Flags and their rules');
  if (!c.flags.length) para('No flag is raised.');
  for (const f of c.flags) {
    doc.font('Helvetica-Bold').fontSize(11).text(`${f.label} (${f.kind.toLowerCase()})`, { width });
    para(`Rule: ${f.rule}${cites(f.ruleCites)}`);
    para(`Why it matters: ${f.why}`);
    for (const w of f.where) bullet(`${w.initiative}: ${w.detail}${cites(w.cites)}`);
    doc.moveDown(0.4);
  }

  heading('Gaps');
  if (c.gaps.length) for (const g of c.gaps) bullet(g);
  else para('No lever is confirmed absent by a source.');
  if (c.notRecorded.length) {
    para('Not recorded (unknown, not gaps):').moveDown(0.2);
    for (const n of c.notRecorded) bullet(n);
  }

  heading('Fragility');
  for (const f of c.fragility) bullet(f);

  heading('Citations');
  for (const x of c.citations)
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .text(`[${x.n}] ${x.title}, line ${x.line}: “${x.quote}”`, { width })
      .moveDown(0.15);
  doc.end();
  return done;
}
