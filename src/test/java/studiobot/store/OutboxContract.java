package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Timing;
import studiobot.delivery.Outbox;
import studiobot.testing.OutboxHeads;

/** What every outbox must do; run against SQLite and the in-memory fake. */
abstract class OutboxContract {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final ChatId ALICE = new ChatId(101);
    private static final ChatId BOB = new ChatId(202);

    protected Outbox outbox;

    /** A fresh, empty outbox. */
    protected abstract Outbox open();

    /** The same outbox after a restart (SQLite: closed and opened again; the fake: the same one). */
    protected abstract Outbox reopen();

    @BeforeEach
    void openOutbox() {
        outbox = open();
    }

    private void restart() {
        outbox = reopen();
    }

    static Reply text(ChatId chat, String html) {
        return Reply.now(chat, MessageKind.ANSWER, Msg.verbatim(html));
    }

    static String html(Outbox.Entry e) {
        return (String) e.reply().text().args().get("text");
    }

    private void enqueueNow(ChatId chat, String html) {
        outbox.enqueue(text(chat, html), T0, T0);
    }

    private List<String> headTexts(Instant now) {
        return OutboxHeads.of(outbox, now, 100).stream().map(OutboxContract::html).toList();
    }

    private Outbox.Entry head(ChatId chat, Instant now) {
        return OutboxHeads.of(outbox, now, 100).stream().filter(e -> e.chat().equals(chat)).findFirst().orElseThrow();
    }

    @Test
    void headsReturnsOnlyTheOldestPendingMessageOfEachChat() {
        enqueueNow(ALICE, "a1");
        enqueueNow(BOB, "b1");
        enqueueNow(ALICE, "a2");
        enqueueNow(BOB, "b2");

        assertThat(headTexts(T0)).containsExactly("a1", "b1");

        outbox.delivered(head(ALICE, T0).id(), 1, T0);

        assertThat(headTexts(T0)).containsExactly("b1", "a2");
    }

    @Test
    void messagesOfOneChatComeOutInStoredOrder() {
        for (String html : List.of("first", "second", "third", "fourth")) {
            enqueueNow(ALICE, html);
        }

        List<String> order = new ArrayList<>();
        for (int round = 0; round < 10 && outbox.pendingCount() > 0; round++) {
            List<Outbox.Entry> heads = OutboxHeads.of(outbox, T0, 100);
            assertThat(heads).hasSize(1);
            order.add(html(heads.get(0)));
            outbox.delivered(heads.get(0).id(), 500 + round, T0);
        }

        assertThat(order).containsExactly("first", "second", "third", "fourth");
    }

    @Test
    void headsHonoursItsLimitOldestChatFirst() {
        enqueueNow(BOB, "b1");
        enqueueNow(ALICE, "a1");

        assertThat(OutboxHeads.of(outbox, T0, 1)).extracting(OutboxContract::html).containsExactly("b1");
    }

    @Test
    void aMessageHeldForLaterDoesNotBlockALaterDueOneInTheSameChat() {
        Instant morning = T0.plus(Duration.ofHours(10));
        outbox.enqueue(text(ALICE, "good morning"), morning, T0);
        outbox.enqueue(text(ALICE, "urgent"), T0, T0);

        assertThat(headTexts(T0)).containsExactly("urgent");

        outbox.delivered(head(ALICE, T0).id(), 1, T0);

        assertThat(headTexts(T0)).isEmpty();
        assertThat(headTexts(morning.minusNanos(1))).isEmpty();
        assertThat(headTexts(morning)).containsExactly("good morning");
    }

    @Test
    void aHeadWaitingForARetryBlocksTheMessagesBehindItInItsChatOnly() {
        enqueueNow(ALICE, "a1");
        enqueueNow(ALICE, "a2");
        enqueueNow(BOB, "b1");
        Instant retry = T0.plusSeconds(5);

        outbox.retryAt(head(ALICE, T0).id(), retry, 1, "503 bad gateway");

        assertThat(headTexts(T0)).containsExactly("b1");
        assertThat(headTexts(retry.minusNanos(1))).containsExactly("b1");
        assertThat(OutboxHeads.of(outbox, retry, 100))
                .extracting(OutboxContract::html, Outbox.Entry::attempts)
                .containsExactly(tuple("a1", 1), tuple("b1", 0));
    }

    @Test
    void deliveredMessagesNeverComeBack() {
        enqueueNow(ALICE, "hello");

        outbox.delivered(head(ALICE, T0).id(), 77, T0);

        assertThat(headTexts(T0)).isEmpty();
        assertThat(headTexts(T0.plus(Duration.ofDays(365)))).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.nextDue(T0)).isEmpty();
    }

    @Test
    void rejectedMessagesNeverComeBackAndTheirChatMovesOn() {
        enqueueNow(ALICE, "refused");
        enqueueNow(ALICE, "next");

        outbox.rejected(head(ALICE, T0).id(), "403 bot was blocked", T0);

        assertThat(headTexts(T0)).containsExactly("next");
        assertThat(headTexts(T0.plus(Duration.ofDays(365)))).containsExactly("next");
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void pendingMessagesSurviveARestartWithTheSamePayload() {
        Reply rich = Reply.mayWait(ALICE, MessageKind.NOTICE, Msg.of("booking.confirmed", Map.of(
                        "name", "<b>Καλημέρα</b> & 早上好 \"quoted\"",
                        "count", 3,
                        "big", 12_345_678_901L,
                        "price", new Arg.Money(new BigDecimal("1800.50"), Currency.getInstance("EUR")),
                        "when", new Arg.DateTime(T0),
                        "other", new Arg.TimeIn(T0, ZoneId.of("Asia/Kuala_Lumpur")),
                        "relative", new Arg.Relative(T0),
                        "length", new Arg.Length(Duration.ofMinutes(90)),
                        "inner", Msg.of("package.portrait.name"),
                        "items", List.of(Msg.of("a", "day", new Arg.Day(LocalDate.of(2026, 12, 24))), Msg.of("b", "month", new Arg.Month(YearMonth.of(2027, 1)))))))
                .withButtons(List.of(List.of(Button.of(Msg.of("yes", "zone", new Arg.Zone(ZoneId.of("Europe/Athens"))), "yes", "1"),
                                Button.of(Msg.of("no", "day", new Arg.Weekday(DayOfWeek.MONDAY)), "no")),
                        List.of(Button.of(Msg.verbatim("Later"), "later", "a", "b"))))
                .editing(4242L)
                .about(303L)
                .by(2001L);
        Reply plain = Reply.copying(BOB, Timing.NOW, MessageKind.RELAY, ALICE, 12);
        Reply held = Reply.document(ALICE, Timing.NOW, MessageKind.NOTICE, Msg.of("caption"), new Reply.Document("shoot.ics", "text/calendar", "BEGIN:VCALENDAR"));
        Reply notice = Reply.pressAnswer(new ChatId(404), "cb-1", Msg.of("button.stale"));
        outbox.enqueue(rich, T0, T0);
        outbox.enqueue(plain, T0, T0);
        outbox.enqueue(held, T0.plus(Duration.ofHours(1)), T0);
        outbox.enqueue(notice, T0.plus(Duration.ofHours(2)), T0);
        outbox.retryAt(head(BOB, T0).id(), T0.plusSeconds(2), 3, "timeout");

        restart();

        assertThat(outbox.pendingCount()).isEqualTo(4);
        // the timing was applied when stored; what comes back is what to say, to whom, about whom
        assertThat(OutboxHeads.of(outbox, T0, 100)).extracting(Outbox.Entry::reply).containsExactly(rich.at(Timing.NOW));
        assertThat(OutboxHeads.of(outbox, T0.plusSeconds(2), 100))
                .extracting(Outbox.Entry::reply, Outbox.Entry::attempts)
                .containsExactly(tuple(rich.at(Timing.NOW), 0), tuple(plain, 3));
        assertThat(outbox.nextDue(T0)).contains(T0);
        outbox.delivered(head(ALICE, T0).id(), 1, T0);
        assertThat(OutboxHeads.of(outbox, T0.plus(Duration.ofHours(2)), 100)).extracting(Outbox.Entry::reply)
                .contains(held, notice);
    }

    @Test
    void nextDueIsTheEarliestMomentAPendingMessageMayGo() {
        assertThat(outbox.nextDue(T0)).isEmpty();

        outbox.enqueue(text(ALICE, "tomorrow morning"), T0.plus(Duration.ofHours(2)), T0);
        assertThat(outbox.nextDue(T0)).contains(T0.plus(Duration.ofHours(2)));

        enqueueNow(BOB, "b1");
        assertThat(outbox.nextDue(T0)).contains(T0);

        outbox.retryAt(head(BOB, T0).id(), T0.plusSeconds(30), 1, "502");
        assertThat(outbox.nextDue(T0)).contains(T0.plusSeconds(30));

        outbox.delivered(head(BOB, T0.plusSeconds(30)).id(), 9, T0.plusSeconds(30));
        assertThat(outbox.nextDue(T0)).contains(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void nextDueOfAChatBlockedByARetryIsTheRetryTime() {
        enqueueNow(ALICE, "a1");
        enqueueNow(ALICE, "a2");
        outbox.retryAt(head(ALICE, T0).id(), T0.plusSeconds(3), 1, "429 retry after PT3S");

        assertThat(headTexts(T0)).isEmpty();
        assertThat(outbox.nextDue(T0)).contains(T0.plusSeconds(3));
    }

    @Test
    void pendingCountCountsOnlyMessagesStillToSend() {
        assertThat(outbox.pendingCount()).isZero();
        enqueueNow(ALICE, "sent");
        enqueueNow(BOB, "refused");
        enqueueNow(ALICE, "waiting");
        outbox.enqueue(text(BOB, "held"), T0.plus(Duration.ofDays(1)), T0);
        assertThat(outbox.pendingCount()).isEqualTo(4);

        outbox.delivered(head(ALICE, T0).id(), 1, T0);
        outbox.rejected(head(BOB, T0).id(), "400 bad request", T0);

        assertThat(outbox.pendingCount()).isEqualTo(2);
    }

    @Test
    void pruneForgetsOnlyOldSentAndRejectedMessages() {
        enqueueNow(ALICE, "old sent");
        outbox.delivered(head(ALICE, T0).id(), 1, T0);
        enqueueNow(BOB, "old rejected");
        outbox.rejected(head(BOB, T0).id(), "403", T0);
        enqueueNow(ALICE, "old pending");
        Instant cutoff = T0.plus(Duration.ofDays(10));
        outbox.enqueue(text(BOB, "sent at the cutoff"), cutoff, cutoff);
        outbox.delivered(head(BOB, cutoff).id(), 2, cutoff);
        Instant recent = T0.plus(Duration.ofDays(20));
        outbox.enqueue(text(BOB, "recent sent"), recent, recent);
        outbox.delivered(head(BOB, recent).id(), 3, recent);

        assertThat(outbox.prune(cutoff, 1_000)).isEqualTo(2);

        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(headTexts(cutoff)).containsExactly("old pending");
        assertThat(outbox.prune(cutoff, 1_000)).isZero();
        assertThat(outbox.prune(recent.plusNanos(1), 1_000)).isEqualTo(2);
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void aPressAnswerGoesOutAtOnceWhateverItsChatsQueueWaitsFor() {
        enqueueNow(ALICE, "a1");
        outbox.retryAt(head(ALICE, T0).id(), T0.plusSeconds(30), 1, "429 retry after PT30S");
        outbox.enqueue(text(ALICE, "morning"), T0.plus(Duration.ofHours(9)), T0);
        outbox.enqueue(Reply.pressAnswer(ALICE, "press-1", Msg.verbatim("")), T0, T0);

        assertThat(OutboxHeads.of(outbox, T0, 100)).singleElement().satisfies(e -> {
            assertThat(e.isPressAnswer()).isTrue();
            assertThat(e.reply().pressId()).isEqualTo("press-1");
        });
        assertThat(outbox.nextDue(T0)).contains(T0);

        outbox.retryAt(OutboxHeads.of(outbox, T0, 100).get(0).id(), T0.plusSeconds(2), 1, "timeout");
        assertThat(outbox.nextDue(T0)).contains(T0.plusSeconds(2));
        assertThat(OutboxHeads.of(outbox, T0.plusSeconds(2), 100)).extracting(Outbox.Entry::isPressAnswer).containsExactly(true);
        assertThat(OutboxHeads.of(outbox, T0.plusSeconds(30), 100)).extracting(Outbox.Entry::isPressAnswer).containsExactly(false, true);
    }
}
