import { z } from 'zod';

// The closed word lists of follow-through (民提, 民办, 民评), as zod enums so commands, events,
// state and the board share one spelling. Labels live in the 'followup' catalogue ('label.*').

/** How a matter reached the committee (民事民提). */
export const channelSchema = z.enum([
  'hotline', // 热线电话
  'doorToDoor', // 入户走访
  'wechatGroup', // 微信群
  'suggestionBox', // 意见箱
  'meeting', // 会议上提出
]);
export type Channel = z.infer<typeof channelSchema>;

/**
 * Where a triaged matter was sent (GLOSSARY triage): major → the sub-district (街道/乡镇),
 * minor → the council, micro → the two committees; 'other' for anything else, with a note.
 */
export const routeSchema = z.enum(['subDistrict', 'council', 'twoCommittees', 'other']);
export type Route = z.infer<typeof routeSchema>;

/** A topic's life: raised → triaged → routed → scheduled (on agendas) → decided | dropped. */
export const topicStatusSchema = z.enum([
  'raised',
  'triaged',
  'routed',
  'scheduled',
  'decided',
  'dropped',
]);
export type TopicStatus = z.infer<typeof topicStatusSchema>;

/** How a topic leaves the list. */
export const topicOutcomeSchema = z.enum(['decided', 'dropped']);
export type TopicOutcome = z.infer<typeof topicOutcomeSchema>;

/** An action item's life across meetings: planned → inProgress → done | dropped (with reason). */
export const itemStatusSchema = z.enum(['planned', 'inProgress', 'done', 'dropped']);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

/** Statuses after which an action item no longer changes (except for evaluations of 'done'). */
export const FINISHED_STATUSES: readonly ItemStatus[] = ['done', 'dropped'];
