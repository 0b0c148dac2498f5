package studiobot.telegram;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import studiobot.chat.ChatGateway;
import studiobot.chat.Incoming;
import studiobot.chat.Menu;
import studiobot.delivery.Inbox;
import studiobot.delivery.UpdateIntake;
import studiobot.i18n.Messages;

/**
 * Telegram by long polling. Each batch of updates is translated and stored before this returns to
 * the poller, which only then confirms the batch to Telegram: an update is never confirmed
 * without being stored. Button presses are answered through the outbox like every reply, once the
 * router has decided whether the press stands: a refusal is a notice to the presser alone.
 */
public final class TelegramTransport implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(TelegramTransport.class);

    private final String token;
    private final TelegramUrl url;
    private final TelegramClient client;
    /** The sending client's JSON writer, warmed beside the first poll ({@link TelegramWarmUp}). */
    private final ObjectMapper sendingJson = new ObjectMapper();
    private final ScheduledExecutorService pollerThread;
    private TelegramBotsLongPollingApplication application;
    private volatile boolean closing;
    private final TolerantGetUpdates.Unreadable unreadable = new TolerantGetUpdates.Unreadable();

    /** {@code sendsInFlight}: how many sends to different chats the outbox has in flight together. */
    public TelegramTransport(String token, URI apiUrl, ScheduledExecutorService pollerThread, int sendsInFlight) {
        this.token = Objects.requireNonNull(token);
        this.url = telegramUrl(apiUrl);
        this.pollerThread = pollerThread;
        this.client = new OkHttpTelegramClient(sendingJson, sendingClient(sendsInFlight), token, url);
    }

    /**
     * The HTTP client that sends: it never retries by itself. OkHttp's default re-posts a request
     * whose connection dropped, unseen and unlogged, so a message Telegram had taken went twice;
     * the outbox alone decides, counts and logs every attempt. TelegramBots makes every call
     * through OkHttp's queue, which by default lets 5 calls to one host run at once: this one lets
     * the outbox's sends all go together, with room beside them for a press's answer.
     */
    static okhttp3.OkHttpClient sendingClient(int sendsInFlight) {
        okhttp3.Dispatcher calls = new okhttp3.Dispatcher();
        calls.setMaxRequestsPerHost(sendsInFlight + 2);
        calls.setMaxRequests(Math.max(calls.getMaxRequests(), sendsInFlight + 2));
        return new okhttp3.OkHttpClient.Builder().dispatcher(calls).retryOnConnectionFailure(false).build();
    }

    /** The Bot API address as TelegramBots wants it; a URL without a port takes the scheme's default. */
    static TelegramUrl telegramUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL: '" + uri + "' is not allowed; use an http(s) address such as https://api.telegram.org");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    public ChatGateway gateway() {
        return new TelegramGateway(client);
    }

    /**
     * The bot's username (for invitation links), from getMe; empty when the server does not answer
     * it. A stop asked meanwhile ends the call at once ({@link StoppedBeforeStart}): a network that
     * swallows packets would otherwise hold the stop for the call's whole timeout.
     */
    public Optional<String> username(CountDownLatch stopAsked) {
        try {
            return Optional.ofNullable(ask(new GetMe(), stopAsked).getUserName());
        } catch (StoppedBeforeStart stopped) {
            throw stopped;
        } catch (TelegramApiException | RuntimeException e) {
            if (e instanceof TelegramApiException refused && errorCode(refused).orElse(0) == 401) {
                // no wait mends a token the server does not know: say so now, not after minutes of asking again
                throw new TelegramException("the Bot API refuses the token (getMe)", refused);
            }
            log.warn("getMe failed ({}); until it answers, invitations give a /start command instead of a link", withCause(e));
            return Optional.empty();
        }
    }

    /** Publishes the command menus; returns how many the server took. */
    public int publishCommands(Messages messages, String defaultLanguage, List<Menu> menus) {
        return CommandMenu.publish(client, messages, defaultLanguage, menus);
    }

    /** The first wait after the Bot API did not answer at start; each next one is twice as long, up to {@link #START_WAIT_MOST}. */
    static final Duration START_WAIT_FIRST = Duration.ofSeconds(1);
    static final Duration START_WAIT_MOST = Duration.ofMinutes(1);

    /** A stop asked for while the start was still waiting for the Bot API. */
    public static final class StoppedBeforeStart extends RuntimeException {
        StoppedBeforeStart() {
            super("stopped before the Bot API answered", null, false, false);
        }
    }

    /**
     * Starts polling; stored updates go to {@code intake}. A Bot API that does not answer (no
     * network yet after a reboot, an outage, a 5xx, a 429) is asked again, 1 s later, then 2, 4, …
     * up to a minute apart (longer when its retry_after says so), each attempt logged, until it
     * answers or {@code stopAsked} opens: then {@link StoppedBeforeStart}, at once, even with an
     * attempt in flight. Any other refusal (a token the server does not know, a method it lacks)
     * ends the start at once, since no wait mends it.
     */
    public void start(UpdateIntake intake, CountDownLatch stopAsked) {
        Duration wait = null;
        for (int attempt = 1; ; attempt++) {
            TelegramApiException e;
            try {
                // asked first on the sending client: its timeouts are short, a stop abandons it, and its refusal keeps error_code and retry_after
                ask(new DeleteWebhook(), stopAsked);
                poll(intake);
                // beside the first poll, not before it: the start is not held up, the first update is read sooner
                TelegramWarmUp.aside(sendingJson);
                return;
            } catch (TelegramApiException failed) {
                e = failed;
            }
            if (!worthAskingAgain(e)) {
                throw new TelegramException("starting long polling at " + url.getHost(), e);
            }
            wait = nextWait(wait, retryAfter(e));
            log.warn("the Bot API at {} did not answer the start (attempt {}: {}); asking again in {} s", url.getHost(), attempt,
                    withCause(e), wait.toSeconds());
            try {
                if (stopAsked.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new StoppedBeforeStart();
                }
            } catch (InterruptedException interrupted) {
                throw stopped();
            }
        }
    }

    /** Starts the long-polling session; a refused start leaves no session behind. */
    private void poll(UpdateIntake intake) throws TelegramApiException {
        application = new TelegramBotsLongPollingApplication(
                ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> pollerThread);
        try {
            // a new application counts as running: registering the bot starts its session, which deletes the webhook again
            BotSession session = application.registerBot(token, () -> url, TolerantGetUpdates.generator(unreadable), new Consumer(intake));
            log.info("polling {}://{}:{} for updates (session running: {})", url.getSchema(), url.getHost(), url.getPort(), session.isRunning());
        } catch (TelegramApiException e) {
            closeApplication();
            throw e;
        }
    }

    /** A call on the sending client, given up the moment a stop is asked ({@link StoppedBeforeStart}). */
    private <T extends Serializable> T ask(BotApiMethod<T> call, CountDownLatch stopAsked) throws TelegramApiException {
        CompletableFuture<T> answer = client.executeAsync(call);
        while (true) {
            try {
                return answer.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                if (stopAsked.getCount() == 0) {
                    answer.cancel(true);
                    throw new StoppedBeforeStart();
                }
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof TelegramApiException api ? api : new TelegramApiException(failed.getCause());
            } catch (InterruptedException interrupted) {
                throw stopped();
            }
        }
    }

    /** An interrupt while the start waits: a stop, with the thread's interrupt kept for whoever comes next. */
    private static StoppedBeforeStart stopped() {
        Thread.currentThread().interrupt();
        return new StoppedBeforeStart();
    }

    /** The wait after a failed start: the first, then twice the one before up to the most, or the server's retry_after when longer. */
    static Duration nextWait(Duration previous, Optional<Duration> retryAfter) {
        Duration base = previous == null ? START_WAIT_FIRST
                : previous.multipliedBy(2).compareTo(START_WAIT_MOST) > 0 ? START_WAIT_MOST : previous.multipliedBy(2);
        return retryAfter.filter(r -> r.compareTo(base) > 0).orElse(base);
    }

    /**
     * Whether a failed start can succeed later: no answer, an answer that is not the Bot API's
     * (a proxy's HTML page), a timeout (408), a flood limit (429) or a server error (5xx); not a
     * refusal such as 401 (the token) or 404 (the method).
     */
    static boolean worthAskingAgain(TelegramApiException e) {
        OptionalInt code = errorCode(e);
        return code.isEmpty() || code.getAsInt() == 408 || code.getAsInt() == 429 || code.getAsInt() >= 500;
    }

    /** The Bot API's error code of a refused call; empty when the call got no answer of the Bot API's. */
    static OptionalInt errorCode(TelegramApiException e) {
        // an answer that could not be read (a proxy's HTML page) comes with code 0
        return e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null && refused.getErrorCode() > 0
                ? OptionalInt.of(refused.getErrorCode()) : OptionalInt.empty();
    }

    /** A failure's message with its cause's, which says what happened on the wire ("Connection refused"). */
    private static String withCause(Exception e) {
        return e.getCause() == null || e.getCause().getMessage() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage();
    }

    private static Optional<Duration> retryAfter(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException refused && refused.getParameters() != null
                && refused.getParameters().getRetryAfter() != null) {
            return Optional.of(Duration.ofSeconds(refused.getParameters().getRetryAfter()));
        }
        return Optional.empty();
    }

    private void closeApplication() {
        try {
            application.close();
        } catch (Exception e) {
            log.debug("closing the failed start's session: {}", e.getMessage());
        }
        application = null;
    }

    /** Stops taking updates. A poll still in flight is abandoned unconfirmed; Telegram sends it again. */
    @Override
    public void close() {
        closing = true;
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("stopping long polling: {}", e.getMessage());
            }
        }
        pollerThread.shutdownNow();
        try {
            pollerThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Consumer extends DefaultLongPollingUpdateConsumer {
        private final UpdateIntake intake;

        Consumer(UpdateIntake intake) {
            this.intake = intake;
        }

        /**
         * Stores the batch before returning: the poller has already moved its offset past it, and
         * its next call confirms to Telegram whatever this returned from. An update that cannot be
         * read or translated is stored as failed, alone; the rest go on.
         */
        @Override
        public void consume(List<Update> updates) {
            boolean stored;
            try {
                List<Incoming> batch = new ArrayList<>();
                List<Inbox.Unreadable> failed = new ArrayList<>();
                for (Update u : updates) {
                    Optional<TolerantGetUpdates.Unreadable.Item> raw = unreadable.take(u.getUpdateId());
                    if (raw.isPresent()) {
                        failed.add(new Inbox.Unreadable(UpdateTranslator.SOURCE, u.getUpdateId(), raw.get().json(),
                                raw.get().reason()));
                        continue;
                    }
                    Optional<Incoming> in;
                    try {
                        in = UpdateTranslator.translate(u);
                    } catch (RuntimeException e) {
                        // a shape the translator did not foresee (a photo size without its width): this update fails, not its batch
                        log.error("update {} could not be translated; stored as failed", u.getUpdateId(), e);
                        failed.add(new Inbox.Unreadable(UpdateTranslator.SOURCE, u.getUpdateId(), asRead(u), "not translated: " + e));
                        continue;
                    }
                    in.ifPresent(batch::add);
                    if (in.isEmpty() && u.hasCallbackQuery()) {
                        answerLeftOut(u);
                    }
                }
                stored = storeUntilDone(batch, failed, updates);
            } catch (RuntimeException e) {
                // never let an exception reach the poller while running: the JDK would cancel it for good
                log.error("a batch of {} updates could not be taken in; storing each as failed", updates.size(), e);
                stored = storeUntilDone(List.of(), updates.stream().map(u -> new Inbox.Unreadable(UpdateTranslator.SOURCE,
                        u.getUpdateId(), asRead(u), "not taken in: " + e)).toList(), updates);
            }
            if (!stored) {
                // stopping with the batch not stored: ending the poller here keeps it from confirming the batch
                throw new IllegalStateException("stopping before updates " + updates.stream().map(Update::getUpdateId).toList()
                        + " were stored: they are not confirmed, and Telegram delivers them again after the restart");
            }
            updates.stream().mapToInt(Update::getUpdateId).max().ifPresent(unreadable::forgetUpTo);
        }

        /** The update as the library read it, for the record of one that failed. */
        private String asRead(Update u) {
            try {
                return sendingJson.writeValueAsString(u);
            } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
                return "{\"update_id\":" + u.getUpdateId() + "}";
            }
        }

        @Override
        public void consume(Update update) {
            consume(List.of(update));
        }

        /** A press the bot does not serve (outside a private chat) is still answered, so its spinner stops. */
        private void answerLeftOut(Update u) {
            try {
                client.executeAsync(new AnswerCallbackQuery(u.getCallbackQuery().getId()))
                        .exceptionally(e -> {
                            log.debug("answering button press {} failed: {}", u.getUpdateId(), e.getMessage());
                            return false;
                        });
            } catch (TelegramApiException e) {
                log.debug("answering button press {} failed: {}", u.getUpdateId(), e.getMessage());
            }
        }

        /**
         * Stores the batch, retrying while the database refuses; false when the bot stops before it
         * could (nothing of the batch may be confirmed then). A batch that comes as the bot stops is
         * still stored if the database takes it.
         */
        private boolean storeUntilDone(List<Incoming> batch, List<Inbox.Unreadable> failed, List<Update> updates) {
            Duration wait = Duration.ofMillis(500);
            while (true) {
                try {
                    intake.reject(failed);
                    intake.accept(batch);
                    return true;
                } catch (RuntimeException e) {
                    if (closing) {
                        log.error("storing updates {} failed as the bot stops", updates.stream().map(Update::getUpdateId).toList(), e);
                        return false;
                    }
                    log.error("storing updates {} failed; retrying in {}", updates.stream().map(Update::getUpdateId).toList(), wait, e);
                    try {
                        Thread.sleep(wait.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                    wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : wait.multipliedBy(2);
                }
            }
        }

    }
}
