package studiobot.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import studiobot.StudioBot;
import studiobot.chat.Action;
import studiobot.chat.Button;
import studiobot.chat.ChatGateway;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.chat.SendResult;
import studiobot.chat.Sender;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;
import studiobot.delivery.ChatLanes;
import studiobot.delivery.OutboxSending;
import studiobot.delivery.RateLimits;
import studiobot.i18n.Messages;
import studiobot.time.ShiftableClock;

/**
 * The bot on a real SQLite file with a gateway that records what it is asked to send: updates go
 * in through the real intake, and each call returns the messages that came out. Every message is
 * kept twice: as said (the reply, with its message keys and arguments, for behaviour tests) and
 * as rendered (for the few tests about text). Answers to button presses are kept apart, as
 * {@link #notices()}: they are not messages in the chat.
 */
public final class BotHarness implements AutoCloseable {
    /** One message that went out: what the feature said, and how it was rendered for its reader. */
    public record Sent(Reply reply, Outbound rendered, long messageId) {
        public ChatId to() {
            return rendered.chat();
        }

        public String key() {
            return reply == null ? null : reply.text().key();
        }

        public Object arg(String name) {
            return reply.text().args().get(name);
        }

        /** The rendered data of the first button of {@code action} whose argument words pass {@code args}. */
        public Optional<String> buttonData(Action<?> action, Predicate<List<String>> args) {
            return buttonData(action.id(), args);
        }

        /** The same, by the action's id (for actions private to their feature's package). */
        public Optional<String> buttonData(String action, Predicate<List<String>> args) {
            return key(action, args).map(Outbound.Key::data);
        }

        public List<Button> buttons() {
            return reply.buttons().stream().flatMap(List::stream).toList();
        }

        /** Whether this message has a button of {@code action} whose argument words pass {@code args}. */
        public boolean hasButton(String action, Predicate<List<String>> args) {
            return buttons().stream().anyMatch(b -> b.action().equals(action) && args.test(b.args()));
        }

        /** The first button of {@code action} whose argument words pass {@code args}, as said (its label a message key). */
        public Optional<Button> button(String action, Predicate<List<String>> args) {
            return buttons().stream().filter(b -> b.action().equals(action) && args.test(b.args())).findFirst();
        }

        /** The label, as its reader sees it, of the first button of {@code action} whose argument words pass {@code args}. */
        public Optional<String> buttonLabel(String action, Predicate<List<String>> args) {
            return key(action, args).map(Outbound.Key::label);
        }

        /** The rendered key of the first button of {@code action} whose argument words pass {@code args}. */
        private Optional<Outbound.Key> key(String action, Predicate<List<String>> args) {
            for (int row = 0; row < reply.buttons().size(); row++) {
                for (int col = 0; col < reply.buttons().get(row).size(); col++) {
                    Button b = reply.buttons().get(row).get(col);
                    if (b.action().equals(action) && args.test(b.args())) {
                        return Optional.of(rendered.keyboard().get(row).get(col));
                    }
                }
            }
            return Optional.empty();
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private final List<Outbound> notices = new ArrayList<>();
    private final List<Sent> noticesSaid = new ArrayList<>();
    private final StudioBot bot;
    private final OutboxSending sending;
    /** Shared by every harness, so a harness opened again on the same data (a restart) never repeats an update id. */
    private static final AtomicLong NEXT_UPDATE_ID = new AtomicLong(1);
    private static final AtomicLong NEXT_PRESS_ID = new AtomicLong(1);

    public BotHarness(Path data, Messages messages, TestClock clock, ChatLanes lanes) {
        this(new ConfigLoader().loadDemo(), data, messages, clock, lanes);
    }

    public BotHarness(StudioConfig config, Path data, Messages messages, TestClock clock, ChatLanes lanes) {
        this.bot = StudioBot.open(config, data, messages, TestTexts.zones(), new ShiftableClock(clock), lanes);
        this.sending = bot.sender(new ChatGateway() {
            @Override
            public SendResult send(Outbound message) {
                return send(null, message);
            }

            @Override
            public SendResult send(Reply reply, Outbound rendered) {
                synchronized (sent) {
                    if (rendered.isPressAnswer()) {
                        notices.add(rendered);
                        noticesSaid.add(new Sent(reply, rendered, 0));
                        return new SendResult.Delivered(0);
                    }
                    long id = rendered.editMessageId() != null ? rendered.editMessageId() : sent.size() + 1;
                    sent.add(new Sent(reply, rendered, id));
                    return new SendResult.Delivered(id);
                }
            }
        }, RateLimits.none());
    }

    public StudioBot bot() {
        return bot;
    }

    /** Everything sent so far, in order (answers to presses aside), as rendered. */
    public List<Outbound> sent() {
        synchronized (sent) {
            return sent.stream().map(Sent::rendered).toList();
        }
    }

    /** Everything sent so far, in order (answers to presses aside), as said and as rendered. */
    public List<Sent> said() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The answers to button presses so far: the notice each presser saw (empty when none). */
    public List<Outbound> notices() {
        synchronized (sent) {
            return List.copyOf(notices);
        }
    }

    /** An update from Telegram with a fresh update id. */
    public Incoming update(long userId, String name, String language, Input input) {
        return new Incoming("telegram", NEXT_UPDATE_ID.getAndIncrement(), new ChatId(userId), new Sender(userId, name, null, null, language), input);
    }

    /** A press of a button with this data, with a fresh press id, on message {@code messageId}. */
    public static Input.Press press(String data, long messageId) {
        return new Input.Press(data, messageId, "press-" + NEXT_PRESS_ID.getAndIncrement());
    }

    public List<Outbound> say(long userId, String name, String language, Input input) {
        return accept(update(userId, name, language, input));
    }

    public List<Outbound> accept(Incoming... updates) {
        return collect(() -> bot.intake().accept(List.of(updates))).stream().map(Sent::rendered).toList();
    }

    /** Like {@link #say}, returning what came out as said and as rendered. */
    public List<Sent> tell(long userId, String name, String language, Input input) {
        Incoming update = update(userId, name, language, input);
        return collect(() -> bot.intake().accept(List.of(update)));
    }

    /** Presses the first button of {@code action} on {@code on} (whose words pass {@code args}), as {@code userId}. */
    public List<Sent> press(long userId, String name, String language, Sent on, Action<?> action, Predicate<List<String>> args) {
        return press(userId, name, language, on, action.id(), args);
    }

    /** The same, by the action's id (for actions private to their feature's package). */
    public List<Sent> press(long userId, String name, String language, Sent on, String action, Predicate<List<String>> args) {
        String data = on.buttonData(action, args)
                .orElseThrow(() -> new AssertionError("no " + action + " button in " + on.buttons()));
        return tell(userId, name, language, press(data, on.messageId()));
    }

    /** Sends what is in the outbox now (after a restart, say). */
    public List<Outbound> flush() {
        return collect(() -> { }).stream().map(Sent::rendered).toList();
    }

    /** Like {@link #flush}, as said and as rendered. */
    public List<Sent> flushSaid() {
        return collect(() -> { });
    }

    public List<Outbound> reloadMessages() {
        return collect(bot::reloadMessages).stream().map(Sent::rendered).toList();
    }

    private List<Sent> collect(Runnable action) {
        int before;
        synchronized (sent) {
            before = sent.size();
        }
        action.run();
        sending.drain(Duration.ofSeconds(1));
        synchronized (sent) {
            return List.copyOf(sent.subList(before, sent.size()));
        }
    }

    @Override
    public void close() {
        bot.close();
    }

    /** Any argument words: the first button of the action. */
    public static boolean any(List<String> args) {
        return Objects.nonNull(args);
    }

    /** The answers to button presses so far, as said (the notice's message key) and as rendered. */
    public List<Sent> noticesSaid() {
        synchronized (sent) {
            return List.copyOf(noticesSaid);
        }
    }

    /** Like {@link #accept}, returning what came out as said and as rendered. */
    public List<Sent> acceptSaid(Incoming... updates) {
        return collect(() -> bot.intake().accept(List.of(updates)));
    }

    /** Like {@link #reloadMessages}, returning the admins' alerts as said and as rendered. */
    public List<Sent> reloadMessagesSaid() {
        return collect(bot::reloadMessages);
    }

    /**
     * What {@code sent} says, rendered now for a reader of {@code languageTag} in {@code zone}: a
     * test compares a message's rendering with it to check the language (and zone) it went out in,
     * without depending on the copy.
     */
    public String render(String languageTag, ZoneId zone, Sent sent) {
        return bot.messages().render(languageTag, zone, bot.clock().instant(), sent.reply().text());
    }

    /**
     * A button's label, rendered now for a reader of {@code languageTag} in {@code zone}: compared
     * with {@link Sent#buttonLabel}, it checks the language and zone a label went out in.
     */
    public String renderLabel(String languageTag, ZoneId zone, Msg label) {
        return bot.messages().renderLabel(languageTag, zone, bot.clock().instant(), label);
    }

    /** The last of {@code sent}. */
    public static Sent last(List<Sent> sent) {
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent");
        }
        return sent.get(sent.size() - 1);
    }

    /** What of {@code sent} went to {@code userId}'s chat, in order. */
    public static List<Sent> to(long userId, List<Sent> sent) {
        return sent.stream().filter(s -> s.to().value() == userId).toList();
    }

    /** The first of {@code sent} that went to {@code userId}'s chat. */
    public static Sent firstTo(long userId, List<Sent> sent) {
        return sent.stream().filter(s -> s.to().value() == userId).findFirst()
                .orElseThrow(() -> new AssertionError("nothing for " + userId + " in " + sent.stream().map(Sent::key).toList()));
    }
}
