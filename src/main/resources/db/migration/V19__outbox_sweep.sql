-- The outbox's sweep reads only pending rows, from indexes:
-- the pending messages oldest first, each with what decides whether it may go now,
CREATE INDEX outbox_pending_order ON outbox (id, chat_id, press, not_before, retry_at) WHERE status = 'pending';
-- each chat's earlier pending messages (press and not_before in the index, so no row is read),
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (chat_id, id, press, not_before) WHERE status = 'pending';
-- and, for when the next may go, the pending messages by the time they may.
CREATE INDEX outbox_pending_held ON outbox (not_before, press, retry_at) WHERE status = 'pending';
