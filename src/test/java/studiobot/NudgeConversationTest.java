package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestConfigs;
import studiobot.testing.TestTexts;

/**
 * A client goes quiet after the studio wrote: two days later Anna is nudged in her own chat and
 * language, outside her quiet hours, with a check-in in the client's language; snoozing, marking
 * lost and the client writing again are honoured. Maria writes English from Kuala Lumpur, Ivan
 * Russian from Moscow; Anna reads Greek in Athens. The demo studio waits 48 hours.
 */
class NudgeConversationTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long IVAN = 7002;
    private static final long ANNA = 2001;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    // Tuesday 1 December 2026, 10:00 in Athens
    @Override
    protected String startsAt() {
        return "2026-12-01T08:00:00Z";
    }

    @BeforeEach
    void seed() {
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, ZoneId.of("Asia/Kuala_Lumpur"));
        harness.bot().people().seen(IVAN, "Иван", "ru", clock.instant());
        harness.bot().people().setZone(IVAN, ZoneId.of("Europe/Moscow"));
    }

    private static String name(long user) {
        return user == MARIA ? "Maria" : user == IVAN ? "Иван" : "Anna";
    }

    private static String language(long user) {
        return user == IVAN ? "ru" : user == ANNA ? "el" : "en";
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

    private static List<Sent> nudges(List<Sent> sent) {
        return sent.stream().filter(s -> s.to().value() == ANNA && "nudge".equals(s.key())).toList();
    }

    /** The client asks what the FAQ cannot answer; Anna answers with a Telegram reply to the forwarded question. */
    private void anAnswerTheClientLeavesUnanswered(long client, String question, String answer) {
        List<Sent> asked = tell(client, question);
        Sent last = asked.get(asked.size() - 1);
        if (last.buttonData("faqno", BotHarness::any).isPresent()) {
            asked = press(client, last, "faqno", BotHarness::any);
        }
        Sent forwarded = asked.stream().filter(s -> s.to().value() == ANNA && s.reply().about() != null).findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(20));
        List<Sent> answered = harness.tell(ANNA, "Anna", "el", new Input.Text(answer, 2, forwarded.messageId()));
        assertThat(answered).anyMatch(s -> s.to().value() == client && "handoff.answer".equals(s.key()));
    }

    @Test
    void twoDaysAfterAnnasAnswerMariaIsQuiet_annaIsNudgedOnce_sendsTheCheckIn_andMariasAnswerEndsIt() {
        anAnswerTheClientLeavesUnanswered(MARIA, "Will Anna wear the red scarf again? My grandmother loved it.", "I will, just for her!");
        Instant answered = clock.instant();

        assertThat(nudges(at(answered.plus(Duration.ofHours(48)).minusSeconds(60)))).isEmpty();
        restart();
        List<Sent> nudged = nudges(at(answered.plus(Duration.ofHours(48))));

        assertThat(nudged).hasSize(1);
        Sent nudge = nudged.get(0);
        assertThat(nudge.reply().about()).isEqualTo(MARIA);
        assertThat(nudge.reply().kind()).isEqualTo(MessageKind.ALERT);
        assertThat(((Msg) nudge.arg("reason")).key()).isEqualTo("nudge.reason.quiet");
        assertThat(nudge.rendered().html()).isEqualTo(harness.render("el", ATHENS, nudge))
                .contains("Maria").contains("red scarf").contains("I will, just for her!")
                .contains("Hello Maria, it's Anna from Lumen Photo Studio");
        assertThat(nudge.buttons()).extracting(b -> b.action()).containsExactly("ncheck", "relay", "nsnooze", "nsnooze", "nlost", "nmine");
        assertThat(nudges(at(answered.plus(Duration.ofDays(4))))).as("one nudge per episode").isEmpty();

        restart();
        List<Sent> checkIn = press(ANNA, nudge, "ncheck", BotHarness::any);
        Sent toMaria = checkIn.stream().filter(s -> s.to().value() == MARIA).findFirst().orElseThrow();
        assertThat(toMaria.key()).isEqualTo("nudge.checkin.quiet");
        assertThat(toMaria.reply().kind()).isEqualTo(MessageKind.CHECK_IN);
        assertThat(toMaria.reply().author()).isEqualTo(ANNA);
        assertThat(toMaria.rendered().html()).isEqualTo(harness.render("en", ZoneId.of("Asia/Kuala_Lumpur"), toMaria));
        assertThat(press(ANNA, nudge, "ncheck", BotHarness::any)).as("sent once").isEmpty();

        tell(MARIA, "Sorry, a busy week! All good.");
        assertThat(nudges(at(answered.plus(Duration.ofDays(30))))).as("she answered: the episode is over").isEmpty();
    }

    @Test
    void ivansNudgeWaitsForAnnasMorning_snoozedComesBackADayLater_andLostHoldsUntilHeWrites() {
        // Anna answers on Tuesday at 22:00 in Athens: two days later it is her night
        clock.set(Instant.parse("2026-12-01T20:00:00Z"));
        anAnswerTheClientLeavesUnanswered(IVAN, "Можно ли прийти на съёмку с попугаем Кешей?", "Конечно, ждём вас обоих!");
        Instant answered = clock.instant();

        assertThat(nudges(at(answered.plus(Duration.ofHours(48))))).as("22:00 in Athens").isEmpty();
        List<Sent> morning = nudges(at(Instant.parse("2026-12-04T07:00:00Z")));
        assertThat(morning).hasSize(1);
        Sent nudge = morning.get(0);
        assertThat(nudge.rendered().html()).isEqualTo(harness.render("el", ATHENS, nudge)).contains("Иван")
                .contains("Здравствуйте");

        restart();
        Sent snoozed = press(ANNA, nudge, "nsnooze", args -> args.get(1).equals("1")).get(0);
        assertThat(snoozed.key()).isEqualTo("nudge.snoozed");
        assertThat(nudges(at(Instant.parse("2026-12-05T06:59:00Z")))).isEmpty();
        List<Sent> again = nudges(at(Instant.parse("2026-12-05T07:00:00Z")));
        assertThat(again).as("a day later, still quiet").hasSize(1);

        assertThat(press(ANNA, again.get(0), "nlost", BotHarness::any).get(0).key()).isEqualTo("nudge.markedLost");
        assertThat(nudges(at(Instant.parse("2026-12-30T07:00:00Z")))).as("lost: not nudged again").isEmpty();

        // Ivan writes again; Anna answers; he goes quiet once more: a new episode is nudged
        clock.set(Instant.parse("2027-01-04T08:00:00Z"));
        anAnswerTheClientLeavesUnanswered(IVAN, "Можно ли перенести фото в другой формат, в квадратный?", "Да, пришлю оба варианта.");
        assertThat(nudges(at(clock.instant().plus(Duration.ofHours(48))))).hasSize(1);
    }

    @Test
    void aNudgeAboutAnnasClientGoesToAnnaAlone_notToAnotherPhotographerOfTheStudio() throws Exception {
        harness.close();
        harness = new BotHarness(TestConfigs.withSecondPhotographer("cara", "Cara", 2002, "en", "{ mon: [\"09:00-17:00\"] }"),
                data, TestTexts.messages(), clock, ChatLanes.DIRECT);
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, ZoneId.of("Asia/Kuala_Lumpur"));

        anAnswerTheClientLeavesUnanswered(MARIA, "Will Anna wear the red scarf again? My grandmother loved it.", "I will, just for her!");
        List<Sent> later = at(clock.instant().plus(Duration.ofHours(48)));

        assertThat(later).filteredOn(s -> "nudge".equals(s.key())).extracting(s -> s.to().value()).containsExactly(ANNA);
    }

    @Test
    void mariaWritingDuringAnnasNight_leavesNoNudgeForTheMorning() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z")); // 22:00 in Athens
        anAnswerTheClientLeavesUnanswered(MARIA, "Will Anna wear the red scarf again? My grandmother loved it.", "I will, just for her!");
        Instant answered = clock.instant();
        assertThat(nudges(at(answered.plus(Duration.ofHours(48))))).as("Anna's night").isEmpty();

        clock.set(Instant.parse("2026-12-04T03:00:00Z"));
        tell(MARIA, "Wonderful, thank you!");

        assertThat(nudges(at(Instant.parse("2026-12-04T07:30:00Z")))).as("she wrote before Anna's morning").isEmpty();
    }

    @Test
    void annasOwnWordsUnderTheNudgeSettleIt_andTheSameSilenceIsNotNudgedAgain() {
        anAnswerTheClientLeavesUnanswered(MARIA, "Will Anna wear the red scarf again? My grandmother loved it.", "I will, just for her!");
        Instant answered = clock.instant();
        Sent nudge = nudges(at(answered.plus(Duration.ofHours(48)))).get(0);

        press(ANNA, nudge, "relay", BotHarness::any);
        List<Sent> own = tell(ANNA, "Maria, shall I keep Saturday morning for you?");

        assertThat(own).anyMatch(s -> s.to().value() == MARIA && "handoff.answer".equals(s.key()));
        assertThat(press(ANNA, nudge, "nlost", BotHarness::any)).as("acted on: its buttons are done").isEmpty();
        assertThat(nudges(at(answered.plus(Duration.ofDays(10))))).as("one silence, one nudge").isEmpty();
    }

    @Test
    void threeHundredDaysAfterHerShootWithNothingBooked_mariaIsAPastClientToWinBack_withTheStudiosOffer() {
        Sent calendar = last(press(MARIA, last(tell(MARIA, "/book")), "book", BotHarness::any));
        Sent times = last(press(MARIA, calendar, "bkd", args -> args.get(args.size() - 1).equals("20261203")));
        Sent question = last(press(MARIA, times, "bkt", BotHarness::any));
        assertThat(press(MARIA, last(press(MARIA, question, "bks", BotHarness::any)), "bkc", BotHarness::any))
                .extracting(Sent::key).contains("booking.confirmed");
        Instant end = Instant.parse("2026-12-03T07:00:00Z").plus(Duration.ofHours(1)); // the first time: 09:00 in Athens
        restart();

        assertThat(nudges(at(end.plus(Duration.ofDays(299))))).isEmpty();
        List<Sent> nudged = nudges(at(end.plus(Duration.ofDays(300))));

        assertThat(nudged).singleElement().satisfies(n -> {
            assertThat(((Msg) n.arg("reason")).key()).isEqualTo("nudge.reason.inactive");
            assertThat(n.rendered().html()).contains("Just reply here whenever you would like to book again.");
        });
    }

    @Test
    void aDateIvanGaveWhenBooking_comesRoundAYearAfterTheShoot_andAnnaIsNudgedAWeekBefore_inHerMorning() {
        Sent calendar = last(press(IVAN, last(tell(IVAN, "/book")), "book", args -> args.equals(List.of("family"))));
        Sent times = last(press(IVAN, calendar, "bkd", args -> args.get(args.size() - 1).equals("20261203")));
        last(press(IVAN, times, "bkt", BotHarness::any));
        Sent dateQuestion = last(tell(IVAN, "Мы вдвоём с сыном"));
        assertThat(dateQuestion.rendered().html()).contains("📅");
        Sent summary = last(tell(IVAN, "12.03.2019"));
        assertThat(summary.rendered().html()).contains("12 марта 2019");
        assertThat(press(IVAN, summary, "bkc", BotHarness::any)).extracting(Sent::key).contains("booking.confirmed");
        restart();

        // not in the year after the shoot: 12 March 2027 passes; 12 March 2028 is a week on from 5 March in Moscow
        // (21:00 UTC on the 4th: night in Athens, so Anna hears at 09:00)
        assertThat(nudges(at(Instant.parse("2027-03-10T08:00:00Z")))).as("within a year of the shoot").isEmpty();
        assertThat(nudges(at(Instant.parse("2028-03-04T20:59:00Z")))).isEmpty();
        assertThat(nudges(at(Instant.parse("2028-03-04T21:00:00Z")))).as("Anna's night").isEmpty();
        List<Sent> nudged = nudges(at(Instant.parse("2028-03-05T07:00:00Z")));

        assertThat(nudged).singleElement().satisfies(n -> {
            assertThat(((Msg) n.arg("reason")).key()).isEqualTo("nudge.reason.date");
            assertThat(((Msg.InLanguage) n.arg("checkIn")).msg().key()).isEqualTo("nudge.checkin.date");
            assertThat(((Msg.InLanguage) n.arg("checkIn")).languageTag()).isEqualTo("ru");
            assertThat(n.rendered().html()).isEqualTo(harness.render("el", ATHENS, n)).contains("12 марта");
        });
    }

}
