package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.delivery.Rehearsal;
import studiobot.store.Database;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/** The start's rehearsal of a first visit: it goes where a first client goes, and nothing of it stays. */
class FirstVisitRehearsalTest {
    @TempDir
    Path data;

    @Test
    void itGreetsAnswersOffersThePackagesAndOpensTheCalendarThenKeepsNothing() throws Exception {
        try (BotHarness harness = new BotHarness(data, TestTexts.messages(), TestClock.at("2026-11-23T08:00:00Z"), ChatLanes.DIRECT)) {
            harness.say(5001, "Maria", "el", new Input.Text("/start", 1));
            harness.flush();
            Map<String, Long> before = rows();

            List<Rehearsal.Shown> shown = harness.bot().rehearse(() -> false);

            List<String> texts = shown.stream().map(s -> s.message().html()).toList();
            assertThat(texts.get(0)).contains("Hello, Rehearsal! Welcome to <b>Lumen Photo Studio</b>");
            assertThat(texts).anySatisfy(t -> assertThat(t).contains("1,800"));
            Rehearsal.Shown last = shown.get(shown.size() - 1);
            Rehearsal.Shown menu = shown.stream().filter(s -> s.message().html().contains("Which shoot")).findFirst().orElseThrow();
            assertThat(last.message().editMessageId()).as("the package pressed: its message becomes the calendar").isEqualTo(menu.messageId());
            assertThat(last.message().html()).contains("choose a day");

            assertThat(rows()).as("every table as before").isEqualTo(before);
            assertThat(harness.flush()).as("nothing to send").isEmpty();
            assertThat(harness.say(5002, "Nikos", "en", new Input.Text("/start", 1)))
                    .singleElement().satisfies(o -> assertThat(o.html()).contains("Hello, Nikos!"));
        }
    }

    @Test
    void itStepsAsideBeforeItsNextActOnceRealUpdatesCome() throws Exception {
        try (BotHarness harness = new BotHarness(data, TestTexts.messages(), TestClock.at("2026-11-23T08:00:00Z"), ChatLanes.DIRECT)) {
            Map<String, Long> before = rows();
            AtomicInteger asked = new AtomicInteger();

            // the greeting goes; an update comes before the question would
            List<Rehearsal.Shown> shown = harness.bot().rehearse(() -> asked.getAndIncrement() > 0);

            assertThat(shown).singleElement().satisfies(s -> assertThat(s.message().html()).startsWith("Hello, Rehearsal!"));
            assertThat(rows()).isEqualTo(before);
        }
    }

    @Test
    void onceAnUpdateHasComeSinceTheStartTheRehearsalIsLeftToIt() throws Exception {
        try (BotHarness harness = new BotHarness(data, TestTexts.messages(), TestClock.at("2026-11-23T08:00:00Z"), ChatLanes.DIRECT)) {
            assertThat(harness.bot().rehearse()).as("nothing has come yet").isNotEmpty();
            harness.say(5001, "Maria", "el", new Input.Text("/start", 1));

            assertThat(harness.bot().rehearse()).isEmpty();
        }
    }

    @Test
    void aStudioThatSpeaksGreekRehearsesInGreekWithItsOwnFirstQuestion() throws Exception {
        Path config = data.resolve("studio.yaml");
        String demo = new String(getClass().getResourceAsStream("/studiobot/config/demo-studio.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(config, demo.replace("defaultLocale: en", "defaultLocale: el"));
        try (BotHarness harness = new BotHarness(new studiobot.config.ConfigLoader().load(config), data.resolve("data"),
                TestTexts.messages(), TestClock.at("2026-11-23T08:00:00Z"), ChatLanes.DIRECT)) {
            List<String> texts = harness.bot().rehearse(() -> false).stream().map(s -> s.message().html()).toList();

            assertThat(texts.get(0)).startsWith("Γεια σας, Rehearsal!");
            assertThat(texts).as("the packages entry answered, in Greek").anySatisfy(t -> assertThat(t).contains("1.800,00\u00a0€"));
        }
    }

    /** Every table's row count, read beside the bot's own connection. */
    private Map<String, Long> rows() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        assertThat(counts).containsKeys("inbox", "outbox", "person");
        return counts;
    }
}
