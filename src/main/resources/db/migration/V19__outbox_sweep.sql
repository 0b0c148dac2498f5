-- The outbox's sweep, every round, reads only pending rows and only from indexes:
-- the pending messages oldest first, each with what decides whether it may go now,
CREATE INDEX outbox_pending_order ON outbox (id, chat_id, press, not_before, retry_at) WHERE status = 'pending';
-- each chat's earlier pending messages (press and not_before in the index, so no row is read),
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (chat_id, id, press, not_before) WHERE status = 'pending';
-- the answers to button presses, which queue apart,
CREATE INDEX outbox_pending_press ON outbox (id) WHERE status = 'pending' AND press = 1;
-- and messages held for later, by when they may go.
CREATE INDEX outbox_pending_held ON outbox (not_before) WHERE status = 'pending';
