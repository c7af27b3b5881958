import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Acceptance (issue 14, "Times are the meeting's own"): every seed meeting's documents, exported
// on machines in three zones, read the same, times included. Each zone is a child process with
// its own TZ, because a process's zone is fixed once Date has been used.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(import.meta.dirname, 'zone-export-child.ts');
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'] as const;
const work = mkdtempSync(join(tmpdir(), 'yst-zones-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every exported file of one zone's run: a PDF as pdftotext reads it, a refusal as its words. */
function exportIn(zone: string): Map<string, string> {
  const out = join(work, zone.replace('/', '-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, out, join(work, 'data')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) throw new Error(`export in ${zone} failed: ${run.stderr}`);
  const texts = new Map<string, string>();
  for (const file of readdirSync(out).sort()) {
    const path = join(out, file);
    texts.set(
      file,
      file.endsWith('.pdf')
        ? execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
        : readFileSync(path, 'utf8'),
    );
  }
  return texts;
}

describe("documents on the meeting's own clock", () => {
  it('reads the same in UTC, Shanghai and Los Angeles, times included', () => {
    const [utc, shanghai, losAngeles] = ZONES.map(exportIn);
    expect(utc && shanghai && losAngeles).toBeTruthy();
    if (!utc || !shanghai || !losAngeles) return;
    expect([...utc.keys()].filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(20);
    expect([...shanghai.keys()]).toEqual([...utc.keys()]);
    expect([...losAngeles.keys()]).toEqual([...utc.keys()]);
    for (const [file, text] of utc) {
      expect(shanghai.get(file), `${file}: UTC vs Asia/Shanghai`).toBe(text);
      expect(losAngeles.get(file), `${file}: UTC vs America/Los_Angeles`).toBe(text);
    }
    // The same, and right: the courtyard meeting opened at 09:42 and closed at 10:41 (+08:00).
    expect(losAngeles.get('courtyard-repairs-minutes.pdf')).toMatch(/09:42\s*—\s*10:41/);
    expect(losAngeles.get('courtyard-repairs-signin.pdf')).toContain('09:');
  }, 600_000);
});
