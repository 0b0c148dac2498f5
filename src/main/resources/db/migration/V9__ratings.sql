-- A client's rating of a shoot: once per booking; the comment is optional and comes after.
CREATE TABLE rating (
    booking_id    INTEGER PRIMARY KEY REFERENCES booking (id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL,
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    rated_at      TEXT    NOT NULL,
    comment       TEXT,
    commented_at  TEXT,
    -- after a low score: the remedy the client chose, and when the photographer marked it resolved
    remedy        TEXT,
    resolved_at   TEXT
);
