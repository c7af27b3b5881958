/**
 * The bytes a pdfkit document writes, gathered as it streams. Subscribe before the first page
 * is drawn: pdfkit emits data while drawing, not only at `end()`.
 */
export function pdfBytes(doc: NodeJS.EventEmitter): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
