import { execFileSync } from 'node:child_process';

/** The e2e suite tests the built app; build it unless it is already up to date. */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
}
