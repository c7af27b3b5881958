import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainText, type Block, type DocumentModel } from '../../../shared/documents';
import { runScript, type MeetingState } from '../../../shared/domain';

// Seed meetings as states, and a model's words as one string, for the builder tests.

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', 'seeds');

/** The seed meeting scripts, by file name without '.json'. */
export const SEED_NAMES = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/** The raw script of a seed, for tests that change it before running it. */
export function seedScript(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SEEDS_DIR, `${name}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Runs a script (a seed by default) to its final state. */
export function seedState(name: string, script: unknown = seedScript(name)): MeetingState {
  const result = runScript(script);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} at ${result.index}`);
  return result.state;
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case 'title':
    case 'addressee':
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [plainText(block.text)];
    case 'fields':
      return block.items.map((item) => `${item.label}：${item.value}`);
    case 'table':
      return [
        block.columns.map((c) => c.header).join('|'),
        ...block.rows.map((row) => row.join('|')),
      ];
    case 'signatures':
      return block.items.map((item) => `${item.label}：${item.name ?? ''}`);
    case 'issuer':
      return [...block.lines, block.date];
    case 'qr':
      return [block.caption ?? ''];
    default:
      return [];
  }
}

/** Every word of the model, one block per line. */
export function modelText(model: DocumentModel): string {
  return model.blocks.flatMap(blockText).join('\n');
}

/** The blocks of one type. */
export function blocksOf<T extends Block['type']>(
  model: DocumentModel,
  type: T,
): Extract<Block, { type: T }>[] {
  return model.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
}

/** The value of the first field with this label. */
export function field(model: DocumentModel, label: string): string | undefined {
  for (const block of blocksOf(model, 'fields')) {
    const hit = block.items.find((item) => item.label === label);
    if (hit) return hit.value;
  }
  return undefined;
}
