package studiobot.testing;

import java.util.function.Supplier;
import studiobot.delivery.Transactions;

/**
 * Transactions for unit tests over in-memory fakes: the work just runs, and nothing is rolled back
 * when it throws. For code that relies on a rollback, {@link InMemoryTransactions}; that the
 * database rolls back is tested with it ({@code TransactionsContract}, {@code AtomicWorkTest}).
 */
public final class DirectTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
