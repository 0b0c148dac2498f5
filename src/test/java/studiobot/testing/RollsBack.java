package studiobot.testing;

/**
 * An in-memory fake that {@link InMemoryTransactions} can put back as it was when the work of a
 * transaction fails, as the database rolls back.
 */
public interface RollsBack {
    /** Captures the state now; running the result (once) puts the fake back in that state. */
    Runnable savepoint();
}
