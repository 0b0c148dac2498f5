-- Every sweep and clean-up reads only what is due, by index:
-- the calendar's taken time (bookings not cancelled that end after a moment),
CREATE INDEX booking_busy ON booking (end_at) WHERE status <> 'cancelled';
-- and what the daily clean-up forgets: processed updates, sent or refused messages, finished
-- jobs, ended booking flows, each by its age.
CREATE INDEX inbox_processed ON inbox (received_at) WHERE processed_at IS NOT NULL;
CREATE INDEX outbox_finished ON outbox (created_at) WHERE status <> 'pending';
CREATE INDEX job_finished ON job (finished_at) WHERE status <> 'pending';
CREATE INDEX booking_flow_ended ON booking_flow (ended_at) WHERE ended_at IS NOT NULL;
-- (an ended flow still named by a draft is kept: the draft refers to it)
CREATE INDEX booking_draft_flow ON booking_draft (id);
