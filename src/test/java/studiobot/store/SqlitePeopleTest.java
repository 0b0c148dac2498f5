package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.people.People;

/**
 * {@link PeopleContract} on a real SQLite file (a restart closes the database and opens it again), and
 * what only the database itself does: its file settings, its transactions, how it writes instants.
 */
class SqlitePeopleTest extends PeopleContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    People open() {
        db = Database.open(dir);
        return new SqlitePeople(db);
    }

    @Override
    People reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void databaseFileIsInWalModeAndTheConnectionEnforcesForeignKeys() {
        assertThat(db.file()).isEqualTo(dir.resolve(Database.FILE_NAME));

        people.seen(101, "Alice", "ms", T0);

        assertThat(dir.resolve(Database.FILE_NAME + "-wal")).exists();
        assertThat(db.queryOne("PRAGMA journal_mode", rs -> rs.getString(1))).hasValueSatisfying(
                mode -> assertThat(mode).isEqualToIgnoringCase("wal"));
        assertThat(db.queryOne("PRAGMA foreign_keys", rs -> rs.getInt(1))).contains(1);
        assertThat(db.queryOne("PRAGMA synchronous", rs -> rs.getInt(1))).contains(2);
        assertThat(db.queryOne("PRAGMA busy_timeout", rs -> rs.getInt(1))).contains(10_000);
    }

    @Test
    void instantsAreWrittenAsFixedWidthUtcTextThatSortsInTimeOrder() {
        Instant whole = Instant.parse("2026-12-01T08:00:00Z");
        Instant fraction = whole.plusMillis(500);
        Instant nextSecond = whole.plusSeconds(1);

        assertThat(Database.text(whole)).isEqualTo("2026-12-01T08:00:00.000000000Z");
        assertThat(Stream.of(nextSecond, fraction, whole).map(Database::text).sorted())
                .containsExactly(Database.text(whole), Database.text(fraction), Database.text(nextSecond));
        assertThat(Database.instant(Database.text(fraction.plusNanos(1)))).isEqualTo(fraction.plusNanos(1));
    }

    @Test
    void inTransactionRollsBackEverythingWhenTheWorkThrows() {
        SqliteOutbox outbox = new SqliteOutbox(db);
        SqliteJobs jobs = new SqliteJobs(db);

        assertThatThrownBy(() -> db.run(() -> {
            outbox.enqueue(studiobot.chat.Reply.now(new ChatId(101), studiobot.chat.MessageKind.ANSWER, studiobot.chat.Msg.verbatim("hello")), T0, T0);
            jobs.schedule("reminder", "booking-42", "{}", T0);
            people.seen(101, "Alice", "ms", T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(outbox.pendingCount()).isZero();
        assertThat(jobs.pending("booking-42")).isEmpty();
        assertThat(people.find(101)).isEmpty();

        db.run(() -> outbox.enqueue(studiobot.chat.Reply.now(new ChatId(101), studiobot.chat.MessageKind.ANSWER, studiobot.chat.Msg.verbatim("after")), T0, T0));
        restart();
        assertThat(new SqliteOutbox(db).pendingCount()).isEqualTo(1);
    }

    @Test
    void inTransactionCommitsWhatTheWorkStoredAndReturnsItsResult() {
        String result = db.inTransaction(() -> {
            people.seen(101, "Alice", "ms", T0);
            people.chooseLocale(101, "el");
            return "ok";
        });

        restart();

        assertThat(result).isEqualTo("ok");
        assertThat(people.find(101).orElseThrow().chosenLocale()).isEqualTo("el");
    }
}
