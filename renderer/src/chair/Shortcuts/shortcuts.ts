import type { Store } from '../../store/store';

export type Shortcut = Readonly<{
  /** KeyboardEvent.code, so the keys work whatever the input method (拼音 or not). */
  code: string;
  /** The key as printed on the help overlay and the buttons. */
  key: string;
  label: string;
  ctrl?: boolean;
  run(store: Store): void;
}>;

/** The live actions by key; each one is also a button on the run screen. */
export const SHORTCUTS: readonly Shortcut[] = [
  { code: 'KeyN', key: 'N', label: 'ui:chair.timer.next', run: (s) => void s.callNext() },
  { code: 'KeyT', key: 'T', label: 'ui:chair.shortcuts.timer', run: (s) => void s.toggleTimer() },
  { code: 'KeyE', key: 'E', label: 'ui:chair.timer.end', run: (s) => void s.endSpeech() },
  { code: 'KeyX', key: 'X', label: 'ui:chair.timer.extend', run: (s) => void s.extendSpeech(60) },
  { code: 'KeyV', key: 'V', label: 'ui:chair.shortcuts.vote', run: (s) => void s.toggleVote() },
  { code: 'KeyI', key: 'I', label: 'ui:chair.shortcuts.nextItem', run: (s) => void s.nextItem() },
  {
    code: 'KeyZ',
    key: 'Ctrl+Z',
    ctrl: true,
    label: 'ui:chair.undo.button',
    run: (s) => void s.undo(),
  },
  { code: 'KeyU', key: 'U', label: 'ui:chair.undo.button', run: (s) => void s.undo() },
  {
    code: 'Slash',
    key: '/',
    label: 'ui:chair.shortcuts.findMember',
    run: () => document.getElementById('signin-search')?.focus(),
  },
  {
    code: 'KeyQ',
    key: 'Q',
    label: 'ui:chair.shortcuts.findSpeaker',
    run: () => document.getElementById('queue-search')?.focus(),
  },
  {
    code: 'KeyH',
    key: 'H',
    label: 'ui:chair.shortcuts.help',
    run: (s) => s.setHelpOpen(!s.helpOpen),
  },
];
