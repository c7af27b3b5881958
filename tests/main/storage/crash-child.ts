// Child process of the crash test: replays a long meeting script (the generated 4-hour meeting)
// through the real core into the real store, and prints "ack <n>" once the first n events are
// durable. The parent SIGKILLs it at random moments; on each start it resumes where the disk is.
import { dispatch, emptyState, type MeetingState } from '../../../shared/domain';
import { meetingCodec } from '../../../main/backend/storage-repository';
import { openStore, StorageError } from '../../../main/storage';
import { generateMeeting } from '../../bench/generate-meeting';

const [dataDir, meetingId = 'crash'] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-child DATA_DIR [MEETING_ID]');

const { commands } = generateMeeting(42);
const store = await openStore(dataDir, meetingCodec, {
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

// Where the script stands: the commands whose events are on disk, decided again in memory (the
// script is deterministic, so the parent can compare every stored event with the expected one).
let state: MeetingState = emptyState(meetingId);
let next = 0;
while (next < commands.length && state.version < session.eventCount()) {
  const decided = dispatch(state, commands[next++]!);
  if (!decided.ok) throw new Error(`script command ${next - 1}: ${decided.error.code}`);
  state = decided.state;
}
if (state.version !== session.eventCount())
  throw new Error(`disk holds ${session.eventCount()} events, the script ${state.version}`);

/** Decides the next command on the state in memory; null at the end of the script. */
const decideNext = () => {
  const command = commands[next++];
  if (!command) return null;
  const decided = dispatch(state, command);
  if (!decided.ok) throw new Error(`script command ${next - 1}: ${decided.error.code}`);
  state = decided.state;
  return decided;
};

for (;;) {
  const roll = Math.random();
  if (roll < 0.7) {
    const decided = decideNext();
    if (!decided) break;
    if (decided.events.length === 0) continue;
    await session.append([...decided.events]);
    process.stdout.write(`ack ${decided.state.version}\n`);
  } else if (roll < 0.99) {
    // A burst decided at once and written together (group commit), each acknowledged when durable.
    const burst = Array.from({ length: 2 + Math.floor(Math.random() * 8) }, decideNext).filter(
      (d) => d !== null && d.events.length > 0,
    );
    if (burst.length === 0) break;
    const acks = await Promise.all(
      burst.map((d) => session.append([...d!.events]).then(() => d!.state.version)),
    );
    process.stdout.write(acks.map((v) => `ack ${v}\n`).join(''));
  } else {
    await session.close();
    session = await open();
  }
}
// The whole script is on disk: wait for the parent's kill like any other moment.
process.stdout.write('done\n');
setInterval(() => undefined, 1 << 30);
