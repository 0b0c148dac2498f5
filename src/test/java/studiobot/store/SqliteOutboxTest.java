package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.delivery.Outbox;

class SqliteOutboxTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final ChatId ALICE = new ChatId(101);
    private static final ChatId BOB = new ChatId(202);

    @TempDir
    Path dir;

    private Database db;
    private SqliteOutbox outbox;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        outbox = new SqliteOutbox(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void restart() {
        db.close();
        db = Database.open(dir);
        outbox = new SqliteOutbox(db);
    }

    private static Outbound text(ChatId chat, String html) {
        return new Outbound(chat, html, List.of(), null);
    }

    private void enqueueNow(ChatId chat, String html) {
        outbox.enqueue(text(chat, html), T0, T0);
    }

    private List<String> headTexts(Instant now) {
        return outbox.heads(now, 100).stream().map(e -> e.message().html()).toList();
    }

    private Outbox.Entry head(ChatId chat, Instant now) {
        return outbox.heads(now, 100).stream().filter(e -> e.message().chat().equals(chat)).findFirst().orElseThrow();
    }

    private int rows() {
        return db.queryOne("SELECT COUNT(*) FROM outbox", rs -> rs.getInt(1)).orElseThrow();
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
            List<Outbox.Entry> heads = outbox.heads(T0, 100);
            assertThat(heads).hasSize(1);
            order.add(heads.get(0).message().html());
            outbox.delivered(heads.get(0).id(), 500 + round, T0);
        }

        assertThat(order).containsExactly("first", "second", "third", "fourth");
    }

    @Test
    void headsHonoursItsLimitOldestChatFirst() {
        enqueueNow(BOB, "b1");
        enqueueNow(ALICE, "a1");

        assertThat(outbox.heads(T0, 1)).extracting(e -> e.message().html()).containsExactly("b1");
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
        assertThat(outbox.heads(retry, 100))
                .extracting(e -> e.message().html(), Outbox.Entry::attempts)
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
        assertThat(db.queryOne("SELECT message_id FROM outbox", rs -> rs.getLong(1))).contains(77L);
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
        Outbound rich = new Outbound(ALICE, "<b>Καλημέρα</b> &amp; 早上好 \"quoted\"",
                List.of(List.of(new Outbound.Key("Yes ✅", "yes:1~AbCd1234"), new Outbound.Key("No", "no~zzzzzzzz")),
                        List.of(new Outbound.Key("Later", "later~12345678"))),
                4242L);
        Outbound plain = new Outbound(BOB, "plain", List.of(), null);
        Outbound held = new Outbound(ALICE, "held", List.of(), null);
        outbox.enqueue(rich, T0, T0);
        outbox.enqueue(plain, T0, T0);
        outbox.enqueue(held, T0.plus(Duration.ofHours(1)), T0);
        outbox.retryAt(head(BOB, T0).id(), T0.plusSeconds(2), 3, "timeout");

        restart();

        assertThat(outbox.pendingCount()).isEqualTo(3);
        assertThat(outbox.heads(T0, 100)).extracting(Outbox.Entry::message).containsExactly(rich);
        assertThat(outbox.heads(T0.plusSeconds(2), 100))
                .extracting(Outbox.Entry::message, Outbox.Entry::attempts)
                .containsExactly(tuple(rich, 0), tuple(plain, 3));
        assertThat(outbox.nextDue(T0)).contains(T0);
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

        assertThat(outbox.prune(cutoff)).isEqualTo(2);

        assertThat(rows()).isEqualTo(3);
        assertThat(db.query("SELECT payload FROM outbox ORDER BY id", rs -> Json.read(rs.getString(1), Outbound.class).html()))
                .containsExactly("old pending", "sent at the cutoff", "recent sent");
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(outbox.prune(cutoff)).isZero();
    }
}
