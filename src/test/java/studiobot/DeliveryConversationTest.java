package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.firstTo;
import static studiobot.testing.BotHarness.to;
import static studiobot.testing.BotHarness.last;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.chat.Reply;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/**
 * After the shoot the photographer sends the sneak peek and the gallery from the shoot's card, and
 * is reminded of a promise a day before it lapses. Maria writes English from Kuala Lumpur, Ivan
 * Russian from Moscow; Anna reads Greek. The demo studio promises the sneak peek within 3 days of
 * the shoot and the gallery within 14 (a wedding's within 42), and protects the previews.
 */
class DeliveryConversationTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long IVAN = 7002;
    private static final long ANNA = 2001;
    private static final long ADMIN = 1001;
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private long photoIds = 500;

    // Tuesday 24 November, 10:00–11:00 in Athens (16:00 in Kuala Lumpur, 11:00 in Moscow)
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant ITS_END = TUESDAY_10.plus(Duration.ofHours(1));

    @BeforeEach
    void seed() {
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, KUALA_LUMPUR);
        harness.bot().people().seen(IVAN, "Иван", "ru", clock.instant());
        harness.bot().people().setZone(IVAN, MOSCOW);
    }

    private static String name(long user) {
        return user == MARIA ? "Maria" : user == IVAN ? "Иван" : user == ANNA ? "Anna" : "Admin";
    }

    private static String language(long user) {
        return user == IVAN ? "ru" : user == ANNA ? "el" : "en";
    }

    private List<Sent> tell(long user, String text) {
        return harness.tell(user, name(user), language(user), new Input.Text(text, 1));
    }

    private List<Sent> photo(long user, String file, String caption) {
        return harness.tell(user, name(user), language(user), new Input.Media("photo", ++photoIds, caption, file));
    }

    private List<Sent> press(long user, Sent on, String action) {
        return harness.press(user, name(user), language(user), on, action, BotHarness::any);
    }

    private void book(long client, String day, Instant start) {
        Sent calendar = last(press(client, last(tell(client, "/book")), "book"));
        Sent times = last(harness.press(client, name(client), language(client), calendar, "bkd", args -> args.get(args.size() - 1).equals(day)));
        String startWord = Long.toString(start.getEpochSecond() / 60, 36);
        Sent question = last(harness.press(client, name(client), language(client), times, "bkt", args -> args.get(1).equals(startWord)));
        assertThat(press(client, last(press(client, question, "bks")), "bkc")).extracting(Sent::key).contains("booking.confirmed");
    }

    private List<Sent> at(Instant when) {
        clock.set(when);
        harness.bot().jobRunning().drain();
        return harness.flushSaid();
    }

    private Sent card(long user) {
        Sent agenda = last(tell(user, "/agenda"));
        return last(press(user, agenda, "ago"));
    }

    @Test
    void annaSendsASneakPeekFromTheDoneShoot_mariaGetsItInHerMorning_inEnglish_withProtectedPhotos() {
        book(MARIA, "20261124", TUESDAY_10);
        at(ITS_END.plus(Duration.ofMinutes(30)));
        Sent card = card(ANNA);
        assertThat(card.buttons()).extracting(b -> b.action()).contains("agd", "peek", "gallery");
        Sent done = last(press(ANNA, card, "agd"));
        assertThat(done.key()).isEqualTo("agenda.markedDone");

        Sent compose = last(press(ANNA, done, "peek"));
        assertThat(compose.key()).isEqualTo("delivery.peek.compose");
        assertThat(compose.rendered().html()).isEqualTo(harness.render("el", ATHENS, compose));
        restart();
        assertThat(last(photo(ANNA, "photo-file-1", null)).arg("photos")).isEqualTo(1);
        Sent status = last(photo(ANNA, "photo-file-2", "A first look! https://example.com/peek/maria"));
        assertThat(status.key()).isEqualTo("delivery.status");
        assertThat(status.arg("photos")).isEqualTo(2);
        assertThat(status.rendered().html()).contains("https://example.com/peek/maria").contains("A first look!");
        assertThat(to(MARIA, harness.said())).extracting(Sent::key).as("nothing reaches Maria before Send")
                .doesNotContain("delivery.peek.toClient");

        // Tuesday 17:00 in Athens is 23:00 in Kuala Lumpur: it waits for Maria's morning
        clock.set(Instant.parse("2026-11-24T15:00:00Z"));
        restart();
        List<Sent> sent = press(ANNA, status, "dsend");
        assertThat(to(ANNA, sent)).extracting(Sent::key).containsExactly("delivery.sent");
        assertThat(to(ANNA, sent).get(0).arg("protected")).isEqualTo("yes");
        assertThat(to(MARIA, sent)).isEmpty();
        assertThat(press(ANNA, status, "dsend")).as("sent once").isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("button.stale");

        // the card keeps the record (Tuesday 20:00 in Athens)
        clock.set(Instant.parse("2026-11-24T18:00:00Z"));
        Sent after = last(press(ADMIN, last(tell(ADMIN, "/agenda")), "ago"));
        studiobot.chat.Msg delivery = (studiobot.chat.Msg) after.arg("delivery");
        assertThat(((studiobot.chat.Msg) delivery.args().get("peek")).key()).isEqualTo("agenda.delivery.sent");
        assertThat(((studiobot.chat.Msg) delivery.args().get("gallery")).key()).isEqualTo("agenda.delivery.due");
        assertThat(after.rendered().html()).isEqualTo(harness.render("en", ATHENS, after));
        assertThat(to(MARIA, at(Instant.parse("2026-11-25T00:59:00Z")))).isEmpty();
        List<Sent> morning = to(MARIA, at(Instant.parse("2026-11-25T01:00:00Z")));
        assertThat(morning).extracting(Sent::key).as("the sneak peek, its two photos, then the rating request held with them")
                .containsExactly("delivery.peek.toClient", "", "", "feedback.request");
        Sent peek = morning.get(0);
        assertThat(peek.key()).isEqualTo("delivery.peek.toClient");
        assertThat(peek.rendered().html()).isEqualTo(harness.render("en", KUALA_LUMPUR, peek))
                .contains("Anna").contains("https://example.com/peek/maria").contains("A first look!");
        assertThat(peek.reply().author()).isEqualTo(ANNA);
        assertThat(morning.subList(1, 3)).extracting(s -> s.rendered().photo())
                .containsExactly(new Reply.Photo("photo-file-1", true), new Reply.Photo("photo-file-2", true));

        // the promise reminder finds it kept
        assertThat(to(ANNA, at(ITS_END.plus(Duration.ofDays(3))))).extracting(Sent::key).doesNotContain("delivery.promise");
    }

    @Test
    void ivansGalleryGoesFromTheGalleryCommandEvenUnmarked_withTheLinkInRussian() {
        book(IVAN, "20261124", TUESDAY_10);
        at(ITS_END.plus(Duration.ofDays(4)));

        Sent owed = last(tell(ANNA, "/gallery"));
        assertThat(owed.key()).isEqualTo("delivery.owed");
        assertThat(owed.rendered().html()).isEqualTo(harness.render("el", ATHENS, owed));
        Sent compose = last(press(ANNA, owed, "gallery"));
        assertThat(compose.key()).isEqualTo("delivery.gallery.compose");
        assertThat(last(tell(ANNA, "Όλες οι φωτογραφίες σας")).key()).as("no link yet").isEqualTo("delivery.gallery.noLink");
        assertThat(last(photo(ANNA, "photo-file-9", null)).key()).isEqualTo("delivery.gallery.photo");
        Sent status = last(tell(ANNA, "https://example.com/g/ivan Все фото здесь, приятного просмотра!"));
        assertThat(status.key()).isEqualTo("delivery.gallery.status");
        assertThat(status.rendered().html()).isEqualTo(harness.render("el", ATHENS, status)).contains("https://example.com/g/ivan");

        restart();
        List<Sent> sent = press(ANNA, status, "dsend");

        Sent gallery = firstTo(IVAN, sent);
        assertThat(gallery.key()).isEqualTo("delivery.gallery.toClient");
        assertThat(gallery.rendered().html()).isEqualTo(harness.render("ru", MOSCOW, gallery))
                .contains("https://example.com/g/ivan").contains("Все фото здесь, приятного просмотра!").contains("Anna");
        assertThat(to(IVAN, sent)).hasSize(1);
        assertThat(last(tell(ANNA, "/gallery")).key()).as("nothing owed now").isEqualTo("delivery.owed.none");
        assertThat(to(ANNA, at(ITS_END.plus(Duration.ofDays(20))))).extracting(Sent::key).as("the gallery was sent: no reminder")
                .doesNotContain("delivery.promise");
    }

    @Test
    void aDayBeforeThePromiseLapsesWithNothingSentAnnaIsRemindedOnce_inGreek_andCanSendFromTheReminder() {
        book(MARIA, "20261124", TUESDAY_10);
        // the sneak peek is promised by Friday 27 November, 11:00 in Athens: the reminder comes on Thursday 11:00
        assertThat(to(ANNA, at(ITS_END.plus(Duration.ofDays(2)).minusSeconds(1)))).extracting(Sent::key).doesNotContain("delivery.promise");

        List<Sent> reminded = to(ANNA, at(ITS_END.plus(Duration.ofDays(2))));

        Sent reminder = reminded.stream().filter(s -> "delivery.promise".equals(s.key())).findFirst().orElseThrow();
        assertThat(reminder.arg("kind")).isEqualTo("peek");
        assertThat(reminder.reply().about()).isEqualTo(MARIA);
        assertThat(reminder.rendered().html()).isEqualTo(harness.render("el", ATHENS, reminder)).contains("Maria");
        restart();
        assertThat(to(ANNA, at(ITS_END.plus(Duration.ofDays(12))))).extracting(Sent::key).as("reminded once")
                .doesNotContain("delivery.promise");

        Sent compose = last(press(ANNA, reminder, "peek"));
        assertThat(compose.key()).isEqualTo("delivery.peek.compose");
        Sent status = last(photo(ANNA, "photo-file-3", null));
        assertThat(to(MARIA, press(ANNA, status, "dsend"))).extracting(Sent::key).contains("delivery.peek.toClient");

        Sent galleryReminder = to(ANNA, at(ITS_END.plus(Duration.ofDays(13)))).stream()
                .filter(s -> "delivery.promise".equals(s.key())).findFirst().orElseThrow();
        assertThat(galleryReminder.arg("kind")).isEqualTo("gallery");
    }

    @Test
    void aCancelledShootHoldsNoPromise() {
        book(MARIA, "20261124", TUESDAY_10);
        Sent card = card(ANNA);
        press(ANNA, last(press(ANNA, card, "agx")), "agxy");

        assertThat(harness.said()).noneMatch(s -> "delivery.promise".equals(s.key()));
        assertThat(to(ANNA, at(ITS_END.plus(Duration.ofDays(30))))).extracting(Sent::key).doesNotContain("delivery.promise");
        assertThat(last(tell(ANNA, "/sneakpeek")).key()).isEqualTo("delivery.owed.none");
    }

    @Test
    void aSneakPeekTakesPhotosOnly_atMostTen_andADiscardedOneSendsNothing() {
        book(MARIA, "20261124", TUESDAY_10);
        at(ITS_END.plus(Duration.ofHours(1)));
        Sent compose = last(press(ANNA, card(ANNA), "peek"));

        assertThat(last(harness.tell(ANNA, "Anna", "el", new Input.Media("document", 900, null, "doc-1"))).key())
                .isEqualTo("delivery.photosOnly");
        for (int i = 1; i <= 10; i++) {
            photo(ANNA, "file-" + i, null);
        }
        assertThat(last(photo(ANNA, "file-11", null)).key()).isEqualTo("delivery.full");
        Sent status = last(tell(ANNA, "Λίγες πρώτες!"));
        assertThat(status.arg("photos")).isEqualTo(10);

        assertThat(last(press(ANNA, status, "ddrop")).key()).isEqualTo("delivery.discarded");
        assertThat(press(ANNA, status, "dsend")).as("a discarded draft cannot be sent").isEmpty();
        assertThat(last(tell(ANNA, "Γεια")).key()).as("Anna's next words are hers again").isNotEqualTo("delivery.status");
        assertThat(harness.said()).noneMatch(s -> s.to().value() == MARIA && s.key() != null && s.key().startsWith("delivery."));

        assertThat(press(ANNA, compose, "ddrop")).as("the first screen's discard finds nothing left to drop").isEmpty();
        assertThat(last(press(ANNA, card(ANNA), "peek")).key()).as("a fresh start").isEqualTo("delivery.peek.compose");
    }

    @Test
    void aClientCannotReachTheSneakPeek_norBeforeTheShoot() {
        book(MARIA, "20261124", TUESDAY_10);
        Sent early = card(ANNA);
        assertThat(early.buttons()).extracting(b -> b.action()).doesNotContain("peek", "gallery");
        String annasEarlyPress = signed(ANNA, "peek", "1");
        assertThat(harness.tell(ANNA, "Anna", "el", BotHarness.press(annasEarlyPress, early.messageId()))).as("before the shoot").isEmpty();
        assertThat(last(tell(MARIA, "/sneakpeek")).key()).isEqualTo("command.notAllowed");

        at(ITS_END.plus(Duration.ofHours(1)));
        String mariasPeek = signed(MARIA, "peek", "1");
        String mariasSend = signed(MARIA, "dsend", "1");
        assertThat(harness.tell(MARIA, "Maria", "en", BotHarness.press(mariasPeek, 5))).as("her own signed press of a photographer's action").isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("button.stale");
        assertThat(harness.tell(MARIA, "Maria", "en", BotHarness.press(mariasSend, 5))).isEmpty();
        assertThat(harness.said()).noneMatch(s -> "delivery.peek.compose".equals(s.key()));
    }

    @Test
    void aTelegramReplyToAClientWhileComposingAnswersTheClient_andTheDraftGoesOn() {
        book(MARIA, "20261124", TUESDAY_10);
        at(ITS_END.plus(Duration.ofHours(1)));
        List<Sent> asked = tell(MARIA, "Will Anna wear the red scarf again? My grandmother loved it.");
        Sent question = firstTo(ANNA, asked);
        assertThat(question.key()).isEqualTo("handoff.question");
        last(press(ANNA, card(ANNA), "peek"));
        photo(ANNA, "file-1", "A first look");

        List<Sent> answered = harness.tell(ANNA, "Anna", "el", new Input.Text("She will, see https://example.com/bw", 2, question.messageId()));

        assertThat(firstTo(MARIA, answered).key()).isEqualTo("handoff.answer");
        assertThat(firstTo(MARIA, answered).arg("text")).isEqualTo("She will, see https://example.com/bw");
        Sent status = last(tell(ANNA, "https://example.com/peek/maria"));
        assertThat(status.key()).as("still composing").isEqualTo("delivery.status");
        assertThat(status.arg("line")).as("a link on its own keeps the line").isEqualTo(studiobot.chat.Msg.of("delivery.status.line", "text", "A first look"));
        assertThat(status.arg("link")).isEqualTo(studiobot.chat.Msg.of("delivery.status.link", "link", "https://example.com/peek/maria"));
    }

    @Test
    void discardingAnOlderDraftLeavesTheOneBeingComposed() {
        book(MARIA, "20261124", TUESDAY_10);
        at(ITS_END.plus(Duration.ofHours(1)));
        Sent card = card(ANNA);
        last(press(ANNA, card, "peek"));
        Sent peekStatus = last(photo(ANNA, "file-1", null));
        last(press(ANNA, card(ANNA), "gallery"));

        assertThat(last(press(ANNA, peekStatus, "ddrop")).key()).isEqualTo("delivery.discarded");

        Sent gallery = last(tell(ANNA, "Your gallery: https://example.com/g/maria. Enjoy!"));
        assertThat(gallery.key()).as("the gallery is still being composed").isEqualTo("delivery.gallery.status");
        assertThat(gallery.arg("link")).as("the sentence's full stop is not part of the link")
                .isEqualTo(studiobot.chat.Msg.of("delivery.status.link", "link", "https://example.com/g/maria"));
        assertThat(gallery.arg("line")).isEqualTo(studiobot.chat.Msg.of("delivery.status.line", "text", "Your gallery: Enjoy!"));
    }

    @Test
    void anAdminSendsTheGalleryInTheStudiosName_andASecondIsRefused() {
        book(MARIA, "20261124", TUESDAY_10);
        at(ITS_END.plus(Duration.ofHours(1)));
        Sent annasCard = card(ANNA);
        last(press(ANNA, annasCard, "gallery"));
        tell(ANNA, "https://example.com/g/anna");
        Sent adminCard = card(ADMIN);
        last(press(ADMIN, adminCard, "gallery"));
        Sent status = last(tell(ADMIN, "https://example.com/g/maria Hello from the whole studio"));

        Sent gallery = firstTo(MARIA, press(ADMIN, status, "dsend"));

        assertThat(gallery.rendered().html()).contains("Lumen Photo Studio: <i>Hello from the whole studio</i>");
        assertThat(card(ADMIN).buttons()).extracting(b -> b.action()).contains("peek").doesNotContain("gallery");
        Sent annasStatus = last(tell(ANNA, "https://example.com/g/anna2"));
        assertThat(press(ANNA, annasStatus, "dsend")).as("the gallery went already").isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("delivery.alreadySent");
        assertThat(press(ANNA, annasCard, "gallery")).as("the card from before").isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("delivery.alreadySent");
        assertThat(to(MARIA, harness.said())).filteredOn(s -> "delivery.gallery.toClient".equals(s.key())).hasSize(1);
    }

    private String signed(long userId, String action, String... args) {
        return harness.bot().callbacks().encode(userId, action, List.of(args));
    }
}
