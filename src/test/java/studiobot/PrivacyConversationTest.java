package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;
import static studiobot.testing.BotHarness.to;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.store.Database;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/**
 * {@code /privacy}: Zephyrine, an English-speaking client, has had a portrait taken (with an
 * answer to its question, a low rating and a comment), has another booked, and asked Anna a
 * question Anna answered. She sees what is kept, downloads it, and has it erased: afterwards her
 * name, id and words are nowhere in the database file, the shoot that took place stays as a
 * deleted client's, and Anna hears that the coming one is off without hearing who.
 */
class PrivacyConversationTest extends DemoStudioConversation {
    private static final long ZEPHYRINE = 987_654_321L;
    private static final String NAME = "Zephyrine Quillfeather";
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private static final String ANSWER = "Portraits for my marmalade bakery website";
    private static final String COMMENT = "The lighting felt quixotically harsh";
    private static final String QUESTION = "May my tortoise Quokkaberry sit in the frame?";
    /** Her words and name, as they would be found in the file. */
    private static final List<String> TRACES = List.of("Zephyrine", "Quillfeather", "987654321", "marmalade", "quixotically", "Quokkaberry");



    @BeforeEach
    void seed() {
        harness.bot().people().seen(ZEPHYRINE, NAME, "en", clock.instant());
        harness.bot().people().setZone(ZEPHYRINE, java.time.ZoneId.of("Europe/London"));
    }


    private List<Sent> tell(long user, String text) {
        return harness.tell(user, name(user), user == ANNA ? "el" : "en", new Input.Text(text, 1));
    }

    private List<Sent> press(long user, Sent on, String action, Predicate<List<String>> args) {
        return harness.press(user, name(user), user == ANNA ? "el" : "en", on, action, args);
    }

    private static String name(long user) {
        return user == ZEPHYRINE ? NAME : user == MARIA ? "Maria" : "Anna";
    }

    private List<Sent> at(Instant when) {
        clock.set(when);
        harness.bot().jobRunning().drain();
        return harness.flushSaid();
    }

    /** Books the portrait on the day (yyyyMMdd) at the start, answering its question with {@code answer}. */
    private void book(long client, String day, Instant start, String answer) {
        Sent calendar = last(press(client, last(tell(client, "/book")), "book", BotHarness::any));
        Sent times = last(press(client, calendar, "bkd", args -> args.get(args.size() - 1).equals(day)));
        String startWord = Long.toString(start.getEpochSecond() / 60, 36);
        press(client, times, "bkt", args -> args.get(1).equals(startWord));
        Sent confirm = last(tell(client, answer));
        assertThat(press(client, confirm, "bkc", BotHarness::any)).extracting(Sent::key).contains("booking.confirmed");
    }

    // Tuesday 24 November, 10:00–11:00 in Athens; Friday 27 November, 10:00
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant FRIDAY_10 = Instant.parse("2026-11-27T08:00:00Z");

    /** The story before she asks: a shoot done and rated low with a comment, one to come, a question answered. */
    private void herStory() {
        book(ZEPHYRINE, "20261124", TUESDAY_10, ANSWER);
        book(ZEPHYRINE, "20261127", FRIDAY_10, "Same again, please");
        book(MARIA, "20261127", FRIDAY_10.plus(Duration.ofHours(3)), "Graduation");
        Sent request = to(ZEPHYRINE, at(TUESDAY_10.plus(Duration.ofHours(4)))).stream()
                .filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();
        press(ZEPHYRINE, request, "rate", args -> args.get(1).equals("2"));
        tell(ZEPHYRINE, COMMENT);
        List<Sent> asked = tell(ZEPHYRINE, QUESTION);
        Sent toAnna = asked.stream().filter(s -> s.to().value() == ANNA && "handoff.question".equals(s.key())).findFirst()
                .orElseGet(() -> {
                    // a close FAQ match first: she asks the photographer
                    Sent closest = BotHarness.firstTo(ZEPHYRINE, asked);
                    return BotHarness.firstTo(ANNA, press(ZEPHYRINE, closest, "faqno", BotHarness::any));
                });
        assertThat(toAnna.arg("client")).isEqualTo(NAME);
        // Anna answers with Telegram's reply: her update quotes Zephyrine's name and words
        harness.tell(ANNA, "Anna", "el", new Input.Text("Of course, Zephyrine: bring Quokkaberry along!", 60, toAnna.messageId()));
    }

    @Test
    void sheSeesWhatIsKeptCountedWithDates() {
        herStory();

        Sent summary = last(tell(ZEPHYRINE, "/privacy"));

        assertThat(summary.key()).isEqualTo("privacy.summary");
        assertThat(summary.arg("name")).isEqualTo(NAME);
        assertThat(summary.arg("bookings")).isEqualTo(2);
        assertThat(summary.arg("toCome")).isEqualTo(1);
        assertThat(summary.arg("questions")).isEqualTo(1);
        assertThat(summary.arg("ratings")).isEqualTo(1);
        assertThat(summary.arg("firstSeen")).isEqualTo(new studiobot.chat.Arg.Date(java.time.LocalDate.of(2026, 11, 23)));
        assertThat((int) summary.arg("lines")).isGreaterThan(10);
        assertThat(summary.buttons()).extracting(b -> b.action()).containsExactly("pexport", "pforget");
        assertThat(summary.rendered().html()).contains("Lumen Photo Studio", "2 bookings, 1 still to come", "1 question");
    }

    @Test
    void herDownloadIsReadableJsonWithEverythingKept() throws IOException {
        herStory();
        Sent summary = last(tell(ZEPHYRINE, "/privacy"));

        Sent file = last(press(ZEPHYRINE, summary, "pexport", BotHarness::any));

        assertThat(file.rendered().document()).isNotNull();
        assertThat(file.rendered().document().fileName()).isEqualTo("my-data-2026-11-24.json");
        JsonNode json = new ObjectMapper().readTree(file.rendered().document().content());
        assertThat(json.at("/profile/name").asText()).isEqualTo(NAME);
        assertThat(json.at("/profile/timeZone").asText()).isEqualTo("Europe/London");
        assertThat(json.get("bookings")).hasSize(2);
        assertThat(json.at("/bookings/0/answers/0/text").asText()).isEqualTo(ANSWER);
        assertThat(json.at("/ratings/0/score").asInt()).isEqualTo(2);
        assertThat(json.at("/ratings/0/comment").asText()).isEqualTo(COMMENT);
        assertThat(json.at("/questions/0/text").asText()).isEqualTo(QUESTION);
        List<String> said = new java.util.ArrayList<>();
        json.get("conversation").forEach(line -> said.add(line.get("from").asText() + ": " + line.get("text").asText()));
        assertThat(said).contains("you: " + QUESTION, "studio: 💬 Anna: Of course, Zephyrine: bring Quokkaberry along!");
        assertThat(said).as("the studio's messages as she read them, not as keys").anyMatch(s -> s.startsWith("studio: ") && s.contains("Anna"))
                .noneMatch(s -> s.contains("booking.confirmed"));
    }

    @Test
    void keepingHerDataErasesNothing() {
        herStory();
        Sent confirm = last(press(ZEPHYRINE, last(tell(ZEPHYRINE, "/privacy")), "pforget", BotHarness::any));

        assertThat(last(press(ZEPHYRINE, confirm, "pkeep", BotHarness::any)).key()).isEqualTo("privacy.kept");

        assertThat(last(tell(ZEPHYRINE, "/privacy")).arg("bookings")).isEqualTo(2);
    }

    @Test
    void afterErasureHerNameIdAndWordsAreNowhereInTheDatabaseFile() throws Exception {
        herStory();
        Sent confirm = last(press(ZEPHYRINE, last(tell(ZEPHYRINE, "/privacy")), "pforget", BotHarness::any));
        assertThat(confirm.key()).isEqualTo("privacy.forget.confirm");
        assertThat(confirm.arg("toCome")).isEqualTo(1);
        assertThat(confirm.buttons()).extracting(b -> b.action()).containsExactly("perase", "pkeep");

        List<Sent> erased = press(ZEPHYRINE, confirm, "perase", BotHarness::any);

        Sent farewell = last(to(ZEPHYRINE, erased));
        assertThat(farewell.reply().kind()).isEqualTo(MessageKind.FAREWELL);
        assertThat(farewell.rendered().html()).isEqualTo(
                "✅ Done: <b>Lumen Photo Studio</b> has erased your data. Your booking still to come is cancelled. If you write again, you start afresh.");
        assertThat(traces(true)).as("while the bot runs: neither the file nor its write-ahead log holds her").isEmpty();
        Sent toAnna = BotHarness.firstTo(ANNA, erased);
        assertThat(toAnna.key()).isEqualTo("booking.alert.cancelledErased");
        assertThat(toAnna.reply().about()).as("about no one").isNull();
        assertThat(toAnna.rendered().html()).doesNotContain("Zephyrine");
        // Anna's agenda keeps the shoot that took place, for a deleted client, with nothing to send them
        Sent agenda = last(tell(ANNA, "/agenda"));
        assertThat(agenda.rendered().html()).doesNotContain("Zephyrine");
        Sent card = last(press(ANNA, agenda, "ago", BotHarness::any));
        assertThat(card.arg("client")).isEqualTo(studiobot.chat.Msg.of("client.erased"));
        assertThat(card.buttons()).extracting(b -> b.action()).doesNotContain("dsend", "peek", "gallery");
        // Maria is untouched, and the coming jobs of the erased shoots run into nothing
        assertThat(at(FRIDAY_10.plus(Duration.ofDays(3)))).noneMatch(s -> s.to().value() == ZEPHYRINE);
        harness.close();

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            assertThat(count(db, "SELECT COUNT(*) FROM booking WHERE client_id < 0 AND status = 'done' OR client_id < 0 AND end_at < '2026-11-25'"))
                    .as("the shoot that took place stays, as a deleted client's").isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM booking WHERE client_id < 0 AND status = 'cancelled'")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM rating WHERE client_id < 0 AND score = 2 AND comment IS NULL")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM booking WHERE client_id = " + MARIA + " AND status = 'confirmed'")).isEqualTo(1);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            for (String trace : TRACES) {
                assertThat(whereIs(db, trace)).as(trace).isEmpty();
            }
        }
        assertThat(traces(false)).isEmpty();
    }

    /** What of her the database file (and its write-ahead log, if any) still holds; checks the search finds Maria's answer. */
    private List<String> traces(boolean open) throws IOException {
        byte[] file = Files.readAllBytes(data.resolve(Database.FILE_NAME));
        Path wal = data.resolve(Database.FILE_NAME + "-wal");
        byte[] log = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        String text = new String(file, StandardCharsets.ISO_8859_1) + new String(log, StandardCharsets.ISO_8859_1);
        List<String> found = new java.util.ArrayList<>();
        for (String trace : TRACES) {
            if (text.contains(new String(trace.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                found.add(trace + (open ? " (bot running)" : ""));
            }
        }
        if (text.contains(new String(new byte[] {(byte) (ZEPHYRINE >> 24), (byte) (ZEPHYRINE >> 16), (byte) (ZEPHYRINE >> 8), (byte) ZEPHYRINE},
                StandardCharsets.ISO_8859_1))) {
            found.add("the id as SQLite's 4-byte integer");
        }
        assertThat(text).as("the search finds what is there: Maria's answer").contains("Graduation");
        return found;
    }

    @Test
    void whenSheWritesAgainSheStartsAfresh() {
        herStory();
        Sent confirm = last(press(ZEPHYRINE, last(tell(ZEPHYRINE, "/privacy")), "pforget", BotHarness::any));
        press(ZEPHYRINE, confirm, "perase", BotHarness::any);

        Sent mine = last(tell(ZEPHYRINE, "/mybookings"));

        assertThat(mine.key()).isEqualTo("booking.mine.none");
        assertThat(last(tell(ZEPHYRINE, "/privacy")).arg("bookings")).isEqualTo(0);
    }

    /** The table.column places whose values contain the text, for a failure that says where. */
    private static List<String> whereIs(Connection db, String text) throws SQLException {
        List<String> places = new java.util.ArrayList<>();
        List<String> tables = new java.util.ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (ResultSet rs = db.createStatement().executeQuery("SELECT * FROM " + table)) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        if (String.valueOf(rs.getObject(i)).contains(text)) {
                            places.add(table + "." + rs.getMetaData().getColumnName(i) + ": " + String.valueOf(rs.getObject(i)).substring(0,
                                    Math.min(300, String.valueOf(rs.getObject(i)).length())));
                        }
                    }
                }
            }
        }
        return places;
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            return rs.getInt(1);
        }
    }
}
