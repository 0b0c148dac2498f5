package studiobot.store;

import studiobot.testing.InMemoryConversations;
import studiobot.testing.InMemoryJobs;
import studiobot.testing.InMemoryOutbox;
import studiobot.testing.InMemoryTransactions;

/** {@link TransactionsContract} on the in-memory fakes, rolled back by {@link InMemoryTransactions}. */
class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    void open() {
        InMemoryJobs inMemoryJobs = new InMemoryJobs();
        InMemoryOutbox inMemoryOutbox = new InMemoryOutbox();
        InMemoryConversations inMemoryConversations = new InMemoryConversations();
        jobs = inMemoryJobs;
        outbox = inMemoryOutbox;
        conversations = inMemoryConversations;
        transactions = new InMemoryTransactions(inMemoryJobs, inMemoryOutbox, inMemoryConversations);
    }
}
