/** A brief's content in one of its formats: the PDF, the Word document, or the lever picture alone. */
import type { BriefContent } from './content.js';
import { briefDocx } from './docx.js';
import { leverFigureSvg } from './figure.js';
import { briefPdf } from './pdf.js';

export const BRIEF_MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  svg: 'image/svg+xml',
} as const;
export type BriefFormat = keyof typeof BRIEF_MIME;

export async function renderBrief(content: BriefContent, format: BriefFormat): Promise<Buffer | string> {
  if (format === 'pdf') return briefPdf(content);
  if (format === 'docx') return briefDocx(content);
  return leverFigureSvg(content.figure);
}
