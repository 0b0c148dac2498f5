package studiobot.delivery;

import java.util.function.Supplier;

/** Port: runs work atomically; everything the work stores commits together or not at all. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
