import { readFileSync } from 'node:fs';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, DocumentModel, RichText } from '../../shared/documents/model';
import { locateFont } from '../../main/pdf/fonts';
import { mm } from '../../main/pdf/styles';

// The same document model laid out by pdfmake (the engine OpenSlides uses), with the same Noto
// faces, margins and sizes as our 'standard' layout, for the benchmark's comparison. pdfmake gets
// the font files from memory (its virtual file system), so neither engine pays for disk reads.

type VirtualFs = { writeFileSync(name: string, content: Buffer): void };
let fontsReady = false;

function setUpFonts(): void {
  if (fontsReady) return;
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  const files = {
    'serif-regular.ttf': locateFont('serifSC', 'regular'),
    'serif-bold.ttf': locateFont('serifSC', 'bold'),
    'sans-bold.ttf': locateFont('sansSC', 'bold'),
  };
  for (const [name, path] of Object.entries(files)) vfs.writeFileSync(name, readFileSync(path));
  pdfmake.setFonts({
    Serif: {
      normal: 'serif-regular.ttf',
      bold: 'serif-bold.ttf',
      italics: 'serif-regular.ttf',
      bolditalics: 'serif-bold.ttf',
    },
    SansBold: {
      normal: 'sans-bold.ttf',
      bold: 'sans-bold.ttf',
      italics: 'sans-bold.ttf',
      bolditalics: 'sans-bold.ttf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontsReady = true;
}

function rich(text: RichText): Content {
  return typeof text === 'string'
    ? text
    : { text: text.map((run) => ({ text: run.text, bold: run.bold ?? false })) };
}

const noBorders = 'noBorders' as const;

function convert(block: Block): Content {
  switch (block.type) {
    case 'title':
      return {
        text: block.text,
        fontSize: 18,
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 10],
      };
    case 'addressee':
      return { text: block.text, fontSize: 12 };
    case 'heading':
      return block.level === 1
        ? { text: block.text, font: 'SansBold', fontSize: 13, margin: [0, 6, 0, 4] }
        : { text: block.text, bold: true, fontSize: 12, margin: [0, 4, 0, 2] };
    case 'paragraph':
      return {
        stack: [rich(block.text)],
        fontSize: block.size === 'small' ? 10.5 : 12,
        alignment: block.align ?? 'justify',
        leadingIndent: (block.indent ?? true) ? 24 : 0,
        lineHeight: 1.3,
      } as Content;
    case 'fields':
      return {
        layout: noBorders,
        table: {
          widths: Array(block.columns ?? 1).fill('*'),
          body: chunk(
            block.items.map((item) => ({
              text: [{ text: `${item.label}：`, bold: true }, item.value],
            })),
            block.columns ?? 1,
          ),
        },
      };
    case 'table':
      return {
        fontSize: 10.5,
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.columns.map(
            (c) => `${(100 * c.width) / block.columns.reduce((s, x) => s + x.width, 0)}%`,
          ),
          body: [
            block.columns.map((c) => ({
              text: c.header,
              font: 'SansBold',
              alignment: 'center',
              fillColor: '#e8e8e8',
            })),
            ...block.rows.map((row) =>
              block.columns.map((c, i) => ({ text: row[i] ?? '', alignment: c.align ?? 'left' })),
            ),
          ],
        },
      } as Content;
    case 'signatures':
      return {
        layout: noBorders,
        margin: [0, 6, 0, 6],
        table: {
          widths: Array(block.columns ?? 2).fill('*'),
          body: chunk(
            block.items.map((item) => ({
              text: `${[item.label, item.name].filter(Boolean).join('：')}  ${item.label ? `${block.signLabel}：` : ''}________`,
              margin: [0, 8, 0, 8],
            })),
            block.columns ?? 2,
          ),
        },
      } as Content;
    case 'issuer':
      return { stack: [...block.lines, block.date], alignment: 'right', margin: [0, 30, 48, 0] };
    case 'qr':
      return { qr: block.payload ?? 'yishiting', fit: 62 };
    case 'spacer':
      return { text: '', margin: [0, mm(block.heightMm), 0, 0] };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

function chunk<T>(items: readonly T[], size: number): (T | string)[][] {
  const rows: (T | string)[][] = [];
  for (let i = 0; i < items.length; i += size) {
    const row: (T | string)[] = items.slice(i, i + size);
    while (row.length < size) row.push('');
    rows.push(row);
  }
  return rows;
}

/** Renders a document model with pdfmake: same content, fonts, page size, margins and sizes. */
export async function renderWithPdfmake(model: DocumentModel): Promise<Buffer> {
  setUpFonts();
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [mm(28), mm(37), mm(26), mm(35)],
    defaultStyle: { font: 'Serif', fontSize: 12 },
    info: { title: model.meta.title },
    header: () => ({
      text: model.header ?? '',
      fontSize: 9,
      alignment: 'center',
      margin: [0, mm(25), 0, 0],
    }),
    footer: (page: number, pages: number) => ({
      text: `第 ${page} 页 共 ${pages} 页`,
      fontSize: 9,
      alignment: 'center',
    }),
    content: model.blocks.map(convert),
  };
  return pdfmake.createPdf(definition).getBuffer();
}
