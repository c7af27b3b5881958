import { describe, expect, it } from 'vitest';
import { checkSender } from '../../../main/electron/ipc-gate';

describe('IPC sender check', () => {
  it('accepts the main frame of a known window on app://yishiting', () => {
    expect(checkSender({ frameUrl: 'app://yishiting/', isMainFrame: true, role: 'chair' })).toEqual(
      {
        ok: true,
        value: 'chair',
      },
    );
    expect(
      checkSender({ frameUrl: 'app://yishiting/projector', isMainFrame: true, role: 'projector' }),
    ).toEqual({
      ok: true,
      value: 'projector',
    });
  });

  it.each([
    [
      'an unknown window',
      { frameUrl: 'app://yishiting/', isMainFrame: true, role: null },
      'ipc.unknownWindow',
    ],
    [
      'a sub-frame',
      { frameUrl: 'app://yishiting/', isMainFrame: false, role: 'chair' as const },
      'ipc.notMainFrame',
    ],
    [
      'a web origin',
      { frameUrl: 'https://evil.example/', isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
    [
      'file://',
      { frameUrl: 'file:///tmp/x.html', isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
    [
      'another app host',
      { frameUrl: 'app://other/', isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
    [
      'no URL',
      { frameUrl: undefined, isMainFrame: true, role: 'chair' as const },
      'ipc.foreignOrigin',
    ],
  ])('refuses %s', (_name, sender, code) => {
    const result = checkSender(sender);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
