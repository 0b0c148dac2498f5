package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;

import java.util.List;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/** Nothing is cut silently: a long message arrives whole in numbered parts; an over-long answer is refused with the limit named. */
class LongMessagesConversationTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private static final int TELEGRAM_LIMIT = 4096;





    private List<Sent> maria(String text) {
        return harness.tell(MARIA, "Maria", "en", new Input.Text(text, 1));
    }

    /** A story of {@code n} numbered sentences, so any part lost or doubled shows. */
    private static String story(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("Sentence ").append(i).append(" of my tortoise's long story. ");
        }
        return s.toString().strip();
    }

    @Test
    void aLongQuestionReachesThePhotographerWholeInParts_andALongAnswerReachesTheClientWhole() {
        String question = story(130);
        assertThat(question.length()).isGreaterThan(5000);
        List<Sent> asked = maria(question);
        if (asked.stream().noneMatch(s -> s.to().value() == ANNA)) {
            asked = harness.press(MARIA, "Maria", "en", BotHarness.firstTo(MARIA, asked), "faqno", BotHarness::any);
        }

        List<Sent> toAnna = BotHarness.to(ANNA, asked);
        assertThat(toAnna).extracting(Sent::key).containsExactly("handoff.question.noZone", "handoff.continued");
        assertThat(toAnna).allSatisfy(s -> assertThat(s.rendered().html().length()).isLessThanOrEqualTo(TELEGRAM_LIMIT));
        assertThat(toAnna.get(0).arg("text") + " " + toAnna.get(1).arg("text")).isEqualTo(question);
        assertThat(toAnna.get(1).arg("part")).isEqualTo(2);
        assertThat(toAnna.get(1).arg("parts")).isEqualTo(2);

        String answer = story(170);
        List<Sent> answered = harness.tell(ANNA, "Anna", "el", new Input.Text(answer, 60, toAnna.get(0).messageId()));
        List<Sent> toMaria = BotHarness.to(MARIA, answered);
        assertThat(toMaria).extracting(Sent::key).containsExactly("handoff.answer", "handoff.answer.continued", "handoff.answer.continued");
        assertThat(String.join(" ", toMaria.stream().map(s -> (String) s.arg("text")).toList())).isEqualTo(answer);
        assertThat(toMaria).allSatisfy(s -> assertThat(s.rendered().html().length()).isLessThanOrEqualTo(TELEGRAM_LIMIT));
    }

    @Test
    void aQuestionnaireAnswerOverItsLimitIsRefusedWithTheLimitNamed() {
        Sent calendar = last(harness.press(MARIA, "Maria", "en", last(maria("/book")), "book", args -> args.get(0).equals("portrait")));
        Sent times = last(harness.press(MARIA, "Maria", "en", calendar, "bkd", args -> args.get(args.size() - 1).equals("20261124")));
        harness.press(MARIA, "Maria", "en", times, "bkt", BotHarness::any);

        Sent again = last(maria("x".repeat(1001)));

        assertThat(again.key()).isEqualTo("booking.question");
        assertThat(again.rendered().html()).contains("Your answer has 1,001 characters; I can keep 1,000 at most.");
        Sent summary = last(maria("For my website"));
        assertThat(summary.rendered().html()).contains("For my website").doesNotContain("xxxxxxxxxx");
    }
}
