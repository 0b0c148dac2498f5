package studiobot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.delivery.Inbox;

/** {@link InboxContract} on a real SQLite file; a restart closes the database and opens it again. */
class SqliteInboxTest extends InboxContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    Inbox open() {
        db = Database.open(dir);
        return new SqliteInbox(db);
    }

    @Override
    Inbox reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
