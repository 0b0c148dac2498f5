package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studiobot.chat.Input;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;

/**
 * "hi", "thanks!", "ok" and a lone emoji are not questions: each gets a word back in the client's
 * language (a greeting the menu), and nothing reaches the photographer, no reply promise starts,
 * no alarm follows a day later. In all eight languages.
 */
class SmallTalkConversationTest extends DemoStudioConversation {
    private static final long CLIENT = 7001;
    private static final long ANNA = 2001;





    private List<Sent> tell(String language, String text) {
        return harness.tell(CLIENT, "Eleni", language, new Input.Text(text, 1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Hi!                | greeting.client
            en | Thanks a lot 😊    | smalltalk.thanks
            en | ok                 | smalltalk.ack
            en | 👍                 | smalltalk.ack
            en | hi Anna            | greeting.client
            de | Hallo              | greeting.client
            de | Vielen Dank!       | smalltalk.thanks
            de | Alles klar         | smalltalk.ack
            el | Γεια σας           | greeting.client
            el | Ευχαριστώ πολύ     | smalltalk.thanks
            el | Εντάξει            | smalltalk.ack
            es | ¡Hola!             | greeting.client
            es | Muchas gracias     | smalltalk.thanks
            es | Vale               | smalltalk.ack
            ms | Selamat pagi       | greeting.client
            ms | Terima kasih       | smalltalk.thanks
            ms | Baik               | smalltalk.ack
            ru | Привет             | greeting.client
            ru | Спасибо большое!   | smalltalk.thanks
            ru | Хорошо             | smalltalk.ack
            zh | 你好               | greeting.client
            zh | 谢谢你             | smalltalk.thanks
            zh | 好的               | smalltalk.ack
            ar | مرحبا              | greeting.client
            ar | شكرا جزيلا         | smalltalk.thanks
            ar | تمام               | smalltalk.ack
            """)
    void smallTalkGetsAWordBackAndReachesNoOne(String language, String text, String answer) {
        List<Sent> replies = tell(language, text);

        assertThat(replies).extracting(Sent::key).contains(answer);
        assertThat(replies).as("nothing for the photographer").allMatch(s -> s.to().value() == CLIENT);
        assertThat(last(replies).rendered().html()).as("in the client's language")
                .isEqualTo(harness.render(language, java.time.ZoneId.of("Europe/Athens"), last(replies)));
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).as("no promise, no alarm").noneMatch(s -> s.to().value() == ANNA);
    }

    @Test
    void aQuestionWithAGreetingInItIsStillAQuestion() {
        List<Sent> replies = tell("en", "Hello, can I bring my tortoise to the shoot?");

        assertThat(replies).extracting(Sent::key).doesNotContain("greeting.client", "smalltalk.ack", "smalltalk.thanks");
    }

    @Test
    void thanksAtTheEndOfALiveConversationReachesThePhotographerButStartsNoPromise() {
        List<Sent> asked = tell("en", "Can I bring my tortoise to the shoot?");
        Sent toAnna = asked.stream().filter(s -> "handoff.question".equals(s.key())).findFirst()
                .orElseGet(() -> BotHarness.firstTo(ANNA, harness.press(CLIENT, "Eleni", "en", BotHarness.firstTo(CLIENT, asked), "faqno",
                        BotHarness::any)));
        harness.tell(ANNA, "Anna", "el", new Input.Text("Of course!", 50, toAnna.messageId()));

        List<Sent> thanks = tell("en", "Thank you so much!");

        assertThat(thanks).extracting(Sent::key).containsExactly("handoff.message");
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).extracting(Sent::key).doesNotContain("handoff.overdue");
    }
}
