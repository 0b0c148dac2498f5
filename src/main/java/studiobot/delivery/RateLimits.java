package studiobot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import studiobot.chat.ChatId;

/**
 * Telegram's sending limits as token buckets: per chat about one message a second with a small
 * burst, overall 30 a second. Pure: time comes in as an argument. Not thread-safe; the outbox
 * sender owns it.
 */
public final class RateLimits {
    static final int MAX_TRACKED_CHATS = 10_000;
    private final Bucket.Shape perChat;
    private final Bucket overall;
    private final Map<ChatId, Bucket> chats = new HashMap<>();

    public RateLimits(int chatBurst, Duration chatInterval, int overallBurst, Duration overallInterval) {
        this.perChat = new Bucket.Shape(chatBurst, chatInterval);
        this.overall = new Bucket(new Bucket.Shape(overallBurst, overallInterval), null);
    }

    /** Telegram's published limits: 1/s per chat (bursts of 3), 30/s overall. */
    public static RateLimits telegram() {
        return new RateLimits(3, Duration.ofSeconds(1), 30, Duration.ofMillis(34));
    }

    /** No limits: the console sandbox has no flood control. */
    public static RateLimits none() {
        return new RateLimits(Integer.MAX_VALUE, Duration.ofNanos(1), Integer.MAX_VALUE, Duration.ofNanos(1));
    }

    /** Takes a token for a message to {@code chat} if both buckets allow it now. */
    public boolean tryAcquire(ChatId chat, Instant now) {
        Bucket bucket = chats.computeIfAbsent(chat, c -> new Bucket(perChat, now));
        bucket.refill(now);
        overall.refill(now);
        if (bucket.tokens < 1 || overall.tokens < 1) {
            return false;
        }
        bucket.tokens--;
        overall.tokens--;
        if (chats.size() > MAX_TRACKED_CHATS) {
            // a bucket that has refilled completely by now carries no state worth keeping
            chats.values().removeIf(b -> {
                b.refill(now);
                return b.isFull();
            });
        }
        return true;
    }

    private static final class Bucket {
        record Shape(int capacity, Duration interval) {}

        private final Shape shape;
        private double tokens;
        private Instant last;

        Bucket(Shape shape, Instant now) {
            this.shape = shape;
            this.tokens = shape.capacity();
            this.last = now;
        }

        void refill(Instant now) {
            if (last == null || now.isBefore(last)) {
                last = now;
                return;
            }
            double earned = (double) Duration.between(last, now).toNanos() / shape.interval().toNanos();
            tokens = Math.min(shape.capacity(), tokens + earned);
            last = now;
        }

        boolean isFull() {
            return tokens >= shape.capacity();
        }
    }
}
