// `node --import ./register.mjs dist/main/electron.mjs`: runs the built main process with the
// stand-in `electron` module instead of the real one, which plain Node cannot load.
import { register } from 'node:module';

register('./resolve-electron.mjs', import.meta.url);
