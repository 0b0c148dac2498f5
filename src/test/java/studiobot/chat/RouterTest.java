package studiobot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studiobot.config.ConfigLoader;
import studiobot.people.Role;
import studiobot.people.Staff;
import studiobot.testing.InMemoryConversations;
import studiobot.testing.InMemoryPeople;

/** The router's one place for refusing presses, decoding arguments and awaited answers, and recording what clients send. */
class RouterTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final long MARIA = 7001;
    private static final long EVE = 7666;
    private static final long ANNA = 2001;
    private static final Action<Long> OPEN = Action.of("open", ArgCodec.LONG);
    private static final Action<ArgCodec.Nothing> STAFF_ONLY = Action.plain("staffonly");
    private static final Topic<Long> REPLYING = Topic.of("replying", ArgCodec.LONG);
    private static final Topic<Long> COLLECTING = Topic.of("collecting", ArgCodec.LONG);

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final Callbacks callbacks = new Callbacks(new byte[32]);
    private final List<String> handled = new ArrayList<>();
    private final Router router = new Router(people, new Staff(new ConfigLoader().loadDemo()), callbacks, conversations)
            .command("start", r -> List.of(r.reply(Msg.of("greeting"))), Set.of(), true)
            .command("agenda", r -> List.of(r.reply(Msg.of("agenda"))), Set.of(Role.PHOTOGRAPHER), true)
            .command("secret", r -> List.of(r.reply(Msg.of("secret"))), Set.of(), false)
            .action(OPEN, (r, id) -> {
                handled.add("open " + id);
                return List.of(r.reply(Msg.of("opened", "id", id)));
            }, Set.of(), (r, id) -> id < 100)
            .action(STAFF_ONLY, (r, none) -> List.of(r.reply(Msg.of("staff"))), Set.of(Role.PHOTOGRAPHER), (r, a) -> true)
            .answer(REPLYING, (r, client) -> List.of(r.reply(Msg.of("replying", "client", client))))
            .answer(COLLECTING, (r, id) -> List.of(r.reply(Msg.of("collected", "id", id))), true)
            .media(r -> List.of(r.reply(Msg.of("media"))))
            .freeText(r -> List.of(r.reply(Msg.of("free"))));

    private List<Reply> press(long user, String data) {
        return router.handle(new Incoming("telegram", 1L, new ChatId(user), new Sender(user, "Someone", null, null, "en"),
                new Input.Press(data, 10, "press-1")), NOW);
    }

    private List<Reply> text(long user, String text) {
        return router.handle(new Incoming("telegram", 1L, new ChatId(user), new Sender(user, "Someone", null, null, "en"),
                new Input.Text(text, 20)), NOW);
    }

    private static String data(Callbacks callbacks, long user, Button b) {
        return callbacks.encode(user, b.action(), b.args());
    }

    private static void assertRefusedAsStale(List<Reply> replies) {
        assertThat(replies).singleElement().satisfies(r -> {
            assertThat(r.isPressAnswer()).as("a notice to the presser, not a message in the chat").isTrue();
            assertThat(r.pressId()).isEqualTo("press-1");
            assertThat(r.text()).isEqualTo(Msg.of("button.stale"));
        });
    }

    @Test
    void press_ofItsOwnButton_isAnsweredThenHandledWithTheDecodedArgument() {
        List<Reply> replies = press(MARIA, data(callbacks, MARIA, OPEN.button(Msg.of("x"), 42L)));

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).isPressAnswer()).isTrue();
        assertThat(replies.get(0).text()).isEqualTo(Msg.verbatim(""));
        assertThat(replies.get(1).text()).isEqualTo(Msg.of("opened", "id", 42L));
        assertThat(handled).containsExactly("open 42");
    }

    @Test
    void press_ofAnotherPersonsButton_isRefusedToThePresserAlone() {
        assertRefusedAsStale(press(EVE, data(callbacks, MARIA, OPEN.button(Msg.of("x"), 42L))));
        assertThat(handled).isEmpty();
    }

    @Test
    void press_forged_isRefused() {
        String forged = data(callbacks, MARIA, OPEN.button(Msg.of("x"), 42L)).replace("open:42", "open:43");

        assertRefusedAsStale(press(MARIA, forged));
        assertRefusedAsStale(press(MARIA, "open:42"));
        assertRefusedAsStale(press(MARIA, ""));
        assertThat(handled).isEmpty();
    }

    @Test
    void press_withWordsItsCodecDidNotMake_isRefusedBeforeTheHandler() {
        assertRefusedAsStale(press(MARIA, callbacks.encode(MARIA, "open", List.of("forty-two"))));
        assertRefusedAsStale(press(MARIA, callbacks.encode(MARIA, "open", List.of("1", "2"))));
        assertRefusedAsStale(press(MARIA, callbacks.encode(MARIA, "open", List.of())));
        assertRefusedAsStale(press(MARIA, callbacks.encode(MARIA, "nosuch", List.of())));
        assertThat(handled).isEmpty();
    }

    @Test
    void press_forAStateThatPassed_isRefusedAsStale() {
        assertRefusedAsStale(press(MARIA, data(callbacks, MARIA, OPEN.button(Msg.of("x"), 100L))));
        assertThat(handled).isEmpty();
    }

    @Test
    void press_ofAnActionTheirRoleMayNotUse_isRefused() {
        assertRefusedAsStale(press(MARIA, data(callbacks, MARIA, STAFF_ONLY.button(Msg.of("x")))));

        assertThat(press(ANNA, data(callbacks, ANNA, STAFF_ONLY.button(Msg.of("x")))))
                .extracting(Reply::text).containsExactly(Msg.verbatim(""), Msg.of("staff"));
    }

    @Test
    void press_whoseHandlerRefuses_getsOnlyThatNotice() {
        Router refusing = new Router(people, new Staff(new ConfigLoader().loadDemo()), callbacks, conversations)
                .action(OPEN, (r, id) -> List.of(r.refuse(Msg.of("booking.unavailable"))), Set.of(), (r, id) -> true);

        List<Reply> replies = refusing.handle(new Incoming("telegram", 1L, new ChatId(MARIA), new Sender(MARIA, "Maria", null, null, "en"),
                new Input.Press(data(callbacks, MARIA, OPEN.button(Msg.of("x"), 1L)), 10, "press-9")), NOW);

        assertThat(replies).singleElement().satisfies(r -> {
            assertThat(r.isPressAnswer()).isTrue();
            assertThat(r.pressId()).isEqualTo("press-9");
            assertThat(r.text()).isEqualTo(Msg.of("booking.unavailable"));
        });
    }

    @Test
    void text_whileAnAnswerIsAwaited_goesToItsHandlerWithWhatItRemembered() {
        people.seen(ANNA, "Anna", "el", NOW);
        people.setAwaiting(ANNA, REPLYING.awaiting(MARIA));

        assertThat(text(ANNA, "Of course!")).extracting(Reply::text).containsExactly(Msg.of("replying", "client", MARIA));
    }

    @Test
    void text_whoseAwaitedValueNoLongerDecodes_isFreeText() {
        people.seen(ANNA, "Anna", "el", NOW);
        people.setAwaiting(ANNA, "replying:not-a-number");
        assertThat(text(ANNA, "hello")).extracting(Reply::text).containsExactly(Msg.of("free"));

        people.setAwaiting(ANNA, "retired-topic:1");
        assertThat(text(ANNA, "hello")).extracting(Reply::text).containsExactly(Msg.of("free"));
    }

    @Test
    void command_changesTheSubject_whatWasAwaitedIsForgotten() {
        people.seen(ANNA, "Anna", "el", NOW);
        people.setAwaiting(ANNA, REPLYING.awaiting(MARIA));

        assertThat(text(ANNA, "/start")).extracting(Reply::text).containsExactly(Msg.of("greeting"));
        assertThat(people.awaiting(ANNA)).isEmpty();
    }

    @Test
    void command_unknownOrNotAllowed_isAnsweredPolitely() {
        assertThat(text(MARIA, "/nosuch")).extracting(Reply::text).containsExactly(Msg.of("command.unknown", "command", "/nosuch"));
        // an unknown command of 4,090 characters is quoted as a command can be long, 32 characters
        assertThat(text(MARIA, "/" + "x".repeat(4089))).extracting(Reply::text)
                .containsExactly(Msg.of("command.unknown", "command", "/" + "x".repeat(31) + "…"));
        assertThat(text(MARIA, "/agenda")).extracting(Reply::text).containsExactly(Msg.of("command.notAllowed"));
        assertThat(text(ANNA, "/agenda")).extracting(Reply::text).containsExactly(Msg.of("agenda"));
    }

    @Test
    void whatAClientSendsIsRecordedInTheirConversation_staffWordsAreNot() {
        text(MARIA, "hello");
        press(MARIA, "garbage");
        text(ANNA, "hello");

        assertThat(conversations.latest(MARIA, 10)).extracting(Conversations.Line::kind)
                .containsExactly(MessageKind.PRESS, MessageKind.MESSAGE);
        assertThat(conversations.latest(MARIA, 10).get(1).messageId()).isEqualTo(20L);
        assertThat(conversations.lastClientWrite(ANNA)).isEmpty();
    }

    @Test
    void menu_listsTheMenuCommandsInRegistrationOrderWithTheirRoles() {
        assertThat(router.menu()).containsExactly(
                new Router.MenuCommand("start", Set.of()),
                new Router.MenuCommand("agenda", Set.of(Role.PHOTOGRAPHER)));
    }

    @Test
    void registeringANameTwice_isAProgrammingError() {
        assertThatThrownBy(() -> router.command("start", r -> List.of(), Set.of(), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> router.action(OPEN, (r, id) -> List.of(), Set.of(), (r, id) -> true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> router.answer(REPLYING, (r, id) -> List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void media_whileATopicThatTakesMediaIsAwaited_goesToItsHandler_otherwiseToTheMediaHandler() {
        Input.Media photo = new Input.Media("photo", 30, null, "file-1");
        people.seen(MARIA, "Maria", "en", NOW);

        people.setAwaiting(MARIA, COLLECTING.awaiting(7L));
        assertThat(router.handle(new Incoming("telegram", 1L, new ChatId(MARIA), new Sender(MARIA, "Maria", null, null, "en"), photo), NOW))
                .extracting(Reply::text).containsExactly(Msg.of("collected", "id", 7L));

        people.setAwaiting(MARIA, REPLYING.awaiting(7L));
        assertThat(router.handle(new Incoming("telegram", 1L, new ChatId(MARIA), new Sender(MARIA, "Maria", null, null, "en"), photo), NOW))
                .as("a topic that reads text only leaves a photo to the media handler")
                .extracting(Reply::text).containsExactly(Msg.of("media"));
    }
}
