-- The quiet-client nudges: one per episode (a client, a reason, when its story began), and how it ended.
CREATE TABLE nudge (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id      INTEGER NOT NULL,
    reason         TEXT    NOT NULL,
    since          TEXT    NOT NULL,
    raised_at      TEXT    NOT NULL,
    outcome        TEXT    NOT NULL DEFAULT 'open'
                   CHECK (outcome IN ('open', 'answered', 'check_in', 'lost', 'snoozed', 'handled')),
    outcome_at     TEXT,
    snoozed_until  TEXT,
    UNIQUE (client_id, reason, since)
);
-- A client marked lost is not nudged again until they write: the mark ends with their next message.
CREATE TABLE lost_client (
    client_id  INTEGER PRIMARY KEY,
    since      TEXT    NOT NULL
);
