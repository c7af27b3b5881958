// Child process of the stale-lock test: takes the data folder's lock the way the app does, says
// "ready", and holds it until it is killed.
import { openStore } from '../../../main/storage';
import { fakeCodec } from './fake-codec';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: lock-holder DATA_DIR');
await openStore(dataDir, fakeCodec);
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);
