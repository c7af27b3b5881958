import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The README's first command is `npm install && npm start`. Electron's postinstall downloads its
// program, which fails offline (and often in China without a mirror), and used to fail the whole
// install. The repo's own allowScripts must keep npm from running it. Installing the whole repo
// takes minutes, so this installs the locked electron package under the repo's allowScripts in a
// scratch project, with its download host pointed at a closed port: npm must still succeed and
// leave Electron's TypeScript API in place. `npm start`'s fallback is tested in start-fallback.spec.
const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version: string }>;
};
const work = mkdtempSync(join(tmpdir(), 'yishiting-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm install without internet', () => {
  it('does not run the Electron download and succeeds', () => {
    const version = lock.packages['node_modules/electron']?.version;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    writeFileSync(
      join(work, 'package.json'),
      JSON.stringify({
        name: 'install-check',
        version: '1.0.0',
        private: true,
        dependencies: { electron: version },
        allowScripts: manifest.allowScripts,
      }),
    );
    const result = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'],
      {
        cwd: work,
        encoding: 'utf8',
        timeout: 120_000,
        // Wherever the download would go, it cannot get there.
        env: {
          ...process.env,
          ELECTRON_MIRROR: 'http://127.0.0.1:9/',
          ELECTRON_SKIP_BINARY_DOWNLOAD: '',
          npm_config_electron_mirror: 'http://127.0.0.1:9/',
        },
      },
    );
    expect(result.stderr).not.toMatch(/ECONNREFUSED|ENOTFOUND|postinstall/);
    expect(result.status).toBe(0);
    const electron = join(work, 'node_modules', 'electron');
    expect(existsSync(join(electron, 'electron.d.ts'))).toBe(true);
    expect(existsSync(join(electron, 'install.js'))).toBe(true);
    // Nothing was downloaded: npm start will run install.js the first time.
    expect(existsSync(join(electron, 'path.txt'))).toBe(false);
  }, 150_000);
});
