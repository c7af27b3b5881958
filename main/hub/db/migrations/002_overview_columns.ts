// What the dashboard's overview needs, stored on the rows it counts so its statements need no
// join (at 50,000 meetings the joins were most of its time):
// - votes.held_on: the day of the vote's meeting, so "decisions in these months" reads votes alone;
//   a partial index holds just the passed ones.
// - action_items.deadline_zone: the zone the deadline is a day of — the item's own, else its
//   meeting's, else Beijing time (shared/time's FALLBACK_TIME_ZONE), the fallback the dashboard
//   applied at query time. time_zone keeps what the bundle said.
// Triggers fill both from the meeting for every writer, the ingest included (and keep them right
// if a meeting's day or zone is ever changed in place), so they cannot drift from the meeting.
// A partial index over open items with a deadline lets the overdue count pre-filter on
// "deadline before tomorrow in UTC+14" before the exact per-zone comparison.
import { FALLBACK_TIME_ZONE } from '../../../../shared/time';

export const overviewColumns = `
ALTER TABLE votes ADD COLUMN held_on date;
UPDATE votes v SET held_on = m.held_on FROM meetings m
  WHERE m.community_id = v.community_id AND m.meeting_id = v.meeting_id;
CREATE INDEX votes_passed_held_on ON votes (community_id, held_on) WHERE outcome = 'passed';

ALTER TABLE action_items ADD COLUMN deadline_zone text;
UPDATE action_items ai SET deadline_zone = coalesce(ai.time_zone, m.time_zone, '${FALLBACK_TIME_ZONE}')
  FROM meetings m WHERE m.community_id = ai.community_id AND m.meeting_id = ai.meeting_id;
UPDATE action_items SET deadline_zone = coalesce(time_zone, '${FALLBACK_TIME_ZONE}')
  WHERE deadline_zone IS NULL;
ALTER TABLE action_items ALTER COLUMN deadline_zone SET NOT NULL;
CREATE INDEX action_items_open_deadline ON action_items (deadline)
  INCLUDE (community_id, deadline_zone)
  WHERE deadline IS NOT NULL AND coalesce(status, 'planned') NOT IN ('done', 'dropped');

CREATE FUNCTION votes_meeting_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT held_on INTO NEW.held_on FROM meetings
    WHERE community_id = NEW.community_id AND meeting_id = NEW.meeting_id;
  RETURN NEW;
END $$;
CREATE TRIGGER votes_meeting_day BEFORE INSERT OR UPDATE OF community_id, meeting_id ON votes
  FOR EACH ROW EXECUTE FUNCTION votes_meeting_day();

CREATE FUNCTION action_items_deadline_zone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.deadline_zone := coalesce(NEW.time_zone, (SELECT time_zone FROM meetings
    WHERE community_id = NEW.community_id AND meeting_id = NEW.meeting_id), '${FALLBACK_TIME_ZONE}');
  RETURN NEW;
END $$;
CREATE TRIGGER action_items_deadline_zone
  BEFORE INSERT OR UPDATE OF community_id, meeting_id, time_zone ON action_items
  FOR EACH ROW EXECUTE FUNCTION action_items_deadline_zone();

CREATE FUNCTION meetings_day_and_zone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE votes SET held_on = NEW.held_on
    WHERE community_id = NEW.community_id AND meeting_id = NEW.meeting_id;
  UPDATE action_items SET deadline_zone = coalesce(time_zone, NEW.time_zone, '${FALLBACK_TIME_ZONE}')
    WHERE community_id = NEW.community_id AND meeting_id = NEW.meeting_id;
  RETURN NULL;
END $$;
CREATE TRIGGER meetings_day_and_zone AFTER UPDATE OF held_on, time_zone ON meetings
  FOR EACH ROW WHEN (OLD.held_on IS DISTINCT FROM NEW.held_on OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
  EXECUTE FUNCTION meetings_day_and_zone();
`;
