// The meetings list: filtered by community and month, searched in titles and resolutions.
import type { MeetingRow, MeetingsReply } from '../../../shared/hub/api';
import type { HubQuery } from '../db/pool';
import { meetingMatches, num, str, strOrNull, type Row } from './sql';

/** Rows a page shows at most; the total says how many matched. */
export const MEETINGS_LIMIT = 200;

export type MeetingsInput = Readonly<{
  community: string | null;
  /** held_on bounds [first, after) of the chosen month, or nulls. */
  first: string | null;
  after: string | null;
  /** A to_tsquery text (bound, never spliced in), null for no search, false to match nothing. */
  search: string | null | false;
}>;

// $1 community, $2/$3 month bounds, $4 tsquery text. Every value is a parameter.
const MATCHING = `FROM meetings m
  WHERE ($1::text IS NULL OR m.community_id = $1)
    AND ($2::date IS NULL OR m.held_on >= $2::date) AND ($3::date IS NULL OR m.held_on < $3::date)
    AND ($4::text IS NULL OR ${meetingMatches('$4')})`;

// The page's rows first ($5 the limit), then their counts: the counts' subqueries run for the
// rows shown, not for every meeting that matched.
const MEETINGS = `WITH page AS (SELECT m.community_id, m.meeting_id, m.title, m.held_on, m.time_zone, m.status
    ${MATCHING}
    ORDER BY m.held_on DESC NULLS LAST, m.community_id, m.meeting_id LIMIT $5)
  SELECT p.community_id, c.name AS community_name, p.meeting_id, p.title,
    p.held_on::text AS held_on, p.time_zone, p.status,
    (SELECT count(*) FROM votes v WHERE v.community_id = p.community_id
      AND v.meeting_id = p.meeting_id AND v.outcome = 'passed') AS decisions,
    (SELECT count(*) FROM action_items a WHERE a.community_id = p.community_id
      AND a.meeting_id = p.meeting_id) AS action_items
  FROM page p JOIN communities c ON c.id = p.community_id
  ORDER BY p.held_on DESC NULLS LAST, p.community_id, p.meeting_id`;

const TOTAL = `SELECT count(*) AS total ${MATCHING}`;

export async function meetings(query: HubQuery, input: MeetingsInput): Promise<MeetingsReply> {
  if (input.search === false) return { meetings: [], total: 0, limit: MEETINGS_LIMIT };
  const filters = [input.community, input.first, input.after, input.search];
  const [result, total] = await Promise.all([
    query(MEETINGS, [...filters, MEETINGS_LIMIT]),
    query(TOTAL, filters),
  ]);
  const rows = result.rows as Row[];
  return {
    meetings: rows.map((row): MeetingRow => ({
      communityId: str(row.community_id),
      communityName: str(row.community_name),
      meetingId: str(row.meeting_id),
      title: str(row.title),
      heldOn: strOrNull(row.held_on),
      timeZone: str(row.time_zone),
      status: strOrNull(row.status),
      decisions: num(row.decisions),
      actionItems: num(row.action_items),
    })),
    total: num((total.rows[0] as Row | undefined)?.total),
    limit: MEETINGS_LIMIT,
  };
}
