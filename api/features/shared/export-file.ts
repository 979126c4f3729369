/** A file to save (GraphQL ExportFile): its name, media type, content, and rows or nodes in it. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
  count: number;
}
