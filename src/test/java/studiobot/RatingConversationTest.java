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
import studiobot.chat.MessageKind;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/**
 * After the shoot the client is asked for a rating, reminded once, thanked, and offered the review
 * link; a low score gets an apology and the photographer hears at once. Maria writes English from
 * Kuala Lumpur, Ivan Russian from Moscow; Anna reads Greek. The demo studio asks 3 hours after the
 * shoot and reminds 3 days later.
 */
class RatingConversationTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long IVAN = 7002;
    private static final long NIKOS = 7003;
    private static final long ANNA = 2001;
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @BeforeEach
    void seed() {
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, KUALA_LUMPUR);
        harness.bot().people().seen(IVAN, "Иван", "ru", clock.instant());
        harness.bot().people().setZone(IVAN, MOSCOW);
    }

    private static String name(long user) {
        return user == MARIA ? "Maria" : user == IVAN ? "Иван" : user == NIKOS ? "Nikos" : "Anna";
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

    /** The client books the portrait on the given day (yyyyMMdd) at the time button starting at {@code start}. */
    private void book(long client, String day, Instant start) {
        Sent calendar = last(press(client, last(tell(client, "/book")), "book", BotHarness::any));
        Sent times = last(press(client, calendar, "bkd", args -> args.get(args.size() - 1).equals(day)));
        String startWord = Long.toString(start.getEpochSecond() / 60, 36);
        Sent question = last(press(client, times, "bkt", args -> args.get(1).equals(startWord)));
        assertThat(press(client, last(press(client, question, "bks", BotHarness::any)), "bkc", BotHarness::any))
                .extracting(Sent::key).contains("booking.confirmed");
    }

    /** Moves the clock and lets what fell due run and go out. */
    private List<Sent> at(Instant when) {
        clock.set(when);
        harness.bot().jobRunning().drain();
        return harness.flushSaid();
    }

    private static java.util.function.Predicate<List<String>> score(int n) {
        return args -> args.get(1).equals(Integer.toString(n));
    }

    // Tuesday 24 November, 10:00–11:00 in Athens (16:00 in Kuala Lumpur)
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant ITS_END = TUESDAY_10.plus(Duration.ofHours(1));

    @Test
    void threeHoursAfterTheShootMariaIsAskedOnceRatesFiveAndIsThankedWithTheReviewLink() {
        book(MARIA, "20261124", TUESDAY_10);
        assertThat(to(MARIA, at(ITS_END.plus(Duration.ofHours(3)).minusSeconds(1)))).extracting(Sent::key).doesNotContain("feedback.request");

        List<Sent> asked = to(MARIA, at(ITS_END.plus(Duration.ofHours(3))));

        Sent request = asked.stream().filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();
        assertThat(request.reply().kind()).as("optional: not a silence to watch").isEqualTo(MessageKind.NOTICE);
        assertThat(request.buttons()).extracting(b -> b.action()).containsExactly("rate", "rate", "rate", "rate", "rate");
        assertThat(request.arg("photographer")).isEqualTo("Anna");

        restart();
        Sent invited = last(press(MARIA, request, "rate", score(5)));
        assertThat(invited.key()).isEqualTo("feedback.thanks.score");
        assertThat(invited.arg("score")).isEqualTo(5);
        restart();
        Sent thanked = last(tell(MARIA, "Wonderful afternoon, thank you!"));

        assertThat(thanked.key()).isEqualTo("feedback.thanks.review");
        assertThat(thanked.arg("url")).isEqualTo("https://example.com/review-us");
        assertThat(to(MARIA, at(ITS_END.plus(Duration.ofDays(10))))).as("rated: no reminder").isEmpty();
        assertThat(harness.said()).noneMatch(s -> s.to().value() == ANNA && s.key() != null && s.key().startsWith("feedback."));

        // the old request pressed again, with another score: a polite notice, and the rating stays 5
        assertThat(press(MARIA, request, "rate", score(1))).isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("feedback.already");
        assertThat(harness.said()).noneMatch(s -> "feedback.alert.low".equals(s.key()));
    }

    @Test
    void withoutARatingTheClientIsRemindedExactlyOnce() {
        book(MARIA, "20261124", TUESDAY_10);
        at(ITS_END.plus(Duration.ofHours(3)));

        assertThat(to(MARIA, at(ITS_END.plus(Duration.ofHours(3)).plus(Duration.ofDays(3)))))
                .extracting(Sent::key).containsExactly("feedback.reminder");
        restart();
        assertThat(to(MARIA, at(ITS_END.plus(Duration.ofDays(30))))).isEmpty();
    }

    @Test
    void aRequestFallingInTheClientsNightWaitsForHerMorning() {
        // Tuesday 17:00–18:00 in Athens is 23:00–00:00 in Kuala Lumpur: three hours later it is 03:00 there
        Instant lateStart = Instant.parse("2026-11-24T15:00:00Z");
        book(MARIA, "20261124", lateStart);

        assertThat(to(MARIA, at(lateStart.plus(Duration.ofHours(4))))).extracting(Sent::key).doesNotContain("feedback.request");
        assertThat(to(MARIA, at(Instant.parse("2026-11-25T00:59:00Z")))).extracting(Sent::key).doesNotContain("feedback.request");
        assertThat(to(MARIA, at(Instant.parse("2026-11-25T01:00:00Z")))).extracting(Sent::key).containsExactly("feedback.request");
    }

    @Test
    void aLowScoreGetsAnApologyAndAnnaHearsAtOnceThenHearsTheCommentButNoReviewIsOffered() {
        book(IVAN, "20261124", TUESDAY_10);
        Sent request = to(IVAN, at(ITS_END.plus(Duration.ofHours(3)))).stream()
                .filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();

        List<Sent> afterScore = press(IVAN, request, "rate", score(2));

        assertThat(to(IVAN, afterScore)).extracting(Sent::key).containsExactly("feedback.sorry");
        Sent alert = to(ANNA, afterScore).get(0);
        assertThat(alert.key()).isEqualTo("feedback.alert.low");
        assertThat(alert.arg("score")).isEqualTo(2);
        assertThat(alert.reply().about()).isEqualTo(IVAN);
        assertThat(alert.buttons()).extracting(b -> b.action()).containsExactly("relay", "offerfix", "resolved");
        assertThat(alert.rendered().html()).isEqualTo(harness.render("el", ATHENS, alert));

        List<Sent> afterComment = tell(IVAN, "Фотографии получились тёмными.");

        assertThat(to(IVAN, afterComment)).extracting(Sent::key).containsExactly("feedback.sorry.thanks", "feedback.remedies");
        Sent remedies = to(IVAN, afterComment).get(1);
        assertThat(remedies.buttons()).extracting(b -> b.args().get(1)).containsExactly("reedit", "reshoot", "refund", "tell");
        Sent comment = to(ANNA, afterComment).get(0);
        assertThat(comment.key()).isEqualTo("feedback.alert.comment");
        assertThat(comment.arg("text")).isEqualTo("Фотографии получились тёмными.");
        assertThat(harness.said()).noneMatch(s -> "feedback.thanks.review".equals(s.key()) || "feedback.resolved.review".equals(s.key()));

        restart();
        List<Sent> chosen = press(IVAN, remedies, "remedy", args -> args.get(1).equals("reshoot"));
        assertThat(to(IVAN, chosen)).extracting(Sent::key).containsExactly("feedback.remedy.chosen");
        Sent remedyAlert = to(ANNA, chosen).get(0);
        assertThat(remedyAlert.key()).isEqualTo("feedback.alert.remedy");
        assertThat(remedyAlert.arg("remedy")).isEqualTo(studiobot.chat.Msg.of("feedback.remedy.reshoot"));
        assertThat(press(IVAN, remedies, "remedy", args -> args.get(1).equals("refund"))).as("chosen once").isEmpty();

        // Anna answers through the live line, with the button under the alert
        Sent prompt = last(press(ANNA, alert, "relay", BotHarness::any));
        assertThat(prompt.key()).isEqualTo("handoff.replyPrompt");
        tell(ANNA, "/start");
        assertThat(press(ANNA, remedyAlert, "offerfix", BotHarness::any)).as("a remedy is chosen already").isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("feedback.remedy.already");

        // only once Anna marks it resolved is Ivan offered the review link
        List<Sent> resolved = press(ANNA, remedyAlert, "resolved", BotHarness::any);
        assertThat(to(ANNA, resolved)).extracting(Sent::key).containsExactly("feedback.resolved");
        assertThat(to(IVAN, resolved)).extracting(Sent::key).containsExactly("feedback.resolved.review");
        assertThat(to(IVAN, resolved).get(0).arg("url")).isEqualTo("https://example.com/review-us");
        assertThat(press(ANNA, alert, "resolved", BotHarness::any)).as("resolved once").isEmpty();
    }

    @Test
    void anotherPhotographersOrAClientsPressOnTheComplaintChangesNothing() {
        book(IVAN, "20261124", TUESDAY_10);
        Sent request = to(IVAN, at(ITS_END.plus(Duration.ofHours(3)))).stream()
                .filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();
        Sent alert = to(ANNA, press(IVAN, request, "rate", score(1))).get(0);
        String resolve = alert.buttonData("resolved", BotHarness::any).orElseThrow();
        String offer = alert.buttonData("offerfix", BotHarness::any).orElseThrow();

        assertThat(harness.tell(IVAN, "Иван", "ru", BotHarness.press(resolve, alert.messageId()))).isEmpty();
        List<Sent> offered = harness.tell(ANNA, "Anna", "el", BotHarness.press(offer, alert.messageId()));

        assertThat(to(IVAN, offered)).extracting(Sent::key).containsExactly("feedback.remedies.offered");
        assertThat(to(ANNA, offered)).extracting(Sent::key).containsExactly("feedback.remedies.sent");
    }

    @Test
    void ivanRatesFourAndIsThankedInRussianPlural() {
        book(IVAN, "20261124", TUESDAY_10);
        Sent request = to(IVAN, at(ITS_END.plus(Duration.ofHours(3)))).stream()
                .filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();

        Sent invited = last(press(IVAN, request, "rate", score(4)));

        assertThat(invited.key()).isEqualTo("feedback.thanks.score");
        assertThat(invited.rendered().html()).isEqualTo(harness.render("ru", MOSCOW, invited)).contains("4 звезды");
        assertThat(last(press(IVAN, invited, "rateskip", BotHarness::any)).key()).isEqualTo("feedback.thanks.review");
    }

    @Test
    void someoneElsePressingTheRatingOrAForgedScoreChangesNothing() {
        book(MARIA, "20261124", TUESDAY_10);
        Sent request = to(MARIA, at(ITS_END.plus(Duration.ofHours(3)))).stream()
                .filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();
        String mariasFive = request.buttonData("rate", score(5)).orElseThrow();

        assertThat(harness.tell(NIKOS, "Nikos", "en", BotHarness.press(mariasFive, request.messageId()))).isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("button.stale");
        assertThat(harness.tell(MARIA, "Maria", "en", BotHarness.press(mariasFive.replace("rate:1:5", "rate:1:6"), request.messageId()))).isEmpty();

        assertThat(last(press(MARIA, request, "rate", score(4))).key()).as("still hers to rate").isEqualTo("feedback.thanks.score");
    }
}
