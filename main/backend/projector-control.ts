import type { ProjectorControl } from '../../shared/api';
import type { ProjectorView } from '../../shared/domain';
import type { Locale } from '../../shared/i18n';

export type ControlPatch = Readonly<{
  blank?: boolean;
  frozen?: boolean;
  theme?: 'light' | 'dark';
  locale?: Locale | null;
}>;

/**
 * How the projector shows the view. This is presentation, not the meeting record, so it lives
 * in the backend session rather than the event log: a restart shows the live view again.
 */
export class ProjectorControls {
  private control: ProjectorControl = {
    blank: false,
    frozenAt: null,
    theme: 'light',
    locale: null,
  };
  private frozenView: ProjectorView | null = null;

  get value(): ProjectorControl {
    return this.control;
  }

  set(patch: ControlPatch, now: number, liveView: () => ProjectorView | null): ProjectorControl {
    let frozenAt = this.control.frozenAt;
    if (patch.frozen === true && frozenAt === null) {
      frozenAt = now;
      this.frozenView = liveView();
    } else if (patch.frozen === false) {
      frozenAt = null;
      this.frozenView = null;
    }
    this.control = {
      blank: patch.blank ?? this.control.blank,
      theme: patch.theme ?? this.control.theme,
      locale: patch.locale === undefined ? this.control.locale : patch.locale,
      frozenAt,
    };
    return this.control;
  }

  /**
   * While blanked the screens get no view at all, only the control saying so: a page left open
   * on a phone, or anyone reading the socket, sees nothing the room does not. While frozen the
   * room keeps the picture of that moment, whatever the chair does meanwhile.
   */
  view(liveView: () => ProjectorView | null): ProjectorView | null {
    if (this.control.blank) return null;
    return this.control.frozenAt !== null ? this.frozenView : liveView();
  }
}
