import type { Tally } from '../domain/rules';
import { countKeys } from '../domain/selectors/vote';
import type { Vote } from '../domain/state/types';
import type { BuildContext } from './context';

// How the ballots reached the record (issue 16): on members' own phones, or entered by the chair
// (hands, paper, a roll call answered aloud). The minutes and the notice give the split wherever
// a phone was used. A secret vote's split is of ballots only: its phone share per choice comes
// from the ballot box, and the minutes never print a phone choice beside who voted on a phone.

type Counts = Readonly<Record<string, Tally>>;

/** What the chair's entered counts were for this method. */
type Entered = 'hands' | 'paper' | 'handsOrPaper' | 'rollCall';

function enteredChannel(vote: Vote): Entered {
  if (vote.method === 'hands') return 'hands';
  if (vote.method === 'secret') return 'paper';
  if (vote.method === 'rollCall') return 'rollCall';
  return 'handsOrPaper';
}

const headsOf = (counts: Counts | undefined, key: string): number => counts?.[key]?.heads ?? 0;

/** The phones' and the chair's heads per key, or null when no phone ballot was counted. */
export function channelSplit(
  vote: Vote,
): Readonly<{ keys: readonly string[]; device: Counts; total: Counts }> | null {
  const outcome = vote.outcome;
  const device = outcome?.device;
  if (!outcome || !device) return null;
  const keys = countKeys(vote);
  if (keys.every((key) => headsOf(device, key) === 0)) return null;
  return { keys, device, total: outcome.counts };
}

/** A key as the minutes name it: 赞成, an option's label, 满意. */
function keyLabel(ctx: BuildContext, vote: Vote, key: string): string {
  if (vote.method === 'choice' && key !== 'abstain') {
    return vote.options.find((o) => o.optionId === key)?.label ?? key;
  }
  if (vote.method === 'satisfaction') return ctx.t(`domain:satisfaction.${key}`);
  return ctx.t(`domain:ballot.${key}`);
}

/**
 * The minutes' 分渠道计票 line: '手机 10 票（赞成8，反对1，弃权1）；举手 23 票（赞成22，…）'. A secret
 * vote gives only how many ballots came each way. Null when no phone ballot was counted.
 */
export function channelSplitText(ctx: BuildContext, vote: Vote): string | null {
  const split = channelSplit(vote);
  if (!split) return null;
  const { t } = ctx;
  const { keys, device, total } = split;
  const sum = (pick: (key: string) => number) => keys.reduce((n, key) => n + pick(key), 0);
  const phone = (key: string) => headsOf(device, key);
  const entered = (key: string) => headsOf(total, key) - headsOf(device, key);
  const list = (pick: (key: string) => number) =>
    keys
      .map((key) =>
        t('documents:channel.keyCount', { label: keyLabel(ctx, vote, key), count: pick(key) }),
      )
      .join(t('documents:list'));
  const words = {
    device: sum(phone),
    entered: sum(entered),
    channel: t(`documents:channel.entered.${enteredChannel(vote)}`),
  };
  if (vote.method === 'secret') return t('documents:channel.splitSecret', words);
  return t('documents:channel.split', {
    ...words,
    deviceCounts: list(phone),
    enteredCounts: list(entered),
  });
}

/**
 * The notice's sentence after the counts: '其中手机投票10票，举手23票。' (heads, as the notice's
 * counts always include heads). Empty when no phone ballot was counted.
 */
export function noticeChannelText(
  ctx: BuildContext,
  vote: Vote,
  votes: (n: number) => string,
): string {
  const split = channelSplit(vote);
  if (!split) return '';
  const { keys, device, total } = split;
  const phones = keys.reduce((n, key) => n + headsOf(device, key), 0);
  const all = keys.reduce((n, key) => n + headsOf(total, key), 0);
  return ctx.t('documents:channel.notice', {
    device: votes(phones),
    entered: votes(all - phones),
    channel: ctx.t(`documents:channel.noticeEntered.${enteredChannel(vote)}`),
  });
}

/**
 * A roll call's names for one ballot, in roster order, those who answered on a phone marked
 * '（手机）'. Phone ballots count for members present at the close, as the counts do.
 */
export function rollCallNames(ctx: BuildContext, vote: Vote, ballot: string): string[] {
  const { state, t } = ctx;
  const present = new Set(vote.outcome?.voters ?? []);
  return state.memberOrder.flatMap((id) => {
    const name = state.members[id]?.name ?? id;
    if (vote.ballots[id] === ballot) return [name];
    const phone = vote.deviceBallots[id];
    if (phone?.choice === ballot && present.has(id)) {
      return [t('documents:channel.byDevice', { name })];
    }
    return [];
  });
}
