package studiobot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.delivery.Outbox;

/**
 * {@link OutboxContract} with a walk of one message, so that every round with more than one
 * pending message finds what may go chat by chat: the same answers as the walk, by the other way.
 */
class SqliteOutboxByChatTest extends OutboxContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    protected Outbox open() {
        db = Database.open(dir);
        return new SqliteOutbox(db, 1);
    }

    @Override
    protected Outbox reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
