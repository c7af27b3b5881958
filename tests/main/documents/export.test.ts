import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportKind } from '../../../main/documents/export';
import { runVerify } from '../../../main/cli/verify';
import { ensureIdentity, type SigningIdentity } from '../../../main/signing';
import { DocumentInputError } from '../../../shared/documents';
import type { MeetingState, Vote } from '../../../shared/domain';
import { SEED_NAMES, seedState } from '../../shared/documents/helpers';
import { tempDataDir } from '../signing/helpers';
import {
  cleanupTemp,
  overlappingWords,
  pdfFonts,
  pdfsigValidation,
  pdfText,
  run,
  tempPdf,
  toolsAvailable,
  wordBoxes,
} from '../pdf/tools';

// Every seed meeting exported as minutes, notice and sign-in sheet, signed, and checked with the
// real tools: pdfsig's verdict (read from its output: it exits 0 even on a bad digest), a clean
// qpdf --check, only embedded subset fonts, and the words that matter in pdftotext's output.

const NOW = new Date('2026-05-20T02:00:00Z');
const KINDS: readonly ExportKind[] = ['minutes', 'notice', 'signin'];

let dataDir: string;
let identity: SigningIdentity;
const files = new Map<string, string>();
const states = new Map<string, MeetingState>();

/** The vote a seed's notice reports: its last passed vote. */
function noticeVote(state: MeetingState): Vote {
  const votes = state.voteOrder.map((id) => state.votes[id]!);
  return votes.findLast((v) => v.outcome?.result === 'passed') ?? votes[0]!;
}

/** What a vote's counts look like in the text (whitespace removed). */
function countWords(vote: Vote): string[] {
  const counts = vote.outcome?.counts ?? {};
  const heads = (key: string) => counts[key]?.heads ?? 0;
  if (vote.method === 'satisfaction') {
    return [`满意${heads('satisfied')}票`, `基本满意${heads('basicallySatisfied')}票`];
  }
  if (vote.method === 'choice') return vote.options.map((o) => `”${heads(o.optionId)}票`);
  return [`赞成${heads('yes')}票`, `反对${heads('no')}票`, `弃权${heads('abstain')}票`];
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  dataDir = tempDataDir();
  identity = await ensureIdentity(dataDir);
  for (const name of SEED_NAMES) {
    const state = seedState(name);
    states.set(name, state);
    const vote = noticeVote(state);
    for (const kind of KINDS) {
      const pdf = await exportDocument(
        kind === 'notice'
          ? {
              kind,
              state,
              dataDir,
              now: NOW,
              options: { locale: 'zh-CN', voteId: vote.voteId, postedOn: '2026-05-20' },
            }
          : { kind, state, dataDir, now: NOW, options: { locale: 'zh-CN' } },
      );
      files.set(`${name}/${kind}`, tempPdf(pdf));
    }
  }
});
afterAll(cleanupTemp);

describe.runIf(toolsAvailable)('exported PDFs of every seed meeting', () => {
  for (const name of SEED_NAMES) {
    for (const kind of KINDS) {
      it(`${name}: ${kind} is signed, clean, embeds subset fonts and says what it must`, async () => {
        const file = files.get(`${name}/${kind}`) as string;
        const state = states.get(name) as MeetingState;
        expect(pdfsigValidation(file)).toBe('Signature is Valid.');
        const check = run('qpdf', ['--check', file]);
        expect(check.status, check.output).toBe(0);
        expect(check.output).toContain('No syntax or stream encoding errors found');
        expect(check.output).not.toMatch(/WARNING/i);
        const fonts = pdfFonts(file);
        expect(fonts.length).toBeGreaterThan(0);
        for (const font of fonts)
          expect([font.name, font.emb, font.sub]).toEqual([font.name, 'yes', 'yes']);
        const text = squeeze(pdfText(file));
        expect(text).toContain(squeeze(state.meeting?.title ?? '—'));
        // The certificate fingerprint printed on every page is the signing identity's.
        expect(text).toContain(identity.fingerprint.replace(/\s/g, ''));
        if (kind !== 'notice') {
          for (const member of Object.values(state.members)) expect(text).toContain(member.name);
        }
        const votes =
          kind === 'minutes'
            ? state.voteOrder.map((id) => state.votes[id]!)
            : kind === 'notice'
              ? [noticeVote(state)]
              : [];
        for (const vote of votes)
          for (const words of countWords(vote)) expect(text).toContain(words);
        // Nothing drawn over anything else (word boxes from pdftotext -bbox-layout).
        expect(overlappingWords(wordBoxes(file))).toEqual([]);
        const lines: string[] = [];
        expect(await runVerify(file, { dataDir, print: (l) => lines.push(l) })).toBe(0);
      });
    }
  }
});

describe('exportDocument', () => {
  it('leaves an unsigned PDF without signature or fingerprint line', async () => {
    const state = states.get('parking-drying') as MeetingState;
    const other = join(tempDataDir(), 'nothing-here');
    const pdf = await exportDocument({
      kind: 'signin',
      state,
      dataDir: other,
      unsigned: true,
      now: NOW,
      options: { locale: 'en' },
    });
    expect(existsSync(join(other, 'signing'))).toBe(false);
    const file = tempPdf(pdf);
    expect(await runVerify(file, { dataDir, print: () => undefined })).toBe(1);
    if (toolsAvailable) {
      const text = pdfText(file);
      expect(text).toContain('Sign-in sheet');
      expect(text).not.toContain('fingerprint');
    }
  });

  it('refuses a request the meeting cannot satisfy before creating any identity', async () => {
    const other = join(tempDataDir(), 'fresh');
    const request = exportDocument({
      kind: 'notice',
      state: states.get('courtyard-repairs') as MeetingState,
      dataDir: other,
      options: { locale: 'zh-CN', itemId: 'missing', postedOn: '2026-05-20' },
    });
    await expect(request).rejects.toBeInstanceOf(DocumentInputError);
    expect(existsSync(join(other, 'signing'))).toBe(false);
  });
});
