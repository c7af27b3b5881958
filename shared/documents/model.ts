import { z } from 'zod';
import { LOCALES } from '../i18n/types';

// The document model: what a PDF says, not how it is drawn. Builders in shared/ (buildMinutes,
// buildNotice, buildSignInSheet) produce it from the meeting state with every word already
// translated; main/pdf lays it out and the chair console's preview renders the same model on
// screen. Pure data: no I/O, no measurements, no fonts. Lengths are in millimetres because the
// official layout (GB/T 9704-2012) is specified in millimetres.

/** A span of text with its own weight, for "label: value" lines inside one paragraph. */
export const TextRunSchema = z.object({ text: z.string(), bold: z.boolean().optional() });
export type TextRun = z.infer<typeof TextRunSchema>;

/** Plain text, or runs of text that differ only in weight. */
export const RichTextSchema = z.union([z.string(), z.array(TextRunSchema).readonly()]);
export type RichText = z.infer<typeof RichTextSchema>;

export const AlignSchema = z.enum(['left', 'center', 'right', 'justify']);
export type Align = z.infer<typeof AlignSchema>;

const title = z.object({
  type: z.literal('title'),
  /** Broken into balanced lines (GB/T 9704: the title's lines are about equally long). */
  text: z.string().min(1),
});

const addressee = z.object({
  type: z.literal('addressee'),
  /** On its own line, flush left, ending with a full-width colon: "全体居民：". */
  text: z.string().min(1),
});

const heading = z.object({
  type: z.literal('heading'),
  text: z.string().min(1),
  /** 1: bold sans at body size (一、); 2: bold body face (（一）). */
  level: z.union([z.literal(1), z.literal(2)]),
});

const paragraph = z.object({
  type: z.literal('paragraph'),
  text: RichTextSchema,
  /** First-line indent of two characters (default true for justified body text). */
  indent: z.boolean().optional(),
  align: AlignSchema.optional(),
  /** 'small' is for notes and the chair's remarks; 'body' is the default. */
  size: z.enum(['body', 'small']).optional(),
});

const fields = z.object({
  type: z.literal('fields'),
  /** "名称：……" pairs; two columns put short values side by side. */
  items: z.array(z.object({ label: z.string(), value: z.string() })).readonly(),
  columns: z.union([z.literal(1), z.literal(2)]).optional(),
});

export const TableColumnSchema = z.object({
  header: z.string(),
  /** Relative weight: the renderer shares the text width in proportion. */
  width: z.number().positive(),
  align: z.enum(['left', 'center', 'right']).optional(),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

const table = z.object({
  type: z.literal('table'),
  columns: z.array(TableColumnSchema).min(1).readonly(),
  /** Each row has one cell per column. */
  rows: z.array(z.array(z.string()).readonly()).readonly(),
  /** The header row is repeated at the top of every page the table continues on. */
  repeatHeader: z.boolean().optional(),
  /** Minimum row height, e.g. room to sign by hand on the sign-in sheet. */
  minRowHeightMm: z.number().positive().optional(),
});

const signatures = z.object({
  type: z.literal('signatures'),
  /** One line per signer: "主持人：王建国  签字：________". */
  items: z.array(z.object({ label: z.string(), name: z.string().optional() })).readonly(),
  /** Word printed before the blank line, e.g. "签字". */
  signLabel: z.string(),
  columns: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
});

const issuer = z.object({
  type: z.literal('issuer'),
  /** Issuing bodies, one per line, right-aligned above the date. */
  lines: z.array(z.string()).min(1).readonly(),
  /** Already formatted: "2026年5月1日". */
  date: z.string(),
  /** Leave room above for the round seal that is stamped over issuer and date. */
  sealRoom: z.boolean().optional(),
});

const qr = z.object({
  type: z.literal('qr'),
  /** What the code carries; omitted: the renderer encodes the document's content fingerprint. */
  payload: z.string().optional(),
  caption: z.string().optional(),
  sizeMm: z.number().positive().max(60).optional(),
});

const spacer = z.object({ type: z.literal('spacer'), heightMm: z.number().nonnegative() });
const pageBreak = z.object({ type: z.literal('pageBreak') });

export const BlockSchema = z.discriminatedUnion('type', [
  title,
  addressee,
  heading,
  paragraph,
  fields,
  table,
  signatures,
  issuer,
  qr,
  spacer,
  pageBreak,
]);
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = Block['type'];
/** The block of one type, e.g. `BlockOf<'table'>`. */
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

export const DocumentKindSchema = z.enum(['minutes', 'notice', 'signInSheet']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/**
 * 'official': GB/T 9704 sizes (title 22 pt, body 16 pt, 28 mm / 37 mm margins) for notices;
 * 'standard': the same text block with compact type for long minutes and sheets.
 */
export const LayoutSchema = z.enum(['official', 'standard']);
export type Layout = z.infer<typeof LayoutSchema>;

/** 'pageOfTotal': "第 N 页 共 M 页"; 'dash': "— N —" as in official documents; 'none'. */
export const PageNumberStyleSchema = z.enum(['pageOfTotal', 'dash', 'none']);
export type PageNumberStyle = z.infer<typeof PageNumberStyleSchema>;

export const DocumentMetaSchema = z.object({
  title: z.string().min(1),
  subject: z.string().optional(),
  author: z.string().optional(),
  keywords: z.string().optional(),
  /** Printed at the foot of every page of a signed document: the signing certificate's fingerprint. */
  fingerprintLine: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const DocumentModelSchema = z.object({
  version: z.literal(1),
  kind: DocumentKindSchema,
  locale: z.enum(LOCALES),
  layout: LayoutSchema,
  meta: DocumentMetaSchema,
  /** Running header on every page (the meeting's name), or null for none. */
  header: z.string().nullable(),
  pageNumbers: PageNumberStyleSchema,
  blocks: z.array(BlockSchema).readonly(),
  /** Names (people, bodies) a line must not break inside; layout keeps each on one line. */
  keep: z.array(z.string()).readonly().optional(),
});

/** A document's content, ready to be laid out as PDF or shown as a preview. */
export type DocumentModel = z.infer<typeof DocumentModelSchema>;

/** The plain text of rich text, e.g. for a preview's accessible label or a search index. */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}
