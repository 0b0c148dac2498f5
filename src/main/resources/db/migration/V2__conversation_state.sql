-- What the bot last asked a person and waits for them to answer (e.g. 'zone'); null when nothing.
ALTER TABLE person ADD COLUMN awaiting TEXT;
-- Set once the bot has offered to switch to the language of the script the person writes in.
ALTER TABLE person ADD COLUMN script_offered_at TEXT;
