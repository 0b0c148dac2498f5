package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/**
 * The record of a client's conversation outlives the outbox: Anna can answer a question forwarded
 * weeks ago by replying to it, after the daily housekeeping forgot the sent message.
 */
class ConversationRecordTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;

    @Override
    protected String startsAt() {
        return "2026-12-01T08:00:00Z";
    }

    /** A question for the photographer: whatever the FAQ offers first ("did this help?", close entries) is declined. */
    private List<Sent> ask(String text) {
        List<Sent> replies = harness.tell(MARIA, "Maria", "en", new Input.Text(text, 1));
        Sent last = replies.get(replies.size() - 1);
        return last.buttonData("faqno", BotHarness::any).isPresent()
                ? harness.press(MARIA, "Maria", "en", last, "faqno", BotHarness::any)
                : replies;
    }

    @Test
    void aReplyToAMonthOldForwardedQuestionStillReachesTheClientAfterTheOutboxForgotIt() {
        List<Sent> asked = ask("Can I bring my dog?");
        Sent toAnna = asked.stream().filter(s -> s.to().value() == ANNA).findFirst().orElseThrow();
        assertThat(toAnna.reply().kind()).isEqualTo(MessageKind.ALERT);
        assertThat(toAnna.reply().about()).isEqualTo(MARIA);

        clock.advance(Duration.ofDays(40));
        harness.bot().jobRunning().drain(); // the daily housekeeping: sent messages older than 30 days are forgotten
        assertThat(harness.flushSaid()).extracting(Sent::key).containsExactly("handoff.overdue");

        List<Sent> answered = harness.tell(ANNA, "Anna", "el", new Input.Text("Of course, bring him!", 90, toAnna.messageId()));

        assertThat(answered).extracting(s -> s.to().value()).containsExactly(MARIA, ANNA);
        assertThat(answered.get(0).key()).isEqualTo("handoff.answer");
        assertThat(answered.get(0).arg("text")).isEqualTo("Of course, bring him!");
        assertThat(answered.get(0).reply().kind()).isEqualTo(MessageKind.RELAY);
        assertThat(answered.get(0).reply().author()).isEqualTo(ANNA);
        assertThat(answered.get(1).key()).isEqualTo("handoff.delivered");
    }

    @Test
    void theRecordKnowsWhenTheStudioLastWroteAndWhetherTheClientAnswered() {
        // her zone known, the bot asks her nothing of its own: the studio's only question is Anna's answer
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, java.time.ZoneId.of("Europe/Athens"));
        ask("Can I bring my dog?");
        Sent toAnna = harness.said().stream().filter(s -> s.to().value() == ANNA).findFirst().orElseThrow();
        clock.advance(Duration.ofHours(2));
        harness.tell(ANNA, "Anna", "el", new Input.Text("Of course!", 2, toAnna.messageId()));
        var conversations = harness.bot().conversations();

        assertThat(conversations.lastStudioWrite(MARIA)).contains(clock.instant());
        assertThat(conversations.answeredSince(MARIA, clock.instant())).isFalse();

        clock.advance(Duration.ofMinutes(30));
        harness.tell(MARIA, "Maria", "en", new Input.Text("Thank you!", 3));

        assertThat(conversations.answeredSince(MARIA, clock.instant().minusSeconds(1))).isTrue();
        assertThat(conversations.lastClientWrite(MARIA)).contains(clock.instant());
        assertThat(conversations.replyDelays(MARIA, 5)).containsExactly(Duration.ofMinutes(30));
    }
}
