// The database schema as an ordered list of migrations; the file's user_version says how many have run.
// Only nicknames identify people: no names, e-mail addresses or IP addresses are stored (docs/privacy.md).

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE teachers (
    token_hash TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    teacher_hash TEXT NOT NULL REFERENCES teachers(token_hash),
    created_at TEXT NOT NULL,
    ended_at TEXT
  );
  CREATE INDEX sessions_by_teacher ON sessions(teacher_hash, created_at);
  CREATE INDEX sessions_by_code ON sessions(code, created_at);
  CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    seat_id TEXT NOT NULL,
    nickname TEXT NOT NULL,
    joined_at TEXT NOT NULL,
    UNIQUE (session_id, seat_id)
  );
  CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    round_no INTEGER NOT NULL,
    mode TEXT NOT NULL,
    team_count INTEGER NOT NULL,
    goal TEXT NOT NULL,
    scenarios TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    teams_json TEXT NOT NULL,
    UNIQUE (session_id, round_no)
  );
  CREATE TABLE round_seats (
    round_id INTEGER NOT NULL REFERENCES rounds(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    team INTEGER NOT NULL,
    role TEXT,
    game_score INTEGER NOT NULL,
    sound_actions INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    PRIMARY KEY (round_id, participant_id)
  );
  `,
  `
  CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    round_no INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    choice INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    answered_at TEXT NOT NULL
  );
  CREATE INDEX answers_by_session ON answers(session_id, question_id);
  `,
  `
  CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    teacher_hash TEXT NOT NULL REFERENCES teachers(token_hash),
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    challenge_id TEXT NOT NULL,
    deadline TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments(id),
    nickname TEXT NOT NULL,
    started_at TEXT NOT NULL,
    late INTEGER NOT NULL,
    rounds_json TEXT NOT NULL DEFAULT '[]',
    best_progress REAL NOT NULL DEFAULT 0,
    achieved INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX attempts_by_assignment ON attempts(assignment_id, nickname);
  `,
  `
  -- Homework may set its own scenarios (JSON list of {id, level}); NULL keeps the challenge's.
  ALTER TABLE assignments ADD COLUMN scenarios_json TEXT;
  `,
  `
  -- Stage-by-stage play scores each seat by cues: received, answered in time, and presses refused. Rows saved
  -- before this keep sound_actions/attempts (the old score) and read 0 here; new rows write 0 into those two.
  ALTER TABLE round_seats ADD COLUMN cues_received INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE round_seats ADD COLUMN cues_answered INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE round_seats ADD COLUMN refused_presses INTEGER NOT NULL DEFAULT 0;
  `,
  `
  -- A teacher's credentials, each kept only as a SHA-256 hash: 'link' is the dashboard token (in the private links
  -- of earlier releases, and for scripts as a bearer token), 'device' one browser's HttpOnly cookie, 'recovery' the
  -- code a teacher writes down to open the dashboard on another device. A teacher's id (teachers.token_hash) is
  -- the hash of their first token and is never itself a credential: revoking the link key revokes the token.
  CREATE TABLE teacher_keys (
    key_hash TEXT PRIMARY KEY,
    teacher_hash TEXT NOT NULL REFERENCES teachers(token_hash),
    kind TEXT NOT NULL CHECK (kind IN ('link', 'device', 'recovery')),
    created_at TEXT NOT NULL,
    used_at TEXT
  );
  CREATE INDEX teacher_keys_by_teacher ON teacher_keys(teacher_hash, kind);
  INSERT INTO teacher_keys (key_hash, teacher_hash, kind, created_at)
    SELECT token_hash, token_hash, 'link', created_at FROM teachers;
  -- Deletion and the retention sweep find a teacher's or an old class's rows by these.
  CREATE INDEX assignments_by_teacher ON assignments(teacher_hash);
  CREATE INDEX sessions_by_created ON sessions(created_at);
  CREATE INDEX round_seats_by_participant ON round_seats(participant_id);
  CREATE INDEX answers_by_participant ON answers(participant_id);
  `,
];
