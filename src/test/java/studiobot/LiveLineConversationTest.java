package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/**
 * The live line has a beginning and an end: while Anna talks with Maria, Maria's words go to her;
 * it ends when Anna closes it, when Maria presses a menu button, or after policy.liveLineIdle (two
 * hours in the demo) without a word from Anna. Then the front desk answers first again.
 */
class LiveLineConversationTest extends DemoStudioConversation {
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private static final String FAQ = "When will I receive my photos?";


    private Sent toAnna;

    @BeforeEach
    void openAConversation() {
        List<Sent> asked = maria("Can I bring my tortoise to the shoot?");
        if (asked.stream().noneMatch(s -> s.to().value() == ANNA)) {
            asked = harness.press(MARIA, "Maria", "en", BotHarness.firstTo(MARIA, asked), "faqno", BotHarness::any);
        }
        toAnna = BotHarness.firstTo(ANNA, asked);
        assertThat(toAnna.buttons()).extracting(b -> b.action()).containsExactly("relay", "hclose");
        harness.tell(ANNA, "Anna", "el", new Input.Text("Of course!", 50, toAnna.messageId()));
    }


    private List<Sent> maria(String text) {
        return harness.tell(MARIA, "Maria", "en", new Input.Text(text, 1));
    }

    private static boolean answeredByTheFrontDesk(List<Sent> replies) {
        return replies.stream().anyMatch(s -> "faq.delivery.answer".equals(s.key())) && replies.stream().noneMatch(s -> s.to().value() == ANNA);
    }

    @Test
    void whileTheConversationIsLiveHerWordsGoToAnna_evenAnFaqQuestion() {
        clock.set(clock.instant().plus(Duration.ofMinutes(90)));

        List<Sent> replies = maria(FAQ);

        assertThat(replies).extracting(Sent::key).containsExactly("handoff.message");
    }

    @Test
    void twoHoursWithoutAWordFromAnnaEndIt() {
        clock.set(clock.instant().plus(Duration.ofHours(2)));

        assertThat(answeredByTheFrontDesk(maria(FAQ))).isTrue();
    }

    @Test
    void annasCloseEndsIt() {
        List<Sent> closed = harness.press(ANNA, "Anna", "el", toAnna, "hclose", BotHarness::any);
        assertThat(closed).isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("handoff.closed");

        assertThat(answeredByTheFrontDesk(maria(FAQ))).isTrue();
    }

    @Test
    void aMenuButtonMariaPressesEndsIt() {
        // the packages button of the menu she had before (a command would end it anyway)
        String packages = harness.bot().callbacks().encode(MARIA, "packages", List.of());
        assertThat(harness.tell(MARIA, "Maria", "en", BotHarness.press(packages, 1))).extracting(Sent::key).contains("packages.list");

        assertThat(answeredByTheFrontDesk(maria(FAQ))).isTrue();
    }
}
