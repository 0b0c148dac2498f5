package studiobot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studiobot.chat.ChatId;

class RateLimitsTest {
    private static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");

    @Test
    void tryAcquire_chatBurstOfThree_fourthRefused() {
        RateLimits limits = RateLimits.telegram();
        ChatId chat = new ChatId(42);

        assertThat(limits.tryAcquire(chat, T0)).isTrue();
        assertThat(limits.tryAcquire(chat, T0)).isTrue();
        assertThat(limits.tryAcquire(chat, T0)).isTrue();
        assertThat(limits.tryAcquire(chat, T0)).isFalse();
    }

    @Test
    void tryAcquire_chatBurstUsed_oneMoreAfterOneSecond() {
        RateLimits limits = RateLimits.telegram();
        ChatId chat = new ChatId(42);
        for (int i = 0; i < 3; i++) {
            limits.tryAcquire(chat, T0);
        }

        assertThat(limits.tryAcquire(chat, T0.plusMillis(999))).isFalse();
        assertThat(limits.tryAcquire(chat, T0.plusSeconds(1))).isTrue();
        assertThat(limits.tryAcquire(chat, T0.plusSeconds(1))).isFalse();
    }

    @Test
    void tryAcquire_chatBurstUsed_otherChatUnaffected() {
        RateLimits limits = RateLimits.telegram();
        for (int i = 0; i < 3; i++) {
            limits.tryAcquire(new ChatId(42), T0);
        }

        assertThat(limits.tryAcquire(new ChatId(43), T0)).isTrue();
        assertThat(limits.tryAcquire(new ChatId(43), T0)).isTrue();
        assertThat(limits.tryAcquire(new ChatId(43), T0)).isTrue();
        assertThat(limits.tryAcquire(new ChatId(43), T0)).isFalse();
    }

    @Test
    void tryAcquire_chatIdleLong_refillsOnlyToBurst() {
        RateLimits limits = RateLimits.telegram();
        ChatId chat = new ChatId(42);
        limits.tryAcquire(chat, T0);
        Instant later = T0.plus(Duration.ofHours(1));

        assertThat(limits.tryAcquire(chat, later)).isTrue();
        assertThat(limits.tryAcquire(chat, later)).isTrue();
        assertThat(limits.tryAcquire(chat, later)).isTrue();
        assertThat(limits.tryAcquire(chat, later)).isFalse();
    }

    @Test
    void tryAcquire_thirtyChatsAtOnce_thirtyFirstRefusedUntil34msLater() {
        RateLimits limits = RateLimits.telegram();
        for (int i = 1; i <= 30; i++) {
            assertThat(limits.tryAcquire(new ChatId(i), T0)).as("chat %d", i).isTrue();
        }

        assertThat(limits.tryAcquire(new ChatId(31), T0)).isFalse();
        assertThat(limits.tryAcquire(new ChatId(31), T0.plusMillis(33))).isFalse();
        assertThat(limits.tryAcquire(new ChatId(31), T0.plusMillis(34))).isTrue();
        assertThat(limits.tryAcquire(new ChatId(32), T0.plusMillis(34))).isFalse();
    }

    @Test
    void tryAcquire_none_lets1000ThroughAtOneInstant() {
        RateLimits limits = RateLimits.none();
        int passed = 0;
        for (int i = 0; i < 1000; i++) {
            if (limits.tryAcquire(new ChatId(42), T0)) {
                passed++;
            }
        }

        assertThat(passed).isEqualTo(1000);
    }

    @Test
    void tryAcquire_manyChatsLongIdle_staleBucketsAreEvicted() throws ReflectiveOperationException {
        RateLimits limits = RateLimits.telegram();
        Instant now = T0;
        for (int i = 0; i <= 10_000; i++) {
            now = now.plusMillis(34);
            assertThat(limits.tryAcquire(new ChatId(i), now)).isTrue();
        }

        limits.tryAcquire(new ChatId(99_999), now.plus(Duration.ofHours(1)));

        assertThat(chatBuckets(limits)).hasSizeLessThanOrEqualTo(10_000);
    }

    private static Map<?, ?> chatBuckets(RateLimits limits) throws ReflectiveOperationException {
        Field field = RateLimits.class.getDeclaredField("chats");
        field.setAccessible(true);
        return (Map<?, ?>) field.get(limits);
    }
}
