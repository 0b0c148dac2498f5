-- Edits of the bot's texts made in the chat: who, when, the value before and after. A draft is
-- an edit being put together; the last saved one is what /messages undo puts back; an overwritten
-- one was replaced by an edit of the file on disk.
CREATE TABLE text_edit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    admin_id    INTEGER NOT NULL,
    tag         TEXT    NOT NULL,
    msg_key     TEXT    NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    status      TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'saved', 'discarded', 'undone', 'overwritten')),
    created_at  TEXT    NOT NULL,
    saved_at    TEXT,
    -- an undo, or an edit on disk that replaced the saved text: when, and by whom (null: on disk)
    ended_at    TEXT,
    ended_by    INTEGER
);
CREATE INDEX text_edit_saved ON text_edit (saved_at) WHERE status = 'saved';

-- For each translated text, the English text it was translated from (as hashes): when English
-- changes and the translation does not, the translation is stale.
CREATE TABLE translation_basis (
    tag               TEXT NOT NULL,
    msg_key           TEXT NOT NULL,
    english_hash      TEXT NOT NULL,
    translation_hash  TEXT NOT NULL,
    PRIMARY KEY (tag, msg_key)
);

