package studiobot.testing;

import java.util.List;
import java.util.function.Supplier;
import studiobot.delivery.Transactions;

/**
 * Transactions over in-memory fakes that roll back as the database does ({@code TransactionsContract}
 * runs against both): when the work throws, every fake these transactions cover is put back as it was
 * when the work began, and the failure goes on to the caller. A transaction begun inside another joins
 * it. For unit tests of code that relies on a rollback (a job marked done before its handler runs, say);
 * where nothing needs undoing, {@link DirectTransactions} does.
 */
public final class InMemoryTransactions implements Transactions {
    private final List<RollsBack> stores;
    private boolean inside;

    public InMemoryTransactions(RollsBack... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (inside) {
            return work.get(); // joins the transaction under way: the outer one rolls back for both
        }
        List<Runnable> rollback = stores.stream().map(RollsBack::savepoint).toList();
        inside = true;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rollback.forEach(Runnable::run);
            throw e;
        } finally {
            inside = false;
        }
    }
}
