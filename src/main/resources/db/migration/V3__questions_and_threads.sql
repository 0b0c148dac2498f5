-- The photographer who took this client: the first to answer them.
ALTER TABLE person ADD COLUMN photographer_id INTEGER;

-- What a sent message is about (e.g. 'client:123' on a question forwarded to a photographer),
-- so that a Telegram reply to it can be traced back to its client.
ALTER TABLE outbox ADD COLUMN ref TEXT;
CREATE INDEX outbox_sent_message ON outbox (chat_id, message_id) WHERE message_id IS NOT NULL;

-- Questions clients asked, until a person (or the FAQ) answered them.
CREATE TABLE question (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id     INTEGER NOT NULL REFERENCES person (user_id) ON DELETE CASCADE,
    text          TEXT    NOT NULL,
    asked_at      TEXT    NOT NULL,
    forwarded_at  TEXT,
    answered_at   TEXT,
    answered_by   INTEGER
);
CREATE INDEX question_open ON question (client_id) WHERE answered_at IS NULL;
