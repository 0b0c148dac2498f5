package studiobot.store;

import studiobot.delivery.Outbox;
import studiobot.testing.InMemoryOutbox;

class InMemoryOutboxTest extends OutboxContract {
    private InMemoryOutbox fake;

    @Override
    protected Outbox open() {
        fake = new InMemoryOutbox();
        return fake;
    }

    @Override
    protected Outbox reopen() {
        return fake;
    }
}
