-- Shoots clients booked. A confirmed booking holds its photographer's time; cancelled ones stay for
-- the record (and the client's change count). answers: the onboarding questionnaire, as JSON.
CREATE TABLE booking (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id        INTEGER NOT NULL REFERENCES person (user_id) ON DELETE CASCADE,
    photographer_id  TEXT    NOT NULL,
    package_id       TEXT    NOT NULL,
    start_at         TEXT    NOT NULL,
    end_at           TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('confirmed', 'done', 'cancelled')),
    answers          TEXT    NOT NULL DEFAULT '[]',
    created_at       TEXT    NOT NULL,
    changed_at       TEXT    NOT NULL
);
-- The last line of defence against a double booking: one live booking per photographer and start.
CREATE UNIQUE INDEX booking_one_per_start ON booking (photographer_id, start_at) WHERE status <> 'cancelled';
CREATE INDEX booking_by_client ON booking (client_id, start_at);
CREATE INDEX booking_by_time ON booking (start_at) WHERE status <> 'cancelled';

-- Every reschedule and cancellation, by whom: the client's own changes are what a photographer watches.
CREATE TABLE booking_change (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    booking_id  INTEGER NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    client_id   INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('reschedule', 'cancel')),
    by_client   INTEGER NOT NULL,
    from_start  TEXT    NOT NULL,
    to_start    TEXT,
    at          TEXT    NOT NULL
);
CREATE INDEX booking_change_by_client ON booking_change (client_id, kind);

-- Every booking flow started, and how it ended ('booked', 'moved', 'cancelled', 'replaced' by a new
-- flow; NULL while open or abandoned): the id tells a fresh flow's buttons from a stale one's, and an unfinished flow can be noticed.
CREATE TABLE booking_flow (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id     INTEGER NOT NULL,
    package_id   TEXT    NOT NULL,
    booking_id   INTEGER,
    started_at   TEXT    NOT NULL,
    ended_at     TEXT,
    outcome      TEXT
);

-- A booking being made (or moved), one per person: each step is saved, so the flow survives a restart.
CREATE TABLE booking_draft (
    owner_id         INTEGER PRIMARY KEY,
    id               INTEGER NOT NULL REFERENCES booking_flow (id),
    package_id       TEXT    NOT NULL,
    booking_id       INTEGER,
    day              TEXT,
    photographer_id  TEXT,
    start_at         TEXT,
    end_at           TEXT,
    answers          TEXT    NOT NULL DEFAULT '[]',
    started_at       TEXT    NOT NULL,
    changed_at       TEXT    NOT NULL
);
