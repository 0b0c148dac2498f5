-- The message a booking flow's screen is in, when a press drew it there: a screen drawn before the
-- client's time zone was known is redrawn in that message once the zone is set.
ALTER TABLE booking_flow ADD COLUMN screen_message_id INTEGER;
