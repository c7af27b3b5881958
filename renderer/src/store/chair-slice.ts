import type { StateCreator } from 'zustand';
import {
  currentSpeech,
  isPaused,
  MAX_SPEECH_LIMIT_SEC,
  type MeetingState,
  type VoteMethod,
} from '../../../shared/domain';
import { newId } from './ids';
import type { Store } from './store';

export type ChairTab = 'prepare' | 'run' | 'close';

/** What the chair has chosen for the next vote; the V key opens it as it stands. */
export type VoteDraft = Readonly<{
  method: VoteMethod;
  presetId: string;
  question: string;
  /** 计票人 and 监票人: kept from one vote to the next, as the same people usually count. */
  teller: string;
  scrutineer: string;
}>;

/** A step that cannot be taken back, waiting for the chair's Enter (or a second click). */
export type Confirming = 'closeVote' | 'reopenVote' | null;

export type ChairSlice = {
  /** The screen the chair chose; null follows the meeting's status. */
  tab: ChairTab | null;
  helpOpen: boolean;
  voteDraft: VoteDraft;
  confirming: Confirming;
  setTab(tab: ChairTab | null): void;
  setHelpOpen(open: boolean): void;
  setConfirming(confirming: Confirming): void;
  setVoteDraft(draft: Partial<VoteDraft>): void;
  // The live actions: each is one click or one key, the same function behind both.
  toggleSignIn(memberId: string): Promise<boolean>;
  requestFloor(memberId: string, pointOfOrder?: boolean): Promise<boolean>;
  withdraw(memberId: string): Promise<boolean>;
  reorderQueue(memberIds: readonly string[]): Promise<boolean>;
  callNext(): Promise<boolean>;
  toggleTimer(): Promise<boolean>;
  endSpeech(): Promise<boolean>;
  extendSpeech(seconds: number): Promise<boolean>;
  openVote(): Promise<boolean>;
  closeVote(): Promise<boolean>;
  toggleVote(): Promise<boolean>;
  nextItem(): Promise<boolean>;
  undo(): Promise<boolean>;
};

const meetingState = (store: Store): MeetingState | null => store.snapshot?.state ?? null;

/** Whether the item on the floor already has a closed, valid vote (a new one would replace it on screen). */
export function itemHasVerdict(state: MeetingState): boolean {
  return state.voteOrder.some((id) => {
    const vote = state.votes[id];
    return vote?.itemId === state.currentItemId && vote.status === 'closed';
  });
}

export const createChairSlice: StateCreator<Store, [], [], ChairSlice> = (set, get) => ({
  tab: null,
  helpOpen: false,
  voteDraft: { method: 'hands', presetId: '', question: '', teller: '', scrutineer: '' },
  confirming: null,
  setTab: (tab) => set({ tab }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setConfirming: (confirming) => set({ confirming }),
  setVoteDraft: (draft) => set({ voteDraft: { ...get().voteDraft, ...draft } }),

  async toggleSignIn(memberId) {
    const state = meetingState(get());
    const present = state?.attendance[memberId]?.status === 'present';
    return get().send(`signin:${memberId}`, {
      type: present ? 'roster/signOut' : 'roster/signIn',
      memberId,
    });
  },
  requestFloor: (memberId, pointOfOrder = false) =>
    get().send('queue', { type: 'queue/request', memberId, pointOfOrder }),
  withdraw: (memberId) => get().send('queue', { type: 'queue/withdraw', memberId }),
  reorderQueue: (memberIds) =>
    get().send('queue', { type: 'queue/reorder', memberIds: [...memberIds] }),
  callNext: () => get().send('timer', { type: 'queue/callNext', speechId: newId('speech') }),
  async toggleTimer() {
    const state = meetingState(get());
    const speech = state ? currentSpeech(state) : null;
    if (!speech) return get().callNext();
    return get().send('timer', { type: isPaused(speech) ? 'speech/resume' : 'speech/pause' });
  },
  endSpeech: () => get().send('timer', { type: 'speech/end' }),
  async extendSpeech(seconds) {
    const state = meetingState(get());
    const speech = state ? currentSpeech(state) : null;
    if (!speech) return false;
    const limitSec = Math.min(MAX_SPEECH_LIMIT_SEC, Math.round(speech.limitMs / 1000) + seconds);
    return get().send('timer', { type: 'speech/setLimit', limitSec });
  },
  async openVote() {
    set({ confirming: null });
    const state = meetingState(get());
    const item = state?.currentItemId ? state.items[state.currentItemId] : undefined;
    const draft = get().voteDraft;
    const question = draft.question.trim() || item?.title || '';
    return get().send('vote', {
      type: 'vote/open',
      voteId: newId('vote'),
      method: draft.method,
      question,
      ...(draft.presetId ? { presetId: draft.presetId } : {}),
      ...(draft.teller.trim() ? { teller: draft.teller } : {}),
      ...(draft.scrutineer.trim() ? { scrutineer: draft.scrutineer } : {}),
    });
  },
  async closeVote() {
    set({ confirming: null });
    const closed = await get().send('vote', { type: 'vote/close' });
    // The question just decided must not stay in the form: V would open it again, and the
    // duplicate would replace the verdict on the projector.
    if (closed) set({ voteDraft: { ...get().voteDraft, question: '' } });
    return closed;
  },
  async toggleVote() {
    const state = meetingState(get());
    // A closed vote cannot be undone, so V (or the button) only asks; Enter in the dialog closes.
    if (state?.openVoteId) set({ confirming: 'closeVote' });
    else if (state && itemHasVerdict(state)) set({ confirming: 'reopenVote' });
    else return get().openVote();
    return true;
  },
  // One intention, one command: the core closes the item on the floor and opens the next in
  // one event, so a refusal leaves both as they were and one undo reverts both.
  nextItem: () => get().send('agenda', { type: 'agenda/next' }),
  undo: () => get().send('undo', { type: 'history/undo' }),
});
