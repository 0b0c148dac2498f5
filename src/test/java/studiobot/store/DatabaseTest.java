package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection keeps its prepared statements: what it runs afterwards must not notice. */
class DatabaseTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private SqlitePeople people;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        people = new SqlitePeople(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aKeptStatement_runsWithEachCallsOwnValues() {
        people.seen(101, "Alice", "en", T0);
        people.seen(102, "Bob", "el", T0);

        assertThat(people.find(101)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Alice"));
        assertThat(people.find(102)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Bob"));
        assertThat(people.find(103)).isEmpty();
    }

    @Test
    void insertsReturnTheirOwnIds() {
        SqliteOutbox outbox = new SqliteOutbox(db);
        studiobot.chat.Reply reply = studiobot.chat.Reply.now(new studiobot.chat.ChatId(101), studiobot.chat.MessageKind.ANSWER,
                studiobot.chat.Msg.verbatim("hi"));

        long first = outbox.enqueue(reply, T0, T0);
        long second = outbox.enqueue(reply, T0, T0);

        assertThat(List.of(first, second)).containsExactly(1L, 2L);
        assertThat(db.queryOne("SELECT chat_id FROM outbox WHERE id = ?", rs -> rs.getLong(1), second)).contains(101L);
    }

    @Test
    void theSameStatement_runInsideItsOwnRows_leavesTheFirstRunWhole() {
        people.seen(101, "Alice", "en", T0);
        people.seen(102, "Bob", "el", T0);
        String sql = "SELECT user_id FROM person ORDER BY user_id";

        List<Long> outer = db.query(sql, rs -> {
            assertThat(db.query(sql, inner -> inner.getLong(1))).hasSize(2);
            return rs.getLong(1);
        });

        assertThat(outer).containsExactly(101L, 102L);
    }

    @Test
    void aBackup_afterWork_andAgain_holdsWhatWasWritten() throws Exception {
        people.seen(101, "Alice", "en", T0);
        people.find(101);

        db.backupTo(dir.resolve("one.db"));
        people.seen(102, "Bob", "el", T0);
        db.backupTo(dir.resolve("two.db"));

        Files.createDirectories(dir.resolve("copy"));
        Files.copy(dir.resolve("two.db"), dir.resolve("copy").resolve(Database.FILE_NAME));
        try (Database copy = Database.open(dir.resolve("copy"))) {
            assertThat(new SqlitePeople(copy).find(102)).isPresent();
        }
        assertThat(dir.resolve("one.db")).isNotEmptyFile();
    }

    @Test
    void theCheckpoint_emptiesTheLog_whileStatementsAreKept() throws Exception {
        people.seen(101, "Alice", "en", T0);
        people.find(101);
        Path wal = dir.resolve("data").resolve(Database.FILE_NAME + "-wal");
        assertThat(Files.size(wal)).isPositive();

        db.checkpoint();

        assertThat(Files.size(wal)).isZero();
    }
}
