package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/**
 * A client who does not come: once the shoot's start has passed, the photographer marks it from
 * the agenda card ("did not come" beside "mark as done"); nothing more is sent for it, and the
 * client's missed shoots are counted on the cards of their next bookings. Anna reads Greek, the
 * admin English; Maria books from Kuala Lumpur.
 */
class NoShowConversationTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private static final long ADMIN = 1001;

    @BeforeEach
    void seed() {
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, ZoneId.of("Asia/Kuala_Lumpur"));
    }

    private static Sent last(List<Sent> sent) {
        return sent.get(sent.size() - 1);
    }

    private String name(long user) {
        return user == MARIA ? "Maria" : user == ANNA ? "Anna" : "Admin";
    }

    private List<Sent> tell(long user, String text) {
        return harness.tell(user, name(user), user == ANNA ? "el" : "en", new Input.Text(text, 1));
    }

    private List<Sent> press(long user, Sent on, String action) {
        return harness.press(user, name(user), user == ANNA ? "el" : "en", on, action, BotHarness::any);
    }

    /** Maria books the portrait of the given day (yyyyMMdd), the first free time. */
    private void book(String day) {
        Sent calendar = last(press(MARIA, last(tell(MARIA, "/book")), "book"));
        Sent times = last(harness.press(MARIA, "Maria", "en", calendar, "bkd", args -> args.get(args.size() - 1).equals(day)));
        Sent summary = last(press(MARIA, last(press(MARIA, times, "bkt")), "bks"));
        assertThat(press(MARIA, summary, "bkc")).extracting(Sent::key).contains("booking.confirmed");
    }

    private Sent card(long user, int index) {
        Sent agenda = last(tell(user, "/agenda"));
        String data = agenda.buttons().stream().filter(b -> b.action().equals("ago")).skip(index).findFirst()
                .map(b -> agenda.buttonData("ago", args -> args.equals(b.args())).orElseThrow()).orElseThrow();
        return last(harness.tell(user, name(user), user == ANNA ? "el" : "en", BotHarness.press(data, agenda.messageId())));
    }

    @Test
    void aMissedShootIsMarkedOnceAfterItsStartAndCountedOnTheClientsNextCard() {
        book("20261124");
        book("20261126");
        assertThat(card(ANNA, 0).buttons()).extracting(b -> b.action()).doesNotContain("agn", "agd");

        clock.set(Instant.parse("2026-11-24T09:00:00Z")); // Tuesday 11:00 in Athens: the first shoot has started
        harness.bot().jobRunning().drain();
        harness.flushSaid();
        Sent first = card(ANNA, 0);
        assertThat(first.buttons()).extracting(b -> b.action()).contains("agd", "agn");

        restart();
        List<Sent> marked = press(ANNA, first, "agn");

        assertThat(marked).extracting(Sent::key).containsExactly("agenda.markedNoShow");
        assertThat(marked.get(0).rendered().html()).isEqualTo(harness.render("el", ZoneId.of("Europe/Athens"), marked.get(0)));
        assertThat(press(ANNA, first, "agn")).as("marked once: the old card's button is refused").isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("booking.unavailable");

        Sent agenda = last(tell(ANNA, "/agenda"));
        studiobot.chat.Msg today = ((List<?>) agenda.arg("days")).stream().map(studiobot.chat.Msg.class::cast).findFirst().orElseThrow();
        studiobot.chat.Msg missedItem = ((List<?>) today.args().get("items")).stream().map(studiobot.chat.Msg.class::cast).findFirst().orElseThrow();
        assertThat(missedItem.args()).containsEntry("done", "noshow");

        Sent missed = card(ADMIN, 0);
        assertThat(missed.arg("status")).isEqualTo("noshow");
        assertThat(missed.buttons()).extracting(b -> b.action()).doesNotContain("agd", "agn");
        Sent next = card(ADMIN, 1);
        assertThat(next.key()).isEqualTo("agenda.card");
        assertThat(next.arg("noShows")).isEqualTo(1);
        assertThat(next.arg("status")).isEqualTo("confirmed");
        assertThat(next.rendered().html()).isEqualTo(harness.render("en", ZoneId.of("Europe/Athens"), next));
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isEmpty();
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).isEmpty();
        assertThat(harness.bot().jobs().pending("remind:2:PT24H")).as("the next shoot's timeline is untouched").isPresent();
    }
}
