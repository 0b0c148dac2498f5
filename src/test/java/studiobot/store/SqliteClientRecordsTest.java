package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * Erasing a client is only as complete as the list of places it looks: these fail when a
 * migration adds a table, or a feature a job kind, that {@link SqliteClientRecords} does not know.
 * (What erasing does is shown end to end by PrivacyConversationTest.)
 */
class SqliteClientRecordsTest {
    @TempDir
    Path data;

    @Test
    void everyTableOfTheSchemaIsKnown() {
        try (Database db = Database.open(data)) {
            Set<String> tables = new HashSet<>(db.query(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'",
                    rs -> rs.getString(1)));

            assertThat(tables).as("a new table may hold a client's data: teach SqliteClientRecords where")
                    .containsExactlyInAnyOrderElementsOf(SqliteClientRecords.TABLES);
        }
    }

    @Test
    void everyJobKindIsKnown() {
        try (BotHarness harness = new BotHarness(data, TestTexts.messages(), TestClock.at("2026-11-23T08:00:00Z"), ChatLanes.DIRECT)) {
            assertThat(harness.bot().jobRunning().kinds()).as("a new job kind may be about a client: say what its payload names")
                    .containsExactlyInAnyOrderElementsOf(SqliteClientRecords.JOB_SUBJECTS.keySet());
        }
    }
}
