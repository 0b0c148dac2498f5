package studiobot;

/**
 * An operator command that will not do what it was asked, for a reason the operator can fix (a
 * data directory with no database, a target that exists, a client the studio does not know): one
 * line on stderr and exit code {@link #EXIT_CODE}, no stack trace.
 */
final class Refusal extends RuntimeException {
    static final int EXIT_CODE = 3;

    Refusal(String message) {
        super(message, null, false, false);
    }
}
