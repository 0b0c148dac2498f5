package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README's guarantees stand on: every commit reaches the disk before it returns, so an
 * update stored before Telegram is told it arrived survives a power cut as it survives a crash.
 */
class DurabilitySettingsTest {
    @TempDir
    Path dir;

    @Test
    void everyCommitIsSyncedToTheWriteAheadLog_andDeletedRowsAreOverwritten() {
        try (Database db = Database.open(dir)) {
            assertThat(db.queryOne("PRAGMA journal_mode", rs -> rs.getString(1))).contains("wal");
            assertThat(db.queryOne("PRAGMA synchronous", rs -> rs.getInt(1))).as("2 is FULL").contains(2);
            assertThat(db.queryOne("PRAGMA secure_delete", rs -> rs.getInt(1))).contains(1);
            assertThat(db.queryOne("PRAGMA foreign_keys", rs -> rs.getInt(1))).contains(1);
        }
    }
}
