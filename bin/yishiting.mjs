#!/usr/bin/env node
// The installed command. The CLI itself is built to dist/ by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/main/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('yishiting: the app is not built yet. Run `npm run build` in the project folder.');
  process.exit(2);
}
const { runCli } = await import(pathToFileURL(cli).href);
runCli(process.argv);
