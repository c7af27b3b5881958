import type { MeetingSummary } from '../../shared/api';
import type { MeetingState } from '../../shared/domain';

/** The line a meeting gets in the index and on the home screen. */
export function summaryOf(meetingId: string, state: MeetingState, now: number): MeetingSummary {
  return {
    meetingId,
    title: state.meeting?.title ?? '',
    date: state.meeting?.date ?? '',
    status: state.meeting?.status ?? 'draft',
    updatedAt: state.lastAt || now,
  };
}
