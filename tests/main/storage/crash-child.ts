// Child process of the crash test: replays a long script of appends against a data folder and
// prints "ack <seq>" once each append is durable. The parent SIGKILLs it at random moments.
import { openStore, StorageError } from '../../../main/storage';
import { fakeCodec, type FakeEvent } from './fake-codec';

const [dataDir, meetingId = 'crash'] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-child DATA_DIR [MEETING_ID]');

const store = await openStore(dataDir, fakeCodec, {
  compactEvery: 25,
  backupEvery: 50,
  keepBackups: 3,
});
const open = async () => {
  try {
    return await store.openMeeting(meetingId);
  } catch (error) {
    if (error instanceof StorageError && error.notice.code === 'error.notFound')
      return store.createMeeting(meetingId);
    throw error;
  }
};
let session = await open();
process.stdout.write(`ready ${session.eventCount()}\n`);

let next = session.eventCount() + 1;
const event = (kind: number): FakeEvent => {
  const seq = next++;
  const at = 1_700_000_000_000 + seq * 1000;
  if (kind === 0)
    return { type: 'note/added', seq, at, by: 'chair', text: '议事'.repeat(50 + (seq % 700)) };
  if (kind === 1) return { type: 'timer/started', seq, at, by: 'chair' };
  return { type: 'counter/added', seq, at, by: 'chair', amount: seq % 7 };
};

for (;;) {
  const roll = Math.random();
  if (roll < 0.6) {
    const ack = await session.append(event(Math.floor(Math.random() * 6)));
    process.stdout.write(`ack ${ack.seq}\n`);
  } else if (roll < 0.85) {
    // A burst of independent commands: group commit writes them in one go.
    const acks = await Promise.all(
      Array.from({ length: 2 + Math.floor(Math.random() * 8) }, () => session.append(event(2))),
    );
    process.stdout.write(acks.map((a) => `ack ${a.seq}\n`).join(''));
  } else if (roll < 0.99) {
    // One command producing several events, written together.
    const ack = await session.append([event(1), event(2), event(0)]);
    process.stdout.write(`ack ${ack.seq}\n`);
  } else {
    await session.close();
    session = await open();
  }
}
