package studiobot.testing;

import java.util.function.Supplier;
import studiobot.delivery.Transactions;

/**
 * Transactions for unit tests over in-memory fakes: the work just runs. Rolling back is the
 * database's business and is tested with it (DatabaseTest, and the end-to-end tests).
 */
public final class DirectTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
