import { execFileSync } from 'node:child_process';

/**
 * Vitest's global setup: brings dist/ up to date once, before any worker starts. Test files that
 * run the built app call the same `--if-needed` build, which is then a no-op; without this, two
 * workers could each find dist/ stale and build it at once, one emptying dist/renderer while the
 * other's server hands it out.
 */
export default function buildBeforeWorkers(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
}
