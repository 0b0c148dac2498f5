-- A shoot the client did not come to. Its status stays 'done' for the schema's check (the time was
-- the photographer's either way); the store reads the pair back as a no-show.
ALTER TABLE booking ADD COLUMN no_show INTEGER NOT NULL DEFAULT 0;
CREATE INDEX booking_no_shows ON booking (client_id) WHERE no_show = 1;
