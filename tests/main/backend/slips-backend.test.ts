import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanStatus } from '../../../shared/api';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { documentExporter } from '../../../main/backend/documents';
import type { LanControl } from '../../../main/backend/lan-control';
import type { MeetingRepository } from '../../../main/backend/repository';
import { seedCatalogue } from '../../../main/backend/seeds';
import { openRepository } from '../../../main/backend/storage-repository';
import { appPaths } from '../../../main/paths';
import { memoryRoomStore } from '../../../main/room/room-store';
import { seedScript } from '../../shared/documents/helpers';
import { ownTempDir, removeTempDirs } from '../storage/helpers';
import { cleanupTemp, pdfText, tempPdf, toolsAvailable } from '../pdf/tools';

// 个人入场条 through the backend: refused while the room is off, printed with the room's URLs
// while it is on, never filed in the meeting's archive, and no other document of the meeting
// (sign-in sheet, minutes, notice) carries a personal code, in its text or anywhere in its file.

/** A LAN display that is on once asked, at one made-up address. */
function fakeLan(): LanControl {
  let enabled = false;
  const status = (): LanStatus => ({
    enabled,
    urls: enabled ? ['http://192.168.1.23:8765/lan?token=t0ken'] : [],
    qrSvg: null,
    connected: 0,
  });
  return {
    status,
    enable: () => ((enabled = true), Promise.resolve(status())),
    disable: () => ((enabled = false), Promise.resolve(status())),
    rotate: () => Promise.resolve(status()),
    tokenValid: () => enabled,
  };
}

let backend: Backend;
const rooms = memoryRoomStore();
const archived: string[] = [];
let ids = 0;
beforeAll(async () => {
  const dataDir = ownTempDir('yst-slips-');
  const repository = await openRepository(dataDir, { lock: false });
  const spied: MeetingRepository = {
    ...repository,
    savePdf: (meetingId, fileName, bytes) => {
      archived.push(fileName);
      return repository.savePdf(meetingId, fileName, bytes);
    },
  };
  backend = createBackend({
    repository: spied,
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => 1_800_000_000_000,
    newId: () => `m${++ids}`,
    documents: documentExporter(dataDir),
    lan: fakeLan(),
    rooms,
  });
}, 60_000);
afterAll(async () => {
  cleanupTemp();
  await backend.close();
  removeTempDirs();
});

type File = { fileName: string; base64: string };

async function exportFile(request: Record<string, unknown>): Promise<File> {
  const result = await backend.handle('chair', 'documents/export', request);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as File;
}

/** Every byte of the PDF with its streams (and the embedded content file) decompressed. */
function uncompressed(file: File): string {
  const path = tempPdf(Buffer.from(file.base64, 'base64'));
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString('latin1');
}

describe.runIf(toolsAvailable)('personal slips through the backend', () => {
  it('refuses while the room is off, then prints one slip per member, unsigned and unarchived', async () => {
    // The demo meeting before its close: the room dies with the meeting.
    const script = seedScript('courtyard-repairs');
    const commands = (script.commands as { type: string }[]).filter(
      (c) => c.type !== 'meeting/close',
    );
    const imported = await backend.handle('chair', 'meetings/importScript', {
      script: { ...script, commands },
    });
    const meetingId = (imported as { value: { meetingId: string } }).value.meetingId;
    const request = { meetingId, kind: 'slips', locale: 'zh-CN' };
    expect(await backend.handle('chair', 'documents/export', request)).toMatchObject({
      ok: false,
      error: { code: 'room.off' },
    });
    expect(await backend.handle('chair', 'room/set', { enabled: true, meetingId })).toMatchObject({
      ok: true,
    });
    const slips = await exportFile(request);
    expect(slips.fileName).toMatch(/个人二维码.*\.pdf$/);
    expect(archived).not.toContain(slips.fileName);
    const bytes = Buffer.from(slips.base64, 'base64');
    expect(bytes.toString('latin1')).not.toContain('/ByteRange');
    const text = pdfText(tempPdf(bytes)).replace(/\s+/g, '');
    for (const name of ['陈德明', '刘晓燕', '周建国', '赵丽华']) expect(text).toContain(name);

    // The codes the slips carry (the room keeps them): on none of the meeting's shared papers.
    const codes = Object.values((await rooms.loadRoom(meetingId))?.personal ?? {});
    expect(codes.length).toBeGreaterThan(3);
    const others = [
      await exportFile({ meetingId, kind: 'signin', locale: 'zh-CN' }),
      await exportFile({ meetingId, kind: 'signin', locale: 'zh-CN', blank: true }),
      await exportFile({ meetingId, kind: 'minutes', locale: 'zh-CN' }),
      await exportFile({ meetingId, kind: 'notice', locale: 'zh-CN', voteId: 'v1' }),
    ];
    for (const file of others) {
      expect(archived).toContain(file.fileName);
      const raw = uncompressed(file);
      expect(raw, file.fileName).not.toContain('join?code');
      for (const code of codes) expect(raw, file.fileName).not.toContain(code);
    }
  }, 120_000);
});
