-- Every message of a client's conversation, in and out, kept after the outbox forgets a sent message.
-- chat_id is where the message was: the client's chat, or a photographer's for an alert about the client.
CREATE TABLE conversation (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id   INTEGER NOT NULL,
    chat_id     INTEGER NOT NULL,
    at          TEXT    NOT NULL,
    incoming    INTEGER NOT NULL,
    author      INTEGER,
    kind        TEXT    NOT NULL,
    awaits      INTEGER NOT NULL DEFAULT 0,
    message_id  INTEGER,
    refers_to   INTEGER,
    outbox_id   INTEGER
);
CREATE INDEX conversation_client ON conversation (client_id, at);
CREATE INDEX conversation_message ON conversation (chat_id, message_id) WHERE message_id IS NOT NULL;
CREATE INDEX conversation_outbox ON conversation (outbox_id) WHERE outbox_id IS NOT NULL;

-- Messages forwarded to photographers before this record existed stay answerable by a Telegram reply:
-- the ones sent already by their message id, the ones still waiting in the outbox once they are sent.
INSERT INTO conversation (client_id, chat_id, at, incoming, kind, message_id, outbox_id)
SELECT CAST(substr(ref, 8) AS INTEGER), chat_id, created_at, 0, 'ALERT', message_id,
       CASE WHEN message_id IS NULL THEN id END
FROM outbox WHERE ref LIKE 'client:%' AND (message_id IS NOT NULL OR status = 'pending');

-- The outbox now keeps what to say (a reply, rendered when it goes out); rows stored before hold a rendered message.
ALTER TABLE outbox ADD COLUMN format TEXT NOT NULL DEFAULT 'rendered';
-- The answer to a button press goes out at once, not behind its chat's queue (a retry, a held message).
ALTER TABLE outbox ADD COLUMN press INTEGER NOT NULL DEFAULT 0;
