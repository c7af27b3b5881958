import { Inflate, strFromU8 } from 'fflate';
import { createHash, type Hash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { StorageError } from './errors';

/**
 * Reading an archive nobody vouches for. A zip's declared sizes are only claims: a few MB can
 * inflate to gigabytes while claiming 100 bytes, and fflate's unzipSync keeps inflating past the
 * claim. So this reader walks the central directory itself, refuses too many entries, too large a
 * declared total and bad names before inflating anything, then inflates each entry in small
 * pieces, counting the bytes that come out and stopping the moment they exceed what the entry
 * declared. Between pieces it gives the event loop a turn, so the backend keeps answering other
 * clients while a large archive is read.
 */
export type UnzipLimits = Readonly<{
  maxEntries: number;
  /** Upper bound of the declared sizes added up; with the per-entry check, of the real output. */
  maxTotalBytes: number;
  acceptName: (name: string) => boolean;
}>;

export type UnzippedEntry = Readonly<{ bytes: Uint8Array; sha256: string }>;

type DirectoryEntry = Readonly<{
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}>;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/**
 * Input is fed to the inflater in pieces sized from what the last piece gave: deflate can expand
 * ~1032:1 and a cold inflater on a busy laptop may manage only a few MB per second, so the first
 * piece is tiny (a bomb is caught after its first few dozen bytes) and each next piece aims at
 * about PIECE_MS of work at the ratio and speed seen so far.
 */
const FIRST_PIECE = 64;
const MAX_PIECE = 64 * 1024;
const PIECE_MS = 2;
const MIN_OUTPUT = 8 * 1024;
const MAX_OUTPUT = 1024 * 1024;
/** Longest stretch of work before the event loop gets a turn. */
const SLICE_MS = 5;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Called between pieces of work: gives the event loop a turn once SLICE_MS have passed. */
function pacer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await nextTurn();
    since = performance.now();
  };
}

function directory(zip: Uint8Array, file: string, limits: UnzipLimits): DirectoryEntry[] {
  const notAnArchive = () => new StorageError('refused.notAnArchive', { file });
  const tooLarge = () =>
    new StorageError('refused.archiveTooLarge', { file, limit: limits.maxTotalBytes });
  // The end record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(zip, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notAnArchive();
  const count = u16(zip, end + 10);
  const start = u32(zip, end + 16);
  // 0xffff / 0xffffffff mean zip64: only archives far beyond the limits need it.
  if (count > limits.maxEntries || count === 0xffff) throw tooLarge();
  if (start === 0xffffffff) throw tooLarge();
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let badName: string | undefined;
  for (let i = 0, at = start; i < count; i++) {
    if (at + 46 > end || u32(zip, at) !== DIRECTORY_ENTRY) throw notAnArchive();
    const flags = u16(zip, at + 8);
    const nameLength = u16(zip, at + 28);
    if (at + 46 + nameLength > end) throw notAnArchive();
    const rawName = zip.subarray(at + 46, at + 46 + nameLength);
    const name = strFromU8(rawName, (flags & 0x800) === 0);
    const entry: DirectoryEntry = {
      name,
      method: u16(zip, at + 10),
      compressedSize: u32(zip, at + 20),
      declaredSize: u32(zip, at + 24),
      localOffset: u32(zip, at + 42),
    };
    // Encrypted entries and methods other than stored/deflate never come from our export.
    if (flags & 1 || (entry.method !== STORED && entry.method !== DEFLATED)) throw notAnArchive();
    total += entry.declaredSize;
    if (total > limits.maxTotalBytes) throw tooLarge();
    // A second entry of the same name could hide behind the first one's checksum.
    if (!limits.acceptName(name) || names.has(name)) badName ??= name;
    names.add(name);
    entries.push(entry);
    at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
  }
  if (badName !== undefined)
    throw new StorageError('refused.badEntryName', { file, entry: badName.slice(0, 120) });
  return entries;
}

function entryData(zip: Uint8Array, entry: DirectoryEntry, file: string): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > zip.length || u32(zip, at) !== LOCAL_HEADER)
    throw new StorageError('refused.notAnArchive', { file });
  const start = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
  if (start + entry.compressedSize > zip.length)
    throw new StorageError('refused.notAnArchive', { file });
  return zip.subarray(start, start + entry.compressedSize);
}

async function hashInPieces(bytes: Uint8Array, hash: Hash, pace: () => Promise<void>) {
  for (let at = 0; at < bytes.length; at += 1024 * 1024) {
    hash.update(bytes.subarray(at, at + 1024 * 1024));
    await pace();
  }
}

async function inflateEntry(
  data: Uint8Array,
  entry: DirectoryEntry,
  file: string,
  pace: () => Promise<void>,
): Promise<UnzippedEntry> {
  const oversized = () =>
    new StorageError('refused.archiveEntryOversized', {
      file,
      entry: entry.name.slice(0, 120),
      declared: entry.declaredSize,
    });
  const hash = createHash('sha256');
  if (entry.method === STORED) {
    if (data.length > entry.declaredSize) throw oversized();
    if (data.length < entry.declaredSize) throw new StorageError('refused.notAnArchive', { file });
    await hashInPieces(data, hash, pace);
    return { bytes: data, sha256: hash.digest('hex') };
  }
  const out = new Uint8Array(entry.declaredSize);
  let produced = 0;
  let over = false;
  const inflater = new Inflate((piece) => {
    if (over || produced + piece.length > entry.declaredSize) {
      over = true;
      return;
    }
    out.set(piece, produced);
    produced += piece.length;
    hash.update(piece);
  });
  try {
    let at = 0;
    let piece = FIRST_PIECE;
    for (;;) {
      const end = Math.min(data.length, at + piece);
      const before = produced;
      const started = performance.now();
      inflater.push(data.subarray(at, end), end === data.length);
      if (over) throw oversized();
      at = end;
      if (at === data.length) break;
      const speed = (produced - before) / Math.max(0.05, performance.now() - started);
      await pace();
      const output = Math.min(MAX_OUTPUT, Math.max(MIN_OUTPUT, speed * PIECE_MS));
      const ratio = Math.max(1, produced / at);
      piece = Math.min(MAX_PIECE, Math.max(FIRST_PIECE, Math.floor(output / ratio)));
    }
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError('refused.notAnArchive', { file });
  }
  // Less than declared: the stream ended early, so the entry is cut short.
  if (produced !== entry.declaredSize) throw new StorageError('refused.notAnArchive', { file });
  return { bytes: out, sha256: hash.digest('hex') };
}

/**
 * Every entry of `zip` with its SHA-256, or a StorageError naming `file` (a base name, shown to
 * the user). Refusals: notAnArchive, archiveTooLarge (entries or declared total), badEntryName,
 * archiveEntryOversized (an entry inflates beyond its declared size: a zip bomb).
 */
export async function unzipBounded(
  zip: Uint8Array,
  file: string,
  limits: UnzipLimits,
): Promise<Map<string, UnzippedEntry>> {
  const pace = pacer();
  const entries = new Map<string, UnzippedEntry>();
  for (const entry of directory(zip, file, limits)) {
    entries.set(entry.name, await inflateEntry(entryData(zip, entry, file), entry, file, pace));
  }
  return entries;
}
