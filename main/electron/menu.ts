import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/i18n';
import { translator } from '../../shared/i18n';

export type MenuActions = Readonly<{
  openDataFolder(): void;
  showProjector(): void;
  closeProjector(): void;
  toggleProjectorFullscreen(): void;
  moveProjector(): void;
  blankProjector(): void;
  about(): void;
  setLocale(locale: Locale): void;
}>;

/** The application menu in the chair's language; every item also exists as a button in the console. */
export function buildMenu(locale: Locale, actions: MenuActions): Menu {
  const t = translator(locale);
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('ui:menu.file'),
      submenu: [
        { label: t('ui:menu.openDataFolder'), click: actions.openDataFolder },
        { type: 'separator' },
        { label: t('ui:menu.quit'), role: 'quit' },
      ],
    },
    { label: t('ui:menu.edit'), role: 'editMenu' },
    {
      label: t('ui:menu.projector'),
      submenu: [
        {
          label: t('ui:menu.showProjector'),
          accelerator: 'CmdOrCtrl+Shift+P',
          click: actions.showProjector,
        },
        {
          label: t('ui:menu.fullscreen'),
          accelerator: 'CmdOrCtrl+Shift+F',
          click: actions.toggleProjectorFullscreen,
        },
        { label: t('ui:menu.moveProjector'), click: actions.moveProjector },
        {
          label: t('ui:menu.blankProjector'),
          accelerator: 'CmdOrCtrl+Shift+B',
          click: actions.blankProjector,
        },
        { label: t('ui:menu.closeProjector'), click: actions.closeProjector },
      ],
    },
    {
      label: t('ui:menu.language'),
      submenu: (['zh-CN', 'zh-TW', 'en'] as const).map((option) => ({
        label: t(`ui:locales.${option}`),
        type: 'radio' as const,
        checked: option === locale,
        click: () => actions.setLocale(option),
      })),
    },
    {
      label: t('ui:menu.help'),
      submenu: [{ label: t('ui:menu.about'), click: actions.about }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
