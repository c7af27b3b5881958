import type { MeetingState } from '../domain/state/types';
import type { Locale } from '../i18n';
import { buildContext } from './context';
import { DocumentInputError } from './errors';
import { formatDay } from './format';

// 个人入场条: one slip per member with the QR code of that member's personal join URL, printed on
// a sheet to cut apart and hand to each member in person. The URLs are credentials (scanning one
// joins as that member without the chair's confirmation), so this sheet is not a record: it is
// built apart from the document model, never signed or archived, and no other document takes a
// URL from it. The room (main/room) supplies the URLs; this builder only words the slips.

/** One member's personal join URL, as the room hands it out. */
export type SlipEntry = Readonly<{ memberId: string; name: string; url: string }>;

export type SlipsOptions = Readonly<{ locale: Locale; slips: readonly SlipEntry[] }>;

/** One slip as printed. */
export type Slip = Readonly<{ memberId: string; name: string; url: string }>;

/** What the slips sheet says; main/pdf/slips.ts lays it out. */
export type SlipSheet = Readonly<{
  locale: Locale;
  /** The PDF's title, which names it as personal codes: '…个人二维码'. */
  title: string;
  /** The line above the grid on every page: what the sheet is and how to cut it. */
  header: string;
  /** Printed on every slip. */
  meeting: string;
  instruction: string;
  date: string;
  /** In roster order; members the meeting does not have are left out. */
  slips: readonly Slip[];
}>;

/**
 * Words the slips of a meeting. The name printed is the roster's (the room's copy may be older).
 * No slips (the room is off) is the chair's to fix: a typed error in their language.
 */
export function buildSlips(state: MeetingState, options: SlipsOptions): SlipSheet {
  const ctx = buildContext(state, options);
  const { meeting, t } = ctx;
  const byMember = new Map(options.slips.map((slip) => [slip.memberId, slip]));
  const slips: Slip[] = [];
  for (const memberId of state.memberOrder) {
    const entry = byMember.get(memberId);
    const member = state.members[memberId];
    if (!entry || !member) continue;
    // The room builds these URLs: anything else is a bug, not something the chair typed.
    if (!/^https?:\/\/\S+$/.test(entry.url)) throw new Error(`not a join URL: ${memberId}`);
    slips.push({ memberId, name: member.name.trim() || entry.name, url: entry.url });
  }
  if (slips.length === 0) throw new DocumentInputError('noSlips', {});
  return {
    locale: options.locale,
    title: t('documents:slips.title', { meeting: meeting.title }),
    header: t('documents:slips.header', { meeting: meeting.title }),
    meeting: meeting.title,
    instruction: t('documents:slips.instruction'),
    date: formatDay(meeting.date, t),
    slips,
  };
}
