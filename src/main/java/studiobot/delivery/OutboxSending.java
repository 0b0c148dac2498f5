package studiobot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.ChatGateway;
import studiobot.chat.Conversations;
import studiobot.chat.Outbound;
import studiobot.chat.SendResult;

/**
 * Sends what the outbox holds, within the rate limits: delivered messages are marked at once and
 * never sent again; a 429 holds that chat for the wait Telegram asked; server and network faults
 * are retried with exponential backoff (1 s doubling to 5 min); a refusal (bad request, bot
 * blocked) is recorded and the chat's queue moves on. Each round sends the head of every chat
 * that may go; with {@code inFlight} above one, the sends of different chats are in flight
 * together (a chat has one message out at a time, so its order holds), which is what reaches
 * Telegram's 30 a second over a round trip of 50-150 ms. Rendering and every write stay on the
 * pumping thread.
 */
public final class OutboxSending {
    private static final Logger log = LogManager.getLogger(OutboxSending.class);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final Transactions transactions;
    private final Outbox outbox;
    private final Conversations conversations;
    private final Rendering rendering;
    private final ChatGateway gateway;
    private final RateLimits limits;
    private final Clock clock;
    /** Sends in flight together (to different chats); null: one at a time, on the pumping thread. */
    private final ExecutorService senders;
    /** Whether a send found the Bot API unreachable since the last success: the next success ends the outage. */
    private boolean faulted;
    /**
     * What Telegram answered to sends whose outcome the database could not record (it refused the
     * write): recorded before anything else is sent, so a message Telegram took is not sent again
     * each round while the row still says pending. Only the pumping thread touches it.
     */
    private final Map<Long, Settlement> unsettled = new LinkedHashMap<>();

    private record Settlement(Outbox.Entry entry, SendResult result) {}

    public OutboxSending(Transactions transactions, Outbox outbox, Conversations conversations, Rendering rendering,
                         ChatGateway gateway, RateLimits limits, Clock clock) {
        this(transactions, outbox, conversations, rendering, gateway, limits, clock, 1);
    }

    public OutboxSending(Transactions transactions, Outbox outbox, Conversations conversations, Rendering rendering,
                         ChatGateway gateway, RateLimits limits, Clock clock, int inFlight) {
        this.senders = inFlight <= 1 ? null : Executors.newFixedThreadPool(inFlight, r -> {
            Thread t = new Thread(r, "outbox-send");
            t.setDaemon(true);
            return t;
        });
        this.transactions = transactions;
        this.outbox = outbox;
        this.conversations = conversations;
        this.rendering = rendering;
        this.gateway = gateway;
        this.limits = limits;
        this.clock = clock;
    }

    /** One round over the chats' due messages; returns how long the caller may wait before the next round. */
    public synchronized Duration pump() {
        if (!settleUnsettled()) {
            return IDLE;
        }
        List<Outbox.Due> due = transactions.inTransaction(() -> outbox.due(clock.instant(), 200));
        boolean held = false;
        List<Long> sendable = new ArrayList<>();
        for (Outbox.Due message : due) {
            // a press answer is no message in the chat: Telegram's flood limits do not count it
            if (!message.pressAnswer() && !limits.tryAcquire(message.chat(), clock.instant())) {
                held = true;
                continue;
            }
            sendable.add(message.id());
        }
        // only what goes this round is read and rendered: what waits behind the limits costs nothing
        List<Outbox.Entry> going = sendable.isEmpty() ? List.of() : transactions.inTransaction(() -> outbox.entries(sendable));
        List<Object> rendered = going.stream().map(this::render).toList();
        sendAll(going, rendered);
        if (!due.isEmpty() || held) {
            return Duration.ofMillis(held ? 50 : 0);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> outbox.nextDue(now))
                .map(next -> Duration.between(now, next))
                .map(d -> d.isNegative() ? Duration.ZERO : d.compareTo(IDLE) > 0 ? IDLE : d)
                .orElse(IDLE);
    }

    /** Records what waits to be recorded, oldest first; false while the database still refuses. */
    private boolean settleUnsettled() {
        for (var it = unsettled.values().iterator(); it.hasNext(); ) {
            Settlement s = it.next();
            try {
                record(s.entry(), s.result());
            } catch (RuntimeException e) {
                log.warn("the outcome of message {} to chat {} still cannot be recorded ({}); nothing more is sent until it is",
                        s.entry().id(), s.entry().chat(), e.toString());
                return false;
            }
            it.remove();
        }
        return true;
    }

    /** Stops the senders once the sends in flight are done. */
    public void close() {
        synchronized (this) {
            if (!unsettled.isEmpty()) {
                log.error("{} messages were sent but could not be marked so: they go again after the restart", unsettled.size());
            }
        }
        if (senders != null) {
            senders.shutdown();
            try {
                senders.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The sends of a round, each chat's head, together when several may be in flight; each is
     * settled (marked sent, or to retry) on this thread as soon as it is done, not when the
     * round's slowest is: a message Telegram took is marked at once, so a crash can send it twice
     * only in the moment between.
     */
    private void sendAll(List<Outbox.Entry> going, List<Object> rendered) {
        if (senders == null || going.size() <= 1) {
            // once an outcome could not be recorded, the round sends no more: each would be one more the database has not
            for (int i = 0; i < going.size() && unsettled.isEmpty(); i++) {
                settle(going.get(i), send(going.get(i), rendered.get(i)));
            }
            return;
        }
        CompletionService<Integer> done = new ExecutorCompletionService<>(senders);
        SendResult[] results = new SendResult[going.size()];
        for (int i = 0; i < going.size(); i++) {
            int n = i;
            done.submit(() -> {
                try {
                    results[n] = send(going.get(n), rendered.get(n));
                } catch (Error e) {
                    results[n] = new SendResult.Transient(e.toString());
                }
                return n;
            });
        }
        boolean interrupted = false;
        for (int left = going.size(); left > 0; ) {
            // each send is waited for to its end, interrupt or not: settling one still in flight as failed would send it twice
            try {
                int n = done.take().get();
                settle(going.get(n), results[n]);
                left--;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a send task failed, which its own handling rules out", e.getCause());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Pumps until nothing is sendable right now (rate limits aside): the console and shutdown use it.
     * On a clock that does not move while it waits (a test's), waiting cannot help: it stops.
     */
    public void drain(Duration deadline) {
        Instant until = clock.instant().plus(deadline);
        while (clock.instant().isBefore(until)) {
            Duration wait = pump();
            if (wait.compareTo(IDLE) >= 0 || pendingDueNow() == 0) {
                return;
            }
            if (!wait.isZero()) {
                Instant before = clock.instant();
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!clock.instant().isAfter(before)) {
                    return;
                }
            }
        }
    }

    private int pendingDueNow() {
        return transactions.inTransaction(() -> outbox.due(clock.instant(), 1)).size();
    }

    /** The message as it goes out, or the refusal when it cannot: rendering is ours, on the pumping thread. */
    private Object render(Outbox.Entry entry) {
        if (entry.unreadable() != null) {
            log.error("message {} to chat {} cannot be read ({}); set aside", entry.id(), entry.chat(), entry.unreadable());
            return new SendResult.Rejected("unreadable: " + entry.unreadable());
        }
        try {
            return entry.rendered() != null ? entry.rendered() : rendering.render(entry.reply(), clock.instant());
        } catch (RuntimeException e) {
            // retrying cannot mend it, and the chat's queue must not stall behind it
            log.error("message {} to chat {} could not be rendered; set aside", entry.id(), entry.chat(), e);
            return new SendResult.Rejected("rendering failed: " + e);
        }
    }

    private SendResult send(Outbox.Entry entry, Object rendered) {
        if (rendered instanceof SendResult refused) {
            return refused;
        }
        Outbound message = (Outbound) rendered;
        try {
            return entry.reply() != null ? gateway.send(entry.reply(), message) : gateway.send(message);
        } catch (RuntimeException e) {
            log.warn("sending message {} to chat {} failed unexpectedly", entry.id(), entry.chat(), e);
            return new SendResult.Transient(e.toString());
        }
    }

    /** Records the outcome of a send; one the database refuses waits in {@link #unsettled}, and the round goes on. */
    private void settle(Outbox.Entry entry, SendResult result) {
        try {
            record(entry, result);
        } catch (RuntimeException e) {
            log.error("message {} to chat {}: {}, but the database could not record it; recorded before anything else is sent",
                    entry.id(), entry.chat(), result, e);
            unsettled.put(entry.id(), new Settlement(entry, result));
        }
    }

    private void record(Outbox.Entry entry, SendResult result) {
        Instant now = clock.instant();
        boolean recovered = faulted && result instanceof SendResult.Delivered;
        transactions.run(() -> {
            if (result instanceof SendResult.Delivered d) {
                if (recovered) {
                    // the Bot API answers again: what waits out a long backoff from the outage goes now, not minutes later
                    outbox.retryFaultsNow(now);
                }
                outbox.delivered(entry.id(), d.messageId(), now);
                conversations.delivered(entry.id(), d.messageId(), now);
                forgetIfFarewell(entry);
            } else if (result instanceof SendResult.RetryAfter r) {
                log.info("chat {} flood-limited by the server: waiting {}", entry.chat(), r.delay());
                outbox.retryAt(entry.id(), now.plus(r.delay()), entry.attempts() + 1, Outbox.FLOOD_WAIT + r.delay());
            } else if (result instanceof SendResult.Transient t) {
                Duration wait = backoff(entry.attempts() + 1);
                log.warn("message {} to chat {} not sent ({}); retry {} in {}", entry.id(), entry.chat(), t.reason(), entry.attempts() + 1, wait);
                outbox.retryAt(entry.id(), now.plus(wait), entry.attempts() + 1, t.reason());
            } else if (result instanceof SendResult.Rejected r) {
                log.warn("message {} to chat {} refused for good: {}", entry.id(), entry.chat(), r.reason());
                outbox.rejected(entry.id(), r.reason(), now);
                forgetIfFarewell(entry);
            }
        });
        if (recovered) {
            faulted = false;
        }
        if (result instanceof SendResult.Transient t && t.isNetwork()) {
            faulted = true;
        }
    }

    /** The last message to an erased client is kept nowhere once it has gone (or could not go). */
    private void forgetIfFarewell(Outbox.Entry entry) {
        if (entry.reply() != null && entry.reply().kind() == studiobot.chat.MessageKind.FAREWELL) {
            outbox.forget(entry.id());
        }
    }

    /** 1 s, 2 s, 4 s ... capped at five minutes. */
    static Duration backoff(int attempt) {
        if (attempt >= 10) {
            return MAX_BACKOFF;
        }
        Duration d = Duration.ofSeconds(1L << Math.max(0, attempt - 1));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
