package studiobot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * blocked) is recorded and the chat's queue moves on.
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
    /** Whether a send found the Bot API unreachable since the last success: the next success ends the outage. */
    private boolean faulted;

    public OutboxSending(Transactions transactions, Outbox outbox, Conversations conversations, Rendering rendering,
                         ChatGateway gateway, RateLimits limits, Clock clock) {
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
        List<Outbox.Entry> heads = transactions.inTransaction(() -> outbox.heads(clock.instant(), 200));
        boolean held = false;
        for (Outbox.Entry entry : heads) {
            // a press answer is no message in the chat: Telegram's flood limits do not count it
            if (!entry.isPressAnswer() && !limits.tryAcquire(entry.chat(), clock.instant())) {
                held = true;
                continue;
            }
            settle(entry, send(entry));
        }
        if (!heads.isEmpty() || held) {
            return Duration.ofMillis(held ? 50 : 0);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> outbox.nextDue(now))
                .map(due -> Duration.between(now, due))
                .map(d -> d.isNegative() ? Duration.ZERO : d.compareTo(IDLE) > 0 ? IDLE : d)
                .orElse(IDLE);
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
        return transactions.inTransaction(() -> outbox.heads(clock.instant(), 1)).size();
    }

    private SendResult send(Outbox.Entry entry) {
        if (entry.unreadable() != null) {
            log.error("message {} to chat {} cannot be read ({}); set aside", entry.id(), entry.chat(), entry.unreadable());
            return new SendResult.Rejected("unreadable: " + entry.unreadable());
        }
        Outbound message;
        try {
            message = entry.rendered() != null ? entry.rendered() : rendering.render(entry.reply(), clock.instant());
        } catch (RuntimeException e) {
            // rendering is ours: retrying cannot mend it, and the chat's queue must not stall behind it
            log.error("message {} to chat {} could not be rendered; set aside", entry.id(), entry.chat(), e);
            return new SendResult.Rejected("rendering failed: " + e);
        }
        try {
            return entry.reply() != null ? gateway.send(entry.reply(), message) : gateway.send(message);
        } catch (RuntimeException e) {
            log.warn("sending message {} to chat {} failed unexpectedly", entry.id(), entry.chat(), e);
            return new SendResult.Transient(e.toString());
        }
    }

    private void settle(Outbox.Entry entry, SendResult result) {
        Instant now = clock.instant();
        transactions.run(() -> {
            if (result instanceof SendResult.Delivered d) {
                if (faulted) {
                    // the Bot API answers again: what waits out a long backoff from the outage goes now, not minutes later
                    outbox.retryFaultsNow(now);
                    faulted = false;
                }
                outbox.delivered(entry.id(), d.messageId(), now);
                conversations.delivered(entry.id(), d.messageId(), now);
                forgetIfFarewell(entry);
            } else if (result instanceof SendResult.RetryAfter r) {
                log.info("chat {} flood-limited by the server: waiting {}", entry.chat(), r.delay());
                outbox.retryAt(entry.id(), now.plus(r.delay()), entry.attempts() + 1, Outbox.FLOOD_WAIT + r.delay());
            } else if (result instanceof SendResult.Transient t) {
                faulted |= t.isNetwork();
                Duration wait = backoff(entry.attempts() + 1);
                log.warn("message {} to chat {} not sent ({}); retry {} in {}", entry.id(), entry.chat(), t.reason(), entry.attempts() + 1, wait);
                outbox.retryAt(entry.id(), now.plus(wait), entry.attempts() + 1, t.reason());
            } else if (result instanceof SendResult.Rejected r) {
                log.warn("message {} to chat {} refused for good: {}", entry.id(), entry.chat(), r.reason());
                outbox.rejected(entry.id(), r.reason(), now);
                forgetIfFarewell(entry);
            }
        });
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
