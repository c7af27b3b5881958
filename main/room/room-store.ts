import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-file';
import { errnoCode } from '../storage/errors';
import { DIR_MODE, nodeFs, type StorageFs } from '../storage/fs-layer';

/**
 * What a room keeps on disk so a restart keeps phones joined: its codes, the personal codes on
 * the slips, and each member's one device. Secrets, so 0600 like the rest of the data folder.
 */
const tallySchema = z.object({
  heads: z.number().int().nonnegative(),
  households: z.number().int().nonnegative(),
  area: z.number().int().nonnegative(),
});

export const roomRecordSchema = z.object({
  meetingId: z.string(),
  roomToken: z.string(),
  shortCode: z.string(),
  personal: z.record(z.string(), z.string()),
  devices: z.record(
    z.string(),
    z.object({ key: z.string(), joinedAt: z.number(), how: z.enum(['slip', 'room']) }),
  ),
});
export type RoomRecord = z.infer<typeof roomRecordSchema>;

/**
 * The ballot box of a meeting's secret votes: per vote, who has voted (sorted, no times) and the
 * choices' aggregate, and the ballot ids phones spent (sorted, so a re-send after a restart is
 * still answered "counted"; absent in boxes written before). Nothing in it links a member to a
 * choice or to a ballot id.
 */
export const ballotBoxSchema = z.record(
  z.string(),
  z.object({
    voters: z.array(z.string()),
    counts: z.record(z.string(), tallySchema),
    ballots: z.array(z.string()).optional(),
  }),
);
export type BallotBox = z.infer<typeof ballotBoxSchema>;

export type RoomStore = Readonly<{
  loadRoom(meetingId: string): Promise<RoomRecord | null>;
  saveRoom(record: RoomRecord): Promise<void>;
  loadBox(meetingId: string): Promise<BallotBox>;
  saveBox(meetingId: string, box: BallotBox): Promise<void>;
}>;

/** For a backend without a data folder (tests of other layers): forgotten on exit. */
export function memoryRoomStore(): RoomStore {
  const rooms = new Map<string, string>();
  const boxes = new Map<string, string>();
  return {
    loadRoom: (id) =>
      Promise.resolve(rooms.has(id) ? roomRecordSchema.parse(JSON.parse(rooms.get(id)!)) : null),
    saveRoom: (record) => Promise.resolve(void rooms.set(record.meetingId, JSON.stringify(record))),
    loadBox: (id) =>
      Promise.resolve(boxes.has(id) ? ballotBoxSchema.parse(JSON.parse(boxes.get(id)!)) : {}),
    saveBox: (id, box) => Promise.resolve(void boxes.set(id, JSON.stringify(box))),
  };
}

/** rooms/<meetingId>.json and rooms/<meetingId>.box.json in the data folder, written atomically. */
export function fileRoomStore(dataDir: string, fs: StorageFs = nodeFs): RoomStore {
  const dir = path.join(path.resolve(dataDir), 'rooms');
  const ensureDir = async () => {
    try {
      await fs.mkdir(dir);
      await fs.chmod(dir, DIR_MODE);
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
  };
  const read = async <T>(file: string, schema: z.ZodType<T>): Promise<T | null> => {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path.join(dir, file));
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    const parsed = schema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!parsed.success) throw new Error(`rooms/${file} is not a valid room file`);
    return parsed.data;
  };
  const write = async (file: string, value: unknown) => {
    await ensureDir();
    await writeFileAtomic(fs, path.join(dir, file), `${JSON.stringify(value)}\n`);
  };
  return {
    loadRoom: (id) => read(`${id}.json`, roomRecordSchema),
    saveRoom: (record) => write(`${record.meetingId}.json`, record),
    loadBox: async (id) => (await read(`${id}.box.json`, ballotBoxSchema)) ?? {},
    saveBox: (id, box) => write(`${id}.box.json`, box),
  };
}
