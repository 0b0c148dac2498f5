package studiobot.store;

/** A database failure, with what was being done when it happened. */
public final class StoreException extends RuntimeException {
    StoreException(String doing, Throwable cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }
}
