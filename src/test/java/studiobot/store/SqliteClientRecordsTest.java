package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Sender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * Erasing a client is only as complete as the list of places it looks: these fail when a
 * migration adds a table, or a feature a job kind, that {@link SqliteClientRecords} does not know.
 * The rest are the edges of erasure; it is shown end to end by PrivacyConversationTest.
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

    private static final long ZEPHYRINE = 111_222_333L;
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private final Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void aCommonWordSheTypedDoesNotTouchAnotherClientsMessages() {
        try (Database db = Database.open(data)) {
            long[] held = new long[1];
            db.inTransaction(() -> {
                new SqlitePeople(db).seen(ZEPHYRINE, "Zephyrine Quillfeather", "en", now);
                new SqliteConversations(db).record(Conversations.Line.in(ZEPHYRINE, now, MessageKind.MESSAGE, 5L, null).saying("booking"));
                // Maria's alert to Anna, held for the morning: nothing to do with Zephyrine
                held[0] = new SqliteOutbox(db).enqueue(Reply.mayWait(new ChatId(ANNA), MessageKind.ALERT,
                        Msg.of("booking.alert.new", Map.of("client", "Maria", "package", "booking"))).about(MARIA), now.plusSeconds(3600), now);
                return null;
            });

            new SqliteClientRecords(db).erase(ZEPHYRINE, now);

            assertThat(db.query("SELECT payload FROM outbox WHERE id = ?", rs -> rs.getString(1), held[0]))
                    .singleElement().asString().contains("Maria");
        }
    }

    @Test
    void aShortNameIsLookedForWhole() {
        try (Database db = Database.open(data)) {
            db.inTransaction(() -> {
                new SqlitePeople(db).seen(ZEPHYRINE, "Zoë", "en", now);
                SqliteOutbox outbox = new SqliteOutbox(db);
                long id = outbox.enqueue(Reply.now(new ChatId(ANNA), MessageKind.ANSWER, Msg.of("agenda.item", Map.of("client", "Zoë"))), now, now);
                outbox.delivered(id, 77, now);
                return null;
            });

            new SqliteClientRecords(db).erase(ZEPHYRINE, now);

            assertThat(db.query("SELECT payload FROM outbox WHERE payload LIKE '%Zoë%'", rs -> rs.getString(1))).isEmpty();
        }
    }

    @Test
    void aStaffUpdateQuotingHerThatWaitsIsBlankedOnceHandled() {
        try (Database db = Database.open(data)) {
            SqliteInbox inbox = new SqliteInbox(db);
            db.inTransaction(() -> {
                new SqlitePeople(db).seen(ZEPHYRINE, "Zephyrine Quillfeather", "en", now);
                inbox.store(List.of(new Incoming("telegram", 99L, new ChatId(ANNA), new Sender(ANNA, "Anna", null, null, "el"),
                        new Input.Text("Of course, Zephyrine!", 60, 12L))), now);
                return null;
            });
            long seq = db.queryOne("SELECT seq FROM inbox", rs -> rs.getLong(1)).orElseThrow();

            new SqliteClientRecords(db).erase(ZEPHYRINE, now);

            assertThat(inbox.isPending(seq)).as("still to be handled, as it was").isTrue();
            db.inTransaction(() -> {
                inbox.markDone(seq, now, null);
                return null;
            });
            assertThat(db.query("SELECT payload FROM inbox WHERE payload LIKE '%Zephyrine%'", rs -> rs.getString(1))).isEmpty();
        }
    }

    @Test
    void aPhotographersReplyBeingWrittenToHerIsClosed() {
        try (Database db = Database.open(data)) {
            SqlitePeople people = new SqlitePeople(db);
            db.inTransaction(() -> {
                people.seen(ZEPHYRINE, "Zephyrine Quillfeather", "en", now);
                people.seen(ANNA, "Anna", "el", now);
                people.setAwaiting(ANNA, "relay:" + ZEPHYRINE);
                return null;
            });

            new SqliteClientRecords(db).erase(ZEPHYRINE, now);

            assertThat(people.awaiting(ANNA)).isEmpty();
        }
    }

    @Test
    void aClientWithNoBookingsLeavesNoOneBehind() {
        try (Database db = Database.open(data)) {
            db.inTransaction(() -> new SqlitePeople(db).seen(ZEPHYRINE, "Zephyrine Quillfeather", "en", now));

            assertThat(new SqliteClientRecords(db).erase(ZEPHYRINE, now)).isZero();

            assertThat(db.queryOne("SELECT COUNT(*) FROM person", rs -> rs.getInt(1)).orElseThrow()).isZero();
        }
    }
}
