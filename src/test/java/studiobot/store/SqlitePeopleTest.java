package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.people.Person;

class SqlitePeopleTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private SqlitePeople people;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        people = new SqlitePeople(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void restart() {
        db.close();
        db = Database.open(dir);
        people = new SqlitePeople(db);
    }

    private String column(String column, long userId) {
        return db.queryOne("SELECT " + column + " FROM person WHERE user_id = ?", rs -> rs.getString(1), userId).orElseThrow();
    }

    @Test
    void seenInsertsSomeoneNew() {
        Person alice = people.seen(101, "Alice Ng", "ms", T0);

        assertThat(alice).isEqualTo(new Person(101, "Alice Ng", "ms", null, null));
        assertThat(people.find(101)).contains(alice);
        assertThat(column("first_seen", 101)).isEqualTo("2026-12-01T08:00:00.000000000Z");
    }

    @Test
    void seenAgainRefreshesNameLanguageAndLastSeenButNotFirstSeen() {
        people.seen(101, "Alice", "ms", T0);

        Person again = people.seen(101, "Alice Ng", "zh", T0.plus(Duration.ofDays(2)));

        assertThat(again).isEqualTo(new Person(101, "Alice Ng", "zh", null, null));
        assertThat(Instant.parse(column("first_seen", 101))).isEqualTo(T0);
        assertThat(Instant.parse(column("last_seen", 101))).isEqualTo(T0.plus(Duration.ofDays(2)));
    }

    @Test
    void seenWithoutALanguageKeepsTheOneKnown() {
        people.seen(101, "Alice", "ms", T0);

        Person again = people.seen(101, "Alice", null, T0.plusSeconds(60));

        assertThat(again.telegramLanguage()).isEqualTo("ms");
        assertThat(people.find(101).orElseThrow().telegramLanguage()).isEqualTo("ms");
    }

    @Test
    void chosenLocaleAndZoneRoundTripAndSurviveARestartAndLaterSightings() {
        people.seen(101, "Alice", "ms", T0);

        people.chooseLocale(101, "zh");
        people.setZone(101, ZoneId.of("Asia/Kuala_Lumpur"));
        restart();
        people.seen(101, "Alice", "en", T0.plusSeconds(60));

        Person alice = people.find(101).orElseThrow();
        assertThat(alice.chosen()).contains("zh");
        assertThat(alice.knownZone()).contains(ZoneId.of("Asia/Kuala_Lumpur"));
        assertThat(alice.telegramLanguage()).isEqualTo("en");
    }

    @Test
    void findSomeoneUnknownIsEmpty() {
        people.seen(101, "Alice", "ms", T0);

        assertThat(people.find(202)).isEmpty();
    }

    @Test
    void databaseFileIsInWalModeAndTheConnectionEnforcesForeignKeys() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        assertThat(db.file()).isEqualTo(file);

        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = plain.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        assertThat(db.queryOne("PRAGMA foreign_keys", rs -> rs.getInt(1))).contains(1);
        assertThat(db.queryOne("PRAGMA synchronous", rs -> rs.getInt(1))).contains(2);
        assertThat(db.queryOne("PRAGMA busy_timeout", rs -> rs.getInt(1))).contains(10_000);
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
