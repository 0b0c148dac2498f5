package studiobot.store;

import studiobot.delivery.Inbox;
import studiobot.testing.InMemoryInbox;

/** {@link InboxContract} on the in-memory fake; a restart keeps the same object, so its state survives. */
class InMemoryInboxTest extends InboxContract {
    @Override
    Inbox open() {
        return new InMemoryInbox();
    }

    @Override
    Inbox reopen() {
        return inbox;
    }
}
