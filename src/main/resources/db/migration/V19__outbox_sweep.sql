-- The outbox's sweep, every round, reads only pending rows and only from indexes:
-- each chat's head (press and not_before in the index, so no row is read to find it),
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (chat_id, id, press, not_before) WHERE status = 'pending';
-- the answers to button presses, which queue apart,
CREATE INDEX outbox_pending_press ON outbox (id) WHERE status = 'pending' AND press = 1;
-- and messages held for later, by when they may go.
CREATE INDEX outbox_pending_held ON outbox (not_before) WHERE status = 'pending';
