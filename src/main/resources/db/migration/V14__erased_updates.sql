-- A stored update that quotes a client who had their data erased while it waited in its lane: its
-- payload is blanked once it is handled.
ALTER TABLE inbox ADD COLUMN scrub INTEGER NOT NULL DEFAULT 0;
