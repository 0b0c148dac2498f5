-- Starting a booking flow closes the person's open one: find it without reading every flow ever started.
CREATE INDEX booking_flow_open ON booking_flow (owner_id) WHERE ended_at IS NULL;
