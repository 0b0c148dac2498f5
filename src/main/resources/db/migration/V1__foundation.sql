-- People the bot has met. user_id is the Telegram user id, also their private chat id.
CREATE TABLE person (
    user_id            INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL,
    telegram_language  TEXT,
    chosen_locale      TEXT,
    zone               TEXT,
    first_seen         TEXT    NOT NULL,
    last_seen          TEXT    NOT NULL
);

-- Updates as received, kept until processed (and a week after, to recognise redeliveries).
CREATE TABLE inbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    source       TEXT    NOT NULL,
    update_id    INTEGER,
    chat_id      INTEGER NOT NULL,
    payload      TEXT    NOT NULL,
    received_at  TEXT    NOT NULL,
    processed_at TEXT,
    error        TEXT,
    UNIQUE (source, update_id)
);
CREATE INDEX inbox_pending ON inbox (seq) WHERE processed_at IS NULL;

-- Messages stored before they are sent; per chat in id order.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id      INTEGER NOT NULL,
    payload      TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    not_before   TEXT    NOT NULL,
    retry_at     TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'rejected')),
    sent_at      TEXT,
    message_id   INTEGER,
    last_error   TEXT
);
CREATE INDEX outbox_pending ON outbox (chat_id, id) WHERE status = 'pending';

-- Promised work: reminders, follow-ups, housekeeping.
CREATE TABLE job (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL,
    job_key     TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    due_at      TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    finished_at TEXT
);
CREATE UNIQUE INDEX job_pending_key ON job (job_key) WHERE status = 'pending';
CREATE INDEX job_due ON job (due_at) WHERE status = 'pending';

-- Small values the program keeps for itself (the callback signing secret).
CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
