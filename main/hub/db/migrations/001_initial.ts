// The hub's first schema (the design in issue 17): communities and their enrolment, bundles
// stored unchanged under their content address, the quarantine of refused ones, the index the
// dashboard reads (meetings, votes, action items, evaluations), 督办 comments, staff, audit log.
// Index rows hang off a community's meeting and go with it (on delete cascade; an evaluation
// is a row of its action item, carried in the item's meeting's bundle); bundles and the
// audit log are never deleted by the hub.
export const initial = `
CREATE TABLE communities (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{2,40}$'),
  name text NOT NULL,
  certificate_fingerprint text UNIQUE,
  certificate_pem text,
  token_hash text UNIQUE,
  enrolled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE bundles (
  sha256 text PRIMARY KEY,
  manifest_sha256 text NOT NULL UNIQUE,
  community_id text NOT NULL REFERENCES communities,
  sequence int NOT NULL CHECK (sequence >= 1),
  previous text,
  meeting_id text NOT NULL,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  via text NOT NULL CHECK (via IN ('http', 'folder')),
  size int NOT NULL,
  bytes bytea NOT NULL,
  UNIQUE (community_id, sequence)
);
CREATE INDEX bundles_meeting ON bundles (community_id, meeting_id, sequence);

CREATE TABLE quarantine (
  id bigserial PRIMARY KEY,
  community_id text REFERENCES communities,
  received_at timestamptz NOT NULL DEFAULT now(),
  via text NOT NULL,
  sha256 text NOT NULL,
  size int NOT NULL,
  code text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}',
  bytes bytea
);
CREATE INDEX quarantine_community ON quarantine (community_id, id);

CREATE TABLE meetings (
  community_id text NOT NULL REFERENCES communities,
  meeting_id text NOT NULL,
  bundle_sha256 text NOT NULL REFERENCES bundles,
  sequence int NOT NULL,
  title text NOT NULL,
  held_on date,
  time_zone text NOT NULL,
  body_kind text,
  status text,
  members int,
  present int,
  search tsvector,
  PRIMARY KEY (community_id, meeting_id)
);
CREATE INDEX meetings_held_on ON meetings (community_id, held_on);
CREATE INDEX meetings_search ON meetings USING gin (search);

CREATE TABLE votes (
  community_id text NOT NULL,
  meeting_id text NOT NULL,
  vote_id text NOT NULL,
  item_title text,
  question text,
  rule text,
  yes int,
  no int,
  abstain int,
  outcome text,
  resolution text,
  closed_at timestamptz,
  PRIMARY KEY (community_id, meeting_id, vote_id),
  FOREIGN KEY (community_id, meeting_id) REFERENCES meetings ON DELETE CASCADE
);

CREATE TABLE action_items (
  community_id text NOT NULL,
  key text NOT NULL,
  meeting_id text NOT NULL,
  title text,
  resolution text,
  owner text,
  deadline date,
  status text,
  done_on date,
  time_zone text,
  budget_planned bigint,
  budget_spent bigint,
  satisfaction_permille int,
  search tsvector,
  PRIMARY KEY (community_id, key),
  FOREIGN KEY (community_id, meeting_id) REFERENCES meetings ON DELETE CASCADE
);
CREATE INDEX action_items_due ON action_items (status, deadline);
CREATE INDEX action_items_meeting ON action_items (community_id, meeting_id);
CREATE INDEX action_items_search ON action_items USING gin (search);

CREATE TABLE evaluations (
  community_id text NOT NULL,
  item_key text NOT NULL,
  vote_meeting_id text NOT NULL,
  vote_id text NOT NULL,
  satisfied int,
  basic int,
  unsatisfied int,
  permille int,
  meeting_date date,
  PRIMARY KEY (community_id, item_key, vote_meeting_id, vote_id),
  FOREIGN KEY (community_id, item_key) REFERENCES action_items ON DELETE CASCADE
);

CREATE TABLE supervision_comments (
  id bigserial PRIMARY KEY,
  community_id text NOT NULL REFERENCES communities,
  item_key text NOT NULL,
  author text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX supervision_comments_community ON supervision_comments (community_id, id);

CREATE TABLE staff (
  login text PRIMARY KEY,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled boolean NOT NULL DEFAULT false
);

CREATE TABLE staff_sessions (
  token_hash text PRIMARY KEY,
  login text NOT NULL REFERENCES staff,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  target text,
  detail jsonb
);
`;
