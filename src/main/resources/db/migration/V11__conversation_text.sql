-- What was said: a client's own words (cut at 500 characters), the studio's message as its key and
-- arguments (JSON); NULL for a press, a photo, a file, and for lines recorded before this column.
ALTER TABLE conversation ADD COLUMN text TEXT;
