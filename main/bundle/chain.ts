import type { BundleManifest } from './format';

// verifyChain: one community's bundles, as the hub has them, checked as a chain. Every bundle
// names the SHA-256 of the previous one's manifest and carries a sequence number, so
//   - a bundle that never arrived or was deleted leaves a hole in the sequence (a 'missing' gap);
//   - a bundle altered after signing (re-signed by whoever holds the key) no longer has the hash
//     its successor names (a 'broken' gap at that successor);
//   - two different bundles with one sequence number, or naming one predecessor, are a fork
//     (the data folder was copied and both copies went on, or a chain file was rolled back).

/** A bundle's manifest and the SHA-256 of its manifest.json bytes (what a successor names). */
export type ChainEntry = Readonly<{ manifest: BundleManifest; sha256: string }>;

export type ChainGap =
  /** Sequences `from`..`to` (inclusive) are absent. */
  | Readonly<{ kind: 'missing'; from: number; to: number }>
  /** Bundle `sequence` names a predecessor whose manifest is not the one present at sequence-1. */
  | Readonly<{ kind: 'broken'; sequence: number; expected: string; found: string }>;

export type ChainFork = Readonly<{ sequence: number; manifests: readonly string[] }>;

export type ChainReport = Readonly<{
  ok: boolean;
  /** Highest sequence seen (0 with no bundles). */
  head: number;
  gaps: readonly ChainGap[];
  forks: readonly ChainFork[];
}>;

/** Gaps and forks in one community's bundles, in any order; the same bundle twice is one. */
export function verifyChain(entries: readonly ChainEntry[]): ChainReport {
  const bySequence = new Map<number, Map<string, ChainEntry>>();
  for (const entry of entries) {
    const same = bySequence.get(entry.manifest.sequence) ?? new Map<string, ChainEntry>();
    same.set(entry.sha256, entry);
    bySequence.set(entry.manifest.sequence, same);
  }
  const sequences = [...bySequence.keys()].sort((a, b) => a - b);
  const gaps: ChainGap[] = [];
  const forks: ChainFork[] = [];
  let expected = 1;
  for (const sequence of sequences) {
    if (sequence > expected) gaps.push({ kind: 'missing', from: expected, to: sequence - 1 });
    expected = sequence + 1;
    const here = [...bySequence.get(sequence)!.values()];
    if (here.length > 1)
      forks.push({ sequence, manifests: here.map((entry) => entry.sha256).sort() });
    const before = bySequence.get(sequence - 1);
    for (const entry of here) {
      const previous = entry.manifest.previous;
      if (sequence === 1 && previous !== null)
        gaps.push({ kind: 'broken', sequence, expected: 'none', found: previous });
      // Only checked against a predecessor that is present; an absent one is a 'missing' gap.
      if (sequence > 1 && before && (previous === null || !before.has(previous))) {
        const found = [...before.keys()].sort().join(',');
        gaps.push({ kind: 'broken', sequence, expected: previous ?? 'none', found });
      }
    }
  }
  return { ok: gaps.length === 0 && forks.length === 0, head: sequences.at(-1) ?? 0, gaps, forks };
}
