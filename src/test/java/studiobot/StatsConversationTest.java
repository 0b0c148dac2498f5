package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.to;
import static studiobot.testing.BotHarness.last;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestConfigs;
import studiobot.testing.TestTexts;

/**
 * {@code /stats} over what happened: Maria booked, had her shoot and rated it five stars with a
 * comment; Nikos booked and cancelled; Maria's question was answered by Anna. Anna reads her own
 * figures in Greek; the admin reads the studio's in English, with the chart.
 */
class StatsConversationTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long NIKOS = 7003;
    private static final long ANNA = 2001;
    private static final long ADMIN = 1001;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @BeforeEach
    void seed() {
        for (long client : new long[] {MARIA, NIKOS}) {
            harness.bot().people().seen(client, name(client), "en", clock.instant());
            harness.bot().people().setZone(client, ZoneId.of("Asia/Kuala_Lumpur"));
        }
    }

    private static String name(long user) {
        return user == MARIA ? "Maria" : user == NIKOS ? "Nikos" : user == ANNA ? "Anna" : "Admin";
    }

    private static String language(long user) {
        return user == ANNA ? "el" : "en";
    }

    private List<Sent> tell(long user, String text) {
        return harness.tell(user, name(user), language(user), new Input.Text(text, 1));
    }

    private List<Sent> press(long user, Sent on, String action, java.util.function.Predicate<List<String>> args) {
        return harness.press(user, name(user), language(user), on, action, args);
    }

    private List<Sent> at(Instant when) {
        clock.set(when);
        harness.bot().jobRunning().drain();
        return harness.flushSaid();
    }

    private Sent bookPortrait(long client, String day) {
        Sent calendar = last(press(client, last(tell(client, "/book")), "book", args -> args.equals(List.of("portrait"))));
        Sent times = last(press(client, calendar, "bkd", args -> args.get(args.size() - 1).equals(day)));
        Sent question = last(press(client, times, "bkt", BotHarness::any));
        List<Sent> confirmed = press(client, last(press(client, question, "bks", BotHarness::any)), "bkc", BotHarness::any);
        return confirmed.stream().filter(s -> "booking.confirmed".equals(s.key())).findFirst().orElseThrow();
    }

    @Test
    void annaSeesHerOwnFiguresInGreek_theAdminTheStudiosWithAChart_andEachPeriodFollowsWhatHappened() {
        bookPortrait(MARIA, "20261124");
        bookPortrait(NIKOS, "20261126");
        Sent mine = last(tell(NIKOS, "/mybookings"));
        Sent card = last(press(NIKOS, mine, "mbo", BotHarness::any));
        press(NIKOS, last(press(NIKOS, card, "mbx", BotHarness::any)), "mbxy", BotHarness::any);

        List<Sent> asked = tell(MARIA, "Will Anna wear the red scarf again? My grandmother loved it.");
        Sent forwarded = asked.stream().filter(s -> s.to().value() == ANNA).findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(90));
        harness.tell(ANNA, "Anna", "el", new Input.Text("I will!", 2, forwarded.messageId()));

        Sent request = to(MARIA, at(Instant.parse("2026-11-24T12:00:00Z"))).stream()
                .filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();
        press(MARIA, request, "rate", args -> args.get(1).equals("5"));
        tell(MARIA, "A lovely afternoon, thank you!");

        clock.set(Instant.parse("2026-11-25T08:00:00Z"));
        List<Sent> annas = tell(ANNA, "/stats");

        Sent stats = annas.get(0);
        assertThat(stats.key()).isEqualTo("stats");
        assertThat(stats.arg("scope")).isEqualTo("Anna");
        assertThat(stats.arg("bookings")).isEqualTo(2);
        assertThat(stats.arg("cancellations")).isEqualTo(1);
        Msg rating = (Msg) stats.arg("rating");
        assertThat(rating.args()).containsEntry("count", 1).containsEntry("five", 1);
        Msg answers = (Msg) stats.arg("answers");
        assertThat(answers.args()).containsEntry("forwarded", 1).containsEntry("answered", 1).containsEntry("kept", 1)
                .containsEntry("median", new studiobot.chat.Arg.Length(Duration.ofMinutes(90)));
        assertThat(stats.rendered().html()).isEqualTo(harness.render("el", ATHENS, stats)).contains("A lovely afternoon, thank you!");
        assertThat(stats.buttons()).extracting(b -> b.action()).containsOnly("stats");
        Sent chart = annas.get(1);
        assertThat(chart.rendered().picture()).isNotNull();
        assertThat(chart.rendered().picture().png()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(((Reply.Chart) chart.reply().attachment()).bookings().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);

        Sent studio = last(tell(ADMIN, "/stats").subList(0, 1));
        assertThat(studio.arg("scope")).isEqualTo("studio");
        assertThat(studio.rendered().html()).isEqualTo(harness.render("en", ATHENS, studio)).contains("Lumen Photo Studio");
        assertThat(studio.buttons()).extracting(b -> b.args().get(1)).contains("anna");

        // a year on, the 30 days hold nothing; the year still holds it all
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        Sent quiet = tell(ANNA, "/stats").get(0);
        assertThat(quiet.arg("bookings")).isEqualTo(0);
        assertThat(tell(ANNA, "/stats")).as("no chart of nothing").hasSize(1);
        Sent year = press(ANNA, quiet, "stats", args -> args.get(0).equals("365")).get(0);
        assertThat(year.arg("bookings")).isEqualTo(2);
        assertThat(last(tell(MARIA, "/stats")).key()).isEqualTo("command.notAllowed");
    }

    @Test
    void withTwoPhotographers_eachSeesTheirOwnAndTheAdminEachOnesAndTheStudios() throws Exception {
        harness.close();
        harness = new BotHarness(TestConfigs.withSecondPhotographer("cara", "Cara", 2002, "en", "{ mon: [\"09:00-17:00\"] }"),
                data, TestTexts.messages(), clock, ChatLanes.DIRECT);
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, ZoneId.of("Asia/Kuala_Lumpur"));
        bookPortrait(MARIA, "20261124");
        List<Sent> asked = tell(MARIA, "Will Anna wear the red scarf again? My grandmother loved it.");
        Sent forwarded = asked.stream().filter(s -> s.to().value() == ANNA).findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(30));
        harness.tell(ANNA, "Anna", "el", new Input.Text("I will!", 2, forwarded.messageId()));
        // Maria says nothing more: two days later Anna, who answered her, is nudged
        at(clock.instant().plus(Duration.ofHours(48)));

        Sent annas = tell(ANNA, "/stats").get(0);
        Sent caras = harness.tell(2002, "Cara", "en", new Input.Text("/stats", 1)).get(0);

        assertThat(annas.arg("bookings")).isEqualTo(1);
        assertThat(((Msg) annas.arg("answers")).args()).containsEntry("forwarded", 1).containsEntry("answered", 1);
        assertThat(((Msg) annas.arg("nudges")).args()).containsEntry("raised", 1).containsEntry("open", 1);
        assertThat(caras.arg("scope")).isEqualTo("Cara");
        assertThat(caras.arg("bookings")).isEqualTo(0);
        assertThat(((Msg) caras.arg("answers")).args()).as("Anna answered it").containsEntry("forwarded", 0);
        assertThat(((Msg) caras.arg("nudges")).args()).as("the nudge went to Anna").containsEntry("raised", 0);

        Sent studio = tell(ADMIN, "/stats").get(0);
        Sent cara = harness.press(ADMIN, "Admin", "en", studio, "stats", args -> args.get(1).equals("cara")).get(0);
        assertThat(cara.arg("scope")).isEqualTo("Cara");
        assertThat(cara.arg("bookings")).isEqualTo(0);
        assertThat(studio.arg("bookings")).isEqualTo(1);
        assertThat(((Msg) studio.arg("nudges")).args()).containsEntry("raised", 1);
    }

}
