package studiobot.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import studiobot.StudioBot;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
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
 * in through the real intake, and each call returns the messages that came out.
 */
public final class BotHarness implements AutoCloseable {
    private final List<Outbound> sent = new ArrayList<>();
    private final StudioBot bot;
    private final OutboxSending sending;
    /** Shared by every harness, so a harness opened again on the same data (a restart) never repeats an update id. */
    private static final java.util.concurrent.atomic.AtomicLong NEXT_UPDATE_ID = new java.util.concurrent.atomic.AtomicLong(1);

    public BotHarness(Path data, Messages messages, TestClock clock, ChatLanes lanes) {
        this(new ConfigLoader().loadDemo(), data, messages, clock, lanes);
    }

    public BotHarness(StudioConfig config, Path data, Messages messages, TestClock clock, ChatLanes lanes) {
        this.bot = StudioBot.open(config, data, messages, TestTexts.zones(), new ShiftableClock(clock), lanes);
        this.sending = bot.sender(message -> {
            sent.add(message);
            return new SendResult.Delivered(sent.size());
        }, RateLimits.none());
    }

    public StudioBot bot() {
        return bot;
    }

    /** Everything sent so far, in order. */
    public List<Outbound> sent() {
        return List.copyOf(sent);
    }

    /** An update from Telegram with a fresh update id. */
    public Incoming update(long userId, String name, String language, Input input) {
        return new Incoming("telegram", NEXT_UPDATE_ID.getAndIncrement(), new ChatId(userId), new Sender(userId, name, null, null, language), input);
    }

    public List<Outbound> say(long userId, String name, String language, Input input) {
        return accept(update(userId, name, language, input));
    }

    public List<Outbound> accept(Incoming... updates) {
        return collect(() -> bot.intake().accept(List.of(updates)));
    }

    /** Sends what is in the outbox now (after a restart, say). */
    public List<Outbound> flush() {
        return collect(() -> { });
    }

    public List<Outbound> reloadMessages() {
        return collect(bot::reloadMessages);
    }

    private List<Outbound> collect(Runnable action) {
        int before = sent.size();
        action.run();
        sending.drain(Duration.ofSeconds(1));
        return List.copyOf(sent.subList(before, sent.size()));
    }

    @Override
    public void close() {
        bot.close();
    }
}
