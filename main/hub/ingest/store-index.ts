import type { HubQuery } from '../db/pool';
import type { IndexRows } from './index-rows';

// The index rows of a community's meeting, replaced whole from its current bundle: the meeting's
// row is deleted (votes, action items and evaluations go with it, on delete cascade) and written
// again, inside the transaction that stores the bundle. Each table takes its rows in one
// statement (a JSON array turned into rows by PostgreSQL), so a meeting costs a few round trips
// however many votes and items it has. votes.held_on and action_items.deadline_zone (the overview's
// copies of the meeting's day and zone, migration 002) are filled by triggers from the meeting row
// written first, so this writer and any other cannot store them out of step with it.

export async function replaceIndex(
  query: HubQuery,
  communityId: string,
  bundle: Readonly<{ sha256: string; sequence: number }>,
  rows: IndexRows,
): Promise<void> {
  const { meeting } = rows;
  await query('DELETE FROM meetings WHERE community_id = $1 AND meeting_id = $2', [
    communityId,
    meeting.meetingId,
  ]);
  await query(
    `INSERT INTO meetings (community_id, meeting_id, bundle_sha256, sequence, title, held_on,
       time_zone, body_kind, status, members, present, search)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, to_tsvector('simple', $12))`,
    [
      communityId,
      meeting.meetingId,
      bundle.sha256,
      bundle.sequence,
      meeting.title,
      meeting.heldOn,
      meeting.timeZone,
      meeting.bodyKind,
      meeting.status,
      meeting.members,
      meeting.present,
      meeting.search,
    ],
  );
  if (rows.votes.length > 0)
    await query(
      `INSERT INTO votes (community_id, meeting_id, vote_id, item_title, question, rule, yes, no,
         abstain, outcome, resolution, closed_at)
       SELECT $1, $2, r."voteId", r."itemTitle", r.question, r.rule, r.yes, r.no, r.abstain,
         r.outcome, r.resolution, r."closedAt"
       FROM jsonb_to_recordset($3::jsonb) AS r("voteId" text, "itemTitle" text, question text,
         rule text, yes int, no int, abstain int, outcome text, resolution text,
         "closedAt" timestamptz)`,
      [communityId, meeting.meetingId, JSON.stringify(rows.votes)],
    );
  if (rows.actions.length > 0)
    await query(
      `INSERT INTO action_items (community_id, key, meeting_id, title, resolution, owner, deadline,
         status, done_on, time_zone, budget_planned, budget_spent, satisfaction_permille, search)
       SELECT $1, r.key, $2, r.title, r.resolution, r.owner, r.deadline, r.status, r."doneOn",
         r."timeZone", r."budgetPlanned", r."budgetSpent", r."satisfactionPermille",
         to_tsvector('simple', r.search)
       FROM jsonb_to_recordset($3::jsonb) AS r(key text, title text, resolution text, owner text,
         deadline date, status text, "doneOn" date, "timeZone" text, "budgetPlanned" bigint,
         "budgetSpent" bigint, "satisfactionPermille" int, search text)`,
      [communityId, meeting.meetingId, JSON.stringify(rows.actions)],
    );
  if (rows.evaluations.length > 0)
    await query(
      `INSERT INTO evaluations (community_id, item_key, vote_meeting_id, vote_id, satisfied, basic,
         unsatisfied, permille, meeting_date)
       SELECT $1, r."itemKey", r."voteMeetingId", r."voteId", r.satisfied, r.basic,
         r.unsatisfied, r.permille, r."meetingDate"
       FROM jsonb_to_recordset($2::jsonb) AS r("itemKey" text, "voteMeetingId" text,
         "voteId" text, satisfied int, basic int, unsatisfied int, permille int,
         "meetingDate" date)`,
      [communityId, JSON.stringify(rows.evaluations)],
    );
}
