package studiobot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.schedule.Jobs;

/** {@link JobsContract} on a real SQLite file; a restart closes the database and opens it again. */
class SqliteJobsTest extends JobsContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    Jobs open() {
        db = Database.open(dir);
        return new SqliteJobs(db);
    }

    @Override
    Jobs reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
