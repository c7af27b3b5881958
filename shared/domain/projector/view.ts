import { attendanceSummary, composition } from '../selectors/attendance';
import { currentSpeech } from '../selectors/speech';
import { deviceCounts, deviceVotedCount, enteredCounts } from '../selectors/vote';
import { subtractCounts } from './device-split';
import type { MeetingState, Vote } from '../state/types';
import type { ProjectorView, ProjectorVote } from './schema';
import { voteRuleView } from './vote-rule';

/**
 * The chair's counts and the phones' apart. After close they come from the frozen outcome (its
 * counts are the total, its `device` the phones' share); while open, from the live record.
 */
function channelCounts(
  state: MeetingState,
  vote: Vote,
): { counts: ProjectorVote['counts']; device: ProjectorVote['device'] } {
  const voted = deviceVotedCount(vote);
  const o = vote.outcome;
  if (o) {
    const device = o.device ?? null;
    return {
      counts: device ? subtractCounts(o.counts, device) : { ...o.counts },
      device: { voted, counts: device ? { ...device } : null },
    };
  }
  const entered = enteredCounts(state, vote);
  const device = deviceCounts(state, vote);
  return {
    counts: entered ? { ...entered } : null,
    device: { voted, counts: device ? { ...device } : null },
  };
}

function voteView(state: MeetingState, vote: Vote): ProjectorVote {
  const isRollCall = vote.method === 'rollCall';
  const closed = vote.status === 'closed';
  const { counts, device } = channelCounts(state, vote);
  const names =
    isRollCall && closed && vote.preset.rollCallNamesPublic
      ? state.memberOrder.flatMap((id) => {
          const ballot = vote.ballots[id];
          const name = state.members[id]?.name;
          return ballot && name !== undefined ? [{ name, ballot }] : [];
        })
      : null;
  const o = vote.outcome;
  return {
    voteId: vote.voteId,
    itemId: vote.itemId,
    method: vote.method,
    question: vote.question,
    status: vote.status,
    presetId: vote.preset.id,
    presetName: { ...vote.preset.name },
    options: vote.options.map((x) => ({ ...x })),
    counts: counts ? { ...counts } : null,
    device,
    ballotsCast: Object.keys(vote.ballots).length,
    names,
    outcome: o
      ? {
          result: o.result,
          invalidReason: o.invalidReason,
          members: o.members,
          present: o.present,
          counts: { ...o.counts },
          quorum: o.quorum.map((c) => ({ ...c })),
          pass: o.pass.map((c) => ({ ...c })),
          winner: o.winner,
          tie: o.tie,
          satisfactionPermille: o.satisfactionPermille,
        }
      : null,
    resolution: vote.resolution,
    voidReason: vote.voidReason,
    rule: voteRuleView(state, vote),
  };
}

/** How many of the queued speakers the view names; the rest are counted (queueLength). */
export const PROJECTOR_QUEUE_NAMES = 10;

/** The filtered view for the projector and the LAN page (STYLE.md item 3). */
export function toProjectorView(state: MeetingState): ProjectorView {
  const m = state.meeting;
  const att = attendanceSummary(state);
  const comp = composition(state);
  const speech = currentSpeech(state);
  const speaker = speech ? state.members[speech.memberId] : undefined;
  const itemId = state.currentItemId;
  return {
    meetingId: state.meetingId,
    version: state.version,
    meeting: m
      ? {
          title: m.title,
          bodyKind: m.bodyKind,
          customBodyKind: m.customBodyKind,
          date: m.date,
          timeZone: m.timeZone,
          place: m.place,
          chair: m.chair,
          recorder: m.recorder,
          status: m.status,
          presetId: m.preset.id,
          presetName: { ...m.preset.name },
        }
      : null,
    attendance: {
      expected: att.expected,
      present: att.present,
      excused: att.excused,
      absent: att.absent,
      observersPresent: att.observersPresent,
      quorumMet: att.quorum ? att.quorum.met : null,
    },
    composition: { required: [...comp.required], missing: [...comp.missing] },
    agenda: state.agendaOrder.flatMap((id) => {
      const item = state.items[id];
      if (!item) return [];
      const { chairNote: _private, ...visible } = item;
      return [{ ...visible, intervals: [...item.intervals] }];
    }),
    currentItemId: itemId,
    queueLength: itemId ? (state.queues[itemId]?.length ?? 0) : 0,
    // The room reads the next few names; the whole queue would be sent to every screen on every click.
    queue: (itemId ? (state.queues[itemId] ?? []) : [])
      .slice(0, PROJECTOR_QUEUE_NAMES)
      .flatMap((q) => {
        const member = state.members[q.memberId];
        return member
          ? [
              {
                memberId: q.memberId,
                name: member.name,
                category: member.category,
                stance: q.stance,
                pointOfOrder: q.pointOfOrder,
              },
            ]
          : [];
      }),
    speech:
      speech && speaker
        ? {
            // Named field by field: the recorder's summary is for the minutes, not the room.
            speechId: speech.speechId,
            itemId: speech.itemId,
            memberId: speech.memberId,
            name: speaker.name,
            category: speaker.category,
            stance: speech.stance,
            pointOfOrder: speech.pointOfOrder,
            startedAt: speech.startedAt,
            endedAt: speech.endedAt,
            pauses: [...speech.pauses],
            limitMs: speech.limitMs,
          }
        : null,
    votes: state.voteOrder.flatMap((id) => {
      const vote = state.votes[id];
      return vote ? [voteView(state, vote)] : [];
    }),
    display: state.display,
  };
}
