package studiobot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.nudge.Nudges;

class SqliteNudgesTest extends NudgesContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    Nudges open() {
        db = Database.open(dir);
        return new SqliteNudges(db);
    }

    @Override
    Nudges reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
