-- What the studio sent a client after a shoot (a sneak peek, the gallery's link), and the drafts
-- photographers are putting together: a row is a draft while sent_at is null.
CREATE TABLE delivery (
    id          INTEGER PRIMARY KEY,
    booking_id  INTEGER NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('sneak_peek', 'gallery')),
    author_id   INTEGER NOT NULL,
    started_at  TEXT    NOT NULL,
    sent_at     TEXT,
    link        TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX delivery_of_booking ON delivery (booking_id, kind);

-- A delivery's photos, in the order the photographer sent them (a Telegram file id, or a link).
CREATE TABLE delivery_photo (
    delivery_id INTEGER NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    file        TEXT    NOT NULL,
    PRIMARY KEY (delivery_id, position)
);
