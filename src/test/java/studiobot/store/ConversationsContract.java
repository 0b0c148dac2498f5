package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.Conversations.Line;
import studiobot.chat.MessageKind;

/** What every conversation record must do; run against SQLite and the in-memory fake. */
abstract class ConversationsContract {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final long MARIA = 7001;
    private static final long NIKOS = 7002;
    private static final ChatId ANNA = new ChatId(2001);

    protected Conversations conversations;

    protected abstract Conversations open();

    /** The same record after a restart (SQLite: closed and opened again; the fake: the same one). */
    protected abstract Conversations reopen();

    @BeforeEach
    void openRecord() {
        conversations = open();
    }

    private static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private void clientWrites(long client, long minutes) {
        conversations.record(Line.in(client, at(minutes), MessageKind.MESSAGE, 100 + minutes, null));
    }

    private void studioWrites(long client, long minutes, MessageKind kind) {
        conversations.record(new Line(client, new ChatId(client), at(minutes), false, null, kind, null, null, null));
    }

    private void alert(long client, long outboxId, long minutes) {
        conversations.record(new Line(client, ANNA, at(minutes), false, null, MessageKind.ALERT, null, null, outboxId));
    }

    @Test
    void clientOf_deliveredAlert_namesTheClientItWasAbout() {
        alert(MARIA, 11, 0);
        alert(NIKOS, 12, 1);

        assertThat(conversations.clientOf(ANNA, 501)).isEmpty();

        conversations.delivered(11, 501, T0);
        conversations.delivered(12, 502, T0);

        assertThat(conversations.clientOf(ANNA, 501)).contains(MARIA);
        assertThat(conversations.clientOf(ANNA, 502)).contains(NIKOS);
        assertThat(conversations.clientOf(new ChatId(2002), 501)).isEmpty();
    }

    @Test
    void clientOf_ignoresWhatTheClientSent() {
        conversations.record(Line.in(MARIA, at(0), MessageKind.MESSAGE, 501L, null));

        assertThat(conversations.clientOf(new ChatId(MARIA), 501)).isEmpty();
    }

    @Test
    void clientOf_survivesARestart() {
        alert(MARIA, 11, 0);
        conversations.delivered(11, 501, T0);

        conversations = reopen();

        assertThat(conversations.clientOf(ANNA, 501)).contains(MARIA);
    }

    @Test
    void lastStudioWrite_countsOnlyWhatWaitsForTheClient() {
        studioWrites(MARIA, 0, MessageKind.RELAY);
        studioWrites(MARIA, 10, MessageKind.ANSWER);
        studioWrites(MARIA, 20, MessageKind.REMINDER);
        alert(MARIA, 1, 30);
        studioWrites(NIKOS, 40, MessageKind.CHECK_IN);

        assertThat(conversations.lastStudioWrite(MARIA)).contains(at(0));
        assertThat(conversations.lastStudioWrite(NIKOS)).contains(at(40));
        assertThat(conversations.lastStudioWrite(9999)).isEmpty();

        studioWrites(MARIA, 50, MessageKind.QUESTION);
        assertThat(conversations.lastStudioWrite(MARIA)).contains(at(50));
    }

    @Test
    void lastClientWrite_andAnsweredSince_followTheClientsOwnMessages() {
        assertThat(conversations.lastClientWrite(MARIA)).isEmpty();
        clientWrites(MARIA, 5);
        conversations.record(Line.in(MARIA, at(7), MessageKind.PRESS, null, null));
        studioWrites(MARIA, 9, MessageKind.RELAY);
        clientWrites(NIKOS, 60);

        assertThat(conversations.lastClientWrite(MARIA)).contains(at(7));
        assertThat(conversations.answeredSince(MARIA, at(6))).isTrue();
        assertThat(conversations.answeredSince(MARIA, at(7))).isFalse();
        assertThat(conversations.answeredSince(MARIA, at(9))).isFalse();
    }

    @Test
    void replyDelays_runFromTheFirstUnansweredStudioWriteToTheNextClientMessage() {
        studioWrites(MARIA, 0, MessageKind.RELAY);
        studioWrites(MARIA, 60, MessageKind.RELAY);
        clientWrites(MARIA, 180);
        clientWrites(MARIA, 181);
        studioWrites(MARIA, 300, MessageKind.QUESTION);
        studioWrites(MARIA, 301, MessageKind.ANSWER);
        clientWrites(MARIA, 330);
        studioWrites(MARIA, 400, MessageKind.RELAY);

        assertThat(conversations.replyDelays(MARIA, 10))
                .containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(180));
        assertThat(conversations.replyDelays(MARIA, 1)).containsExactly(Duration.ofMinutes(30));
        assertThat(conversations.replyDelays(NIKOS, 10)).isEmpty();
    }

    @Test
    void usualReplyDelay_isTheMedianOnceThereAreEnoughReplies() {
        long[] delays = {30, 120, 60, 600};
        long t = 0;
        for (long d : delays) {
            studioWrites(MARIA, t, MessageKind.RELAY);
            clientWrites(MARIA, t + d);
            t += d + 1000;
        }

        assertThat(conversations.usualReplyDelay(MARIA, 10, 5)).isEmpty();
        assertThat(conversations.usualReplyDelay(MARIA, 10, 4)).contains(Duration.ofMinutes(90));
        assertThat(conversations.usualReplyDelay(MARIA, 3, 3)).contains(Duration.ofMinutes(120));
    }

    @Test
    void latest_isTheClientsOwnLinesLatestFirst() {
        clientWrites(MARIA, 1);
        studioWrites(MARIA, 2, MessageKind.RELAY);
        clientWrites(NIKOS, 3);
        clientWrites(MARIA, 4);

        assertThat(conversations.latest(MARIA, 2)).extracting(Line::at).containsExactly(at(4), at(2));
        assertThat(conversations.latest(MARIA, 10)).extracting(Line::incoming).containsExactly(true, false, true);
        assertThat(conversations.latest(MARIA, 1).get(0))
                .isEqualTo(Line.in(MARIA, at(4), MessageKind.MESSAGE, 104L, null));
    }

    @Test
    void lastStudioWrite_countsAMessageWhenItReachesTheClient_notWhileItIsHeldOrIfItWasRefused() {
        conversations.record(new Line(MARIA, new ChatId(MARIA), at(0), false, ANNA.value(), MessageKind.RELAY, null, null, 21L));
        conversations.record(new Line(MARIA, new ChatId(MARIA), at(5), false, null, MessageKind.QUESTION, null, null, 22L));

        assertThat(conversations.lastStudioWrite(MARIA)).as("held for the morning, or refused: not written yet").isEmpty();
        assertThat(conversations.replyDelays(MARIA, 5)).isEmpty();

        conversations.delivered(21, 601, at(600));
        clientWrites(MARIA, 660);

        assertThat(conversations.lastStudioWrite(MARIA)).contains(at(600));
        assertThat(conversations.replyDelays(MARIA, 5)).containsExactly(Duration.ofMinutes(60));
    }

    @Test
    void latest_keepsWhatWasSaid_theClientsWordsCutAndTheStudiosMessageAsItsKey_acrossARestart() {
        String long600 = "ω".repeat(600);
        conversations.record(Line.in(MARIA, at(0), MessageKind.MESSAGE, 100L, null).saying("Is the studio open on Sunday?"));
        conversations.record(new Line(MARIA, new ChatId(MARIA), at(1), false, null, MessageKind.ANSWER, null, null, null,
                studiobot.chat.Msg.of("faq.hours.answer", "days", 6)));
        conversations.record(Line.in(MARIA, at(2), MessageKind.MESSAGE, 102L, null).saying(long600));
        conversations.record(Line.in(MARIA, at(3), MessageKind.PRESS, null, null));
        conversations = reopen();

        List<Line> lines = conversations.latest(MARIA, 10);

        assertThat(lines.get(0).text()).as("a press says nothing").isNull();
        assertThat(lines.get(1).text()).isEqualTo(studiobot.chat.Msg.verbatim("ω".repeat(Line.TEXT_KEPT) + "…"));
        assertThat(lines.get(2).text()).isEqualTo(studiobot.chat.Msg.of("faq.hours.answer", "days", 6));
        assertThat(lines.get(3).text()).isEqualTo(studiobot.chat.Msg.verbatim("Is the studio open on Sunday?"));
    }

    @Test
    void awaitingAnswerSince_theStudiosLastQuestionWithNothingOfTheClientsAfterIt_inTheRecordsOrder() {
        clientWrites(MARIA, 0);
        studioWrites(MARIA, 10, MessageKind.QUESTION);
        studioWrites(MARIA, 20, MessageKind.NOTICE);
        assertThat(conversations.awaitingAnswerSince(MARIA)).contains(at(10));

        clientWrites(MARIA, 20);
        assertThat(conversations.awaitingAnswerSince(MARIA)).as("answered").isEmpty();

        // the studio answers at the very instant of the client's message: it came after, and waits
        studioWrites(MARIA, 20, MessageKind.RELAY);
        studioWrites(MARIA, 90, MessageKind.CHECK_IN);
        conversations = reopen();
        assertThat(conversations.awaitingAnswerSince(MARIA)).as("a check-in does not move the silence's start").contains(at(20));
        assertThat(conversations.awaitingAnswerSince(NIKOS)).isEmpty();
    }
}
