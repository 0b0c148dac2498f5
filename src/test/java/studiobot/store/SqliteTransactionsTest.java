package studiobot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link TransactionsContract} on a real SQLite file: the database and its adapters. */
class SqliteTransactionsTest extends TransactionsContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    void open() {
        db = Database.open(dir);
        transactions = db;
        jobs = new SqliteJobs(db);
        outbox = new SqliteOutbox(db);
        conversations = new SqliteConversations(db);
    }

    @AfterEach
    void close() {
        db.close();
    }
}
