import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';
import { errnoCode } from '../storage/errors';
import { nodeFs, type StorageFs } from '../storage/fs-layer';
import { safeJsonParse } from '../storage/safe-json';
import { BundleError } from './refusal';

// DATA/bundles/chain.json: where this installation's chain of bundles stands. `last` is what the
// next bundle links to; `meetings` remembers each meeting's latest bundle, so writing a meeting
// whose content has not changed gives that bundle again (same sequence, same bytes) instead of
// a new link. Replaced atomically (temporary file, fsync, rename), and only after the new bundle
// was built and signed, so a failure leaves the chain where it was.

export const CHAIN_FILE = path.join('bundles', 'chain.json');

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const linkSchema = z.strictObject({
  sequence: z.number().int().min(1),
  previous: sha256Hex.nullable(),
  createdAt: z.iso.datetime(),
  /** SHA-256 over the sorted "name sha256" lines of the bundle's files (manifest excluded). */
  content: sha256Hex,
  manifest: sha256Hex,
});

const chainSchema = z.strictObject({
  version: z.literal(1),
  last: z.strictObject({ sequence: z.number().int().min(1), manifest: sha256Hex }).nullable(),
  meetings: z.record(z.string(), linkSchema),
});

export type ChainLink = z.infer<typeof linkSchema>;
export type ChainFile = z.infer<typeof chainSchema>;

const EMPTY: ChainFile = { version: 1, last: null, meetings: {} };
const LIMITS = { maxBytes: 16 * 1024 * 1024, maxDepth: 6, maxStringLength: 1024 };

/**
 * The chain file; a missing one is a first bundle. A damaged one is an error, never a fresh
 * start: starting over at sequence 1 would fork this community's chain at the hub.
 */
export async function readChain(dataDir: string, fs: StorageFs = nodeFs): Promise<ChainFile> {
  const file = path.join(dataDir, CHAIN_FILE);
  let text: string;
  try {
    text = (await fs.readFile(file)).toString('utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return EMPTY;
    throw error;
  }
  const parsed = safeJsonParse(text, LIMITS, CHAIN_FILE);
  const checked = parsed.ok ? chainSchema.safeParse(parsed.value) : null;
  if (!checked?.success) throw new BundleError('chainDamaged', { file });
  return checked.data;
}

export async function writeChain(
  dataDir: string,
  chain: ChainFile,
  fs: StorageFs = nodeFs,
): Promise<void> {
  await fs.mkdir(path.join(dataDir, 'bundles'));
  await writeFileAtomic(fs, path.join(dataDir, CHAIN_FILE), `${JSON.stringify(chain, null, 2)}\n`);
}
