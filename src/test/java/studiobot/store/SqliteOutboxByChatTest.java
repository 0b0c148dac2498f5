package studiobot.store;

/**
 * {@link SqliteOutboxTest} with a walk of one message, so that every round with more than one
 * pending message finds what may go chat by chat: the same answers as the walk, by the other way.
 */
class SqliteOutboxByChatTest extends SqliteOutboxTest {
    @Override
    protected int walk() {
        return 1;
    }
}
