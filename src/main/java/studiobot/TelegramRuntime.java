package studiobot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Menu;
import studiobot.config.StudioConfig;
import studiobot.delivery.ChatLanes;
import studiobot.delivery.OutboxSending;
import studiobot.delivery.RateLimits;
import studiobot.i18n.Messages;
import studiobot.profile.ZoneFinder;
import studiobot.telegram.TelegramTransport;
import studiobot.time.ShiftableClock;

/**
 * The bot serving Telegram, with its threads: the poller, {@value #LANES} update lanes (a chat
 * always maps to the same lane, so its updates are handled in order while other chats proceed),
 * the outbox sender and the scheduler. {@link #close} shuts down in order: stop taking updates,
 * finish the updates in hand, stop the scheduler, flush the outbox, close the database.
 */
public final class TelegramRuntime implements AutoCloseable {
    static final int LANES = 4;
    /** Sends to different chats in flight together: with a 100 ms round trip, 8 reach Telegram's 30 a second. */
    public static final int SENDS_IN_FLIGHT = 8;
    private static final Logger log = LogManager.getLogger(TelegramRuntime.class);
    private static final Duration FLUSH_LIMIT = Duration.ofSeconds(10);

    private final StudioBot bot;
    private final TelegramTransport transport;
    private final OutboxSending sending;
    private final List<ExecutorService> lanes;
    private final Thread senderThread;
    private final Thread schedulerThread;
    static final Duration WATCH_EVERY = Duration.ofSeconds(2);
    private final java.util.concurrent.ScheduledExecutorService watcher =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "messages-watch"));
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean closed = new AtomicBoolean();

    private TelegramRuntime(StudioBot bot, TelegramTransport transport, List<ExecutorService> lanes) {
        this.bot = bot;
        this.transport = transport;
        this.lanes = lanes;
        this.sending = bot.sender(transport.gateway(), RateLimits.telegram(), SENDS_IN_FLIGHT);
        this.senderThread = new Thread(this::sendLoop, "outbox-sender");
        this.schedulerThread = new Thread(this::scheduleLoop, "scheduler");
    }

    public static TelegramRuntime start(StudioConfig config, Path dataDir, Messages messages, ZoneFinder zones,
                                        String token, URI apiUrl, Clock clock) {
        return start(config, dataDir, messages, zones, token, apiUrl, clock, new CountDownLatch(1));
    }

    /**
     * Opens the bot and starts serving Telegram. A Bot API that does not answer yet is asked again
     * until it does ({@link TelegramTransport#start(studiobot.delivery.UpdateIntake, CountDownLatch)}): updates stored
     * before are handled and the outbox sends meanwhile, as far as the API lets it. When {@code
     * stopAsked} opens first, what started is closed and {@link TelegramTransport.StoppedBeforeStart} thrown.
     */
    public static TelegramRuntime start(StudioConfig config, Path dataDir, Messages messages, ZoneFinder zones,
                                        String token, URI apiUrl, Clock clock, CountDownLatch stopAsked) {
        List<ExecutorService> lanes = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            int n = i;
            lanes.add(Executors.newSingleThreadExecutor(r -> new Thread(r, "updates-" + n)));
        }
        ChatLanes chatLanes = (chat, task) -> {
            try {
                lanes.get(Math.floorMod(chat.value(), LANES)).execute(task);
            } catch (RejectedExecutionException e) {
                log.info("chat {}: shutting down; its stored update is handled after the restart", chat);
            }
        };
        StudioBot bot = StudioBot.open(config, dataDir, messages, zones, new ShiftableClock(clock), chatLanes);
        TelegramTransport transport = new TelegramTransport(token, apiUrl,
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "telegram-poller")), SENDS_IN_FLIGHT);
        TelegramRuntime runtime = new TelegramRuntime(bot, transport, lanes);
        runtime.senderThread.start();
        runtime.schedulerThread.start();
        try {
            int resumed = bot.intake().resume();
            if (resumed > 0) {
                log.info("resuming {} updates stored but not handled before the last stop", resumed);
            }
            // asked before the first poll (an invitation handled then has its link); during an outage, again once the API answers
            Optional<String> username = transport.username(stopAsked);
            username.ifPresent(bot::setBotUsername);
            transport.start(bot.intake(), stopAsked);
            if (username.isEmpty()) {
                transport.username(stopAsked).ifPresent(bot::setBotUsername);
            }
            // the menus answer no one: they are set beside the polling, so that neither the first
            // poll nor a stop asked for meanwhile waits for their eleven calls
            Thread menus = new Thread(() -> {
                try {
                    publishMenus(transport, messages, config.studio().defaultLocale(), bot.menus());
                } catch (RuntimeException e) {
                    log.warn("setting the command menus failed; the bot goes on without them", e);
                }
            }, "command-menus");
            menus.setDaemon(true);
            menus.start();
            return runtime;
        } catch (RuntimeException | Error e) {
            // what started is stopped as at any stop: the sender finishes its round, the database closes
            runtime.close();
            throw e;
        }
    }

    /** Sets the command menus: for everyone in each language and the default, and each staff member's own. */
    private static void publishMenus(TelegramTransport transport, Messages messages, String defaultLanguage, List<Menu> menus) {
        int published = transport.publishCommands(messages, defaultLanguage, menus);
        long everyone = menus.stream().filter(Menu::isForEveryone).count();
        long asked = everyone * (messages.languageTags().size() + 1) + (menus.size() - everyone);
        log.info("command menus published: {} of {} ({} languages and the default for everyone, {} staff chats)",
                published, asked, messages.languageTags().size(), menus.size() - everyone);
    }

    public StudioBot bot() {
        return bot;
    }

    /** Puts edits of the messages folder in service within {@link #WATCH_EVERY}; refusals go to the admins. */
    public void watchMessages(Path dir) {
        bot.watchMessages(dir);
        watcher.scheduleWithFixedDelay(() -> {
            try {
                bot.reloadMessages();
            } catch (RuntimeException e) {
                log.error("looking for edited message files failed; going on", e);
            }
        }, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sendLoop() {
        while (running.get()) {
            try {
                bot.outboxWaker().await(sending.pump());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                log.error("outbox round failed; going on", e);
                pause();
            }
        }
    }

    private void scheduleLoop() {
        while (running.get()) {
            try {
                Duration wait = bot.jobRunning().pump();
                if (!wait.isZero()) {
                    Thread.sleep(wait.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                log.error("scheduler round failed; going on", e);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("stopping: no new updates");
        transport.close();
        watcher.shutdownNow();
        lanes.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes) {
            try {
                if (!lane.awaitTermination(FLUSH_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    log.warn("an update lane did not finish in {}; its updates are handled after the restart", FLUSH_LIMIT);
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.set(false);
        schedulerThread.interrupt();
        // the sender is woken, not interrupted: a send cut off mid-call may have reached Telegram, and would go again after the restart
        bot.outboxWaker().wake();
        join(schedulerThread);
        join(senderThread);
        if (senderThread.isAlive()) {
            // never interrupted: a round's sends may have reached Telegram, and would be settled as failed and go again
            log.warn("the outbox sender is still in a round after {}; what it has not marked is sent after the restart", FLUSH_LIMIT);
        }
        sending.drain(FLUSH_LIMIT);
        sending.close();
        int left = bot.pendingMessages();
        log.info("stopped; {} messages left in the outbox for the next start", left);
        bot.close();
    }

    private static void join(Thread t) {
        try {
            t.join(FLUSH_LIMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
