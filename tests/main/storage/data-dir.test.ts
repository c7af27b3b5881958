import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../main/storage';

describe('data folder', () => {
  it('matches Electron userData for app name yishiting on each platform', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/li' })).toBe(
      '/home/li/.config/yishiting',
    );
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/li' }),
    ).toBe('/xdg/yishiting');
    expect(
      defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, home: '/home/li' }),
    ).toBe('/home/li/.config/yishiting');
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/li' })).toBe(
      '/Users/li/Library/Application Support/yishiting',
    );
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' },
        home: 'C:\\Users\\li',
      }),
    ).toBe('C:\\Users\\li\\AppData\\Roaming\\yishiting');
  });

  it('prefers --data, then the environment variable, then the default', () => {
    const platform = { platform: 'linux' as const, env: {}, home: '/home/li' };
    expect(resolveDataDir({ flag: '/d/flag', env: '/d/env', platform })).toBe('/d/flag');
    expect(resolveDataDir({ flag: undefined, env: '/d/env', platform })).toBe('/d/env');
    expect(resolveDataDir({ flag: '  ', env: undefined, platform })).toBe(
      '/home/li/.config/yishiting',
    );
    expect(resolveDataDir({ flag: 'rel', platform })).toBe(path.resolve('rel'));
  });
});
