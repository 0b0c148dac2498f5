-- The team: every photographer, from the config (written at each start; the config wins for the
-- people it names) or invited in the chat. The id is the one bookings carry.
CREATE TABLE staff_member (
    id           TEXT    PRIMARY KEY,
    telegram_id  INTEGER NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    zone         TEXT    NOT NULL,
    locale       TEXT    NOT NULL,
    hours        TEXT    NOT NULL DEFAULT '{}',
    packages     TEXT    NOT NULL DEFAULT '[]',
    source       TEXT    NOT NULL CHECK (source IN ('config', 'invited')),
    state        TEXT    NOT NULL CHECK (state IN ('active', 'removed')),
    joined_at    TEXT    NOT NULL
);

-- One-time invitations to join as a photographer, by deep link.
CREATE TABLE staff_invite (
    token       TEXT    PRIMARY KEY,
    admin_id    INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL,
    used_by     INTEGER,
    used_at     TEXT
);
