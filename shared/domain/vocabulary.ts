import { z } from 'zod';

// The closed word lists of the domain, as zod enums so commands, events, state and the
// projector view share one spelling (GLOSSARY.md code names). Labels live in i18n 'domain'.

/** Which body meets; picks the default rule preset and the required composition. */
export const bodyKindSchema = z.enum([
  'residentsCouncil', // 居民议事会
  'villagerRepsMeeting', // 村民代表会议
  'compoundCouncil', // 小区议事会
  'topicalConsultation', // 专题协商会（请你来协商）
  'communityDialogue', // 民情恳谈会
  'custom',
]);
export type BodyKind = z.infer<typeof bodyKindSchema>;

/** Roster categories: "4+N" / "5+N" composition and the voice statistics group by these. */
export const categorySchema = z.enum([
  'committee', // 两委成员
  'residentRep', // 居（村）民代表
  'nonLocalRep', // 外来人口代表
  'socialOrg', // 社会组织代表
  'ownersCommittee', // 业委会
  'propertyManager', // 物业
  'stakeholder', // 利益相关方
  'custom',
]);
export type Category = z.infer<typeof categorySchema>;

/** member: votes and counts for quorum; observer (列席): never votes, never counts. */
export const roleSchema = z.enum(['member', 'observer']);
export type Role = z.infer<typeof roleSchema>;

/** 大事 / 小事 / 微事. */
export const triageSchema = z.enum(['major', 'minor', 'micro']);
export type Triage = z.infer<typeof triageSchema>;

/** 五民工作法: 民提, 民议, 民决, 民办, 民评. */
export const stageSchema = z.enum(['raise', 'deliberate', 'decide', 'carryOut', 'evaluate']);
export type Stage = z.infer<typeof stageSchema>;

export const stanceSchema = z.enum(['pro', 'contra', 'neutral']);
export type Stance = z.infer<typeof stanceSchema>;

/** 举手表决, 记名表决, 无记名投票, 比选, 满意度测评. */
export const voteMethodSchema = z.enum(['hands', 'rollCall', 'secret', 'choice', 'satisfaction']);
export type VoteMethod = z.infer<typeof voteMethodSchema>;

/** A roll-call ballot. */
export const ballotSchema = z.enum(['yes', 'no', 'abstain']);
export type Ballot = z.infer<typeof ballotSchema>;

/** How a sign-in or a ballot reached the record: the chair's click, or the member's own phone. */
export const viaSchema = z.enum(['chair', 'device']);
export type Via = z.infer<typeof viaSchema>;

export const actionStatusSchema = z.enum(['planned', 'inProgress', 'done', 'cancelled']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export type MeetingStatus = 'draft' | 'open' | 'closed';
export type ItemStatus = 'pending' | 'open' | 'deferred' | 'closed';
export type AttendanceStatus = 'absent' | 'present' | 'excused';
export type VoteStatus = 'open' | 'closed' | 'voided';

/** Count keys of a yes/no vote. */
export const YES_NO_KEYS = ['yes', 'no', 'abstain'] as const;
/** Count keys of a satisfaction evaluation (满意 / 基本满意 / 不满意). */
export const SATISFACTION_KEYS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
/** The key under which a choice among options records abstentions. */
export const ABSTAIN_KEY = 'abstain';
