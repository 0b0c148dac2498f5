-- Set once the bot has asked, unprompted, for the person's time zone (the first time it showed them a time).
ALTER TABLE person ADD COLUMN zone_asked_at TEXT;
