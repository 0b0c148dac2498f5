package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SQLite plans for the statements that run against the biggest tables: each reads through its
 * index, never a scan of the whole table (a calendar step read every booking ever made, the daily
 * clean-up every update and message).
 */
class QueryPlansTest {
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> plan(String sql) {
        int parameters = (int) sql.chars().filter(c -> c == '?').count();
        Object[] values = new Object[parameters];
        java.util.Arrays.fill(values, "2026-12-01T00:00:00Z");
        return db.query("EXPLAIN QUERY PLAN " + sql, rs -> rs.getString("detail"), values);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the calendar's taken time      | BUSY        | booking_busy
            forgetting processed updates   | INBOX       | inbox_processed
            forgetting finished messages   | OUTBOX      | outbox_finished
            forgetting finished jobs       | JOBS        | job_finished
            forgetting ended booking flows | FLOWS       | booking_flow_ended
            """)
    void readsThroughItsIndex_neverTheWholeTable(String what, String statement, String index) {
        String sql = switch (statement) {
            case "BUSY" -> SqliteBookings.BUSY;
            case "INBOX" -> SqliteInbox.PRUNE;
            case "OUTBOX" -> SqliteOutbox.PRUNE;
            case "JOBS" -> SqliteJobs.PRUNE;
            default -> SqliteBookings.PRUNE_FLOWS;
        };

        List<String> plan = plan(sql);

        assertThat(plan).as("%s", plan).anySatisfy(step -> assertThat(step).containsPattern("USING (COVERING )?INDEX " + index + "\\b"));
        assertThat(plan).as("no step reads a whole table: %s", plan).noneMatch(step -> step.startsWith("SCAN "));
    }

    @Test
    void theMessagesARoundMaySend_areFoundFromPendingIndexesAlone_oldestFirst() {
        List<String> plan = plan(SqliteOutbox.DUE);

        assertThat(plan).as("%s", plan)
                .anySatisfy(step -> assertThat(step).matches("SCAN outbox USING COVERING INDEX outbox_pending_order\\b.*"))
                .anySatisfy(step -> assertThat(step).matches("SEARCH p USING COVERING INDEX outbox_pending \\(chat_id=\\? AND id<\\?\\).*"));
        assertThat(plan).as("every read of the table is from a covering index: %s", plan)
                .filteredOn(step -> step.matches("(SCAN|SEARCH) (outbox|p)\\b.*"))
                .allSatisfy(step -> assertThat(step).contains("USING COVERING INDEX"));
        assertThat(plan).as("oldest first from the index itself, so the limit ends the read: %s", plan)
                .noneMatch(step -> step.contains("TEMP B-TREE"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            when the next may go                          | NEXT_DUE
            the messages that may go, found chat by chat | DUE_BY_CHAT
            how many are pending, up to a count          | PENDING_UP_TO
            """)
    void readsOnlyPendingRows(String what, String statement) {
        List<String> plan = plan(switch (statement) {
            case "NEXT_DUE" -> SqliteOutbox.NEXT_DUE;
            case "DUE_BY_CHAT" -> SqliteOutbox.DUE_BY_CHAT;
            default -> SqliteOutbox.PENDING_UP_TO;
        });

        assertThat(plan).as("%s", plan)
                .filteredOn(step -> step.matches("(SCAN|SEARCH) (outbox|o|p|h)\\b.*"))
                .isNotEmpty()
                .allSatisfy(step -> assertThat(step).matches(".*USING (COVERING INDEX outbox_pending(_held|_order)?\\b|INTEGER PRIMARY KEY).*"));
    }
}
