package studiobot.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Port: the record of every client's conversation with the studio, each message in and out.
 * Written where everything passes: the router for what a client sends, posting for what goes to
 * a client or to staff about one, in the same transaction as the update or the outbox row. It is
 * kept after the outbox forgets a sent message, so a photographer can still answer a month-old
 * forwarded question by replying to it.
 */
public interface Conversations {
    /**
     * One message. {@code chat} is where it was (the client's chat, or a photographer's for an
     * alert about the client); {@code at} when it was written, or for an outgoing message once
     * delivered, when it reached the chat; {@code author} the photographer whose words it carries,
     * else null (the client's own when incoming, the bot's when outgoing); {@code messageId} the
     * transport's id once known; {@code refersTo} the message it answers or replaces;
     * {@code outboxId} the outbox row of an outgoing message until it is delivered (a message held
     * for the morning, or refused, has not reached the client). {@code text} is what was said, to
     * show a photographer the last words each way: a client's own words verbatim (at most
     * {@link #TEXT_KEPT} characters), the studio's message as its key and arguments; null for a
     * press, a photo or a file.
     */
    record Line(long clientId, ChatId chat, Instant at, boolean incoming, Long author, MessageKind kind,
                Long messageId, Long refersTo, Long outboxId, Msg text) {

        /** A client's words are kept up to this length. */
        public static final int TEXT_KEPT = 500;

        public Line(long clientId, ChatId chat, Instant at, boolean incoming, Long author, MessageKind kind,
                    Long messageId, Long refersTo, Long outboxId) {
            this(clientId, chat, at, incoming, author, kind, messageId, refersTo, outboxId, null);
        }

        public static Line in(long clientId, Instant at, MessageKind kind, Long messageId, Long refersTo) {
            return new Line(clientId, new ChatId(clientId), at, true, null, kind, messageId, refersTo, null);
        }

        /** What the client wrote, kept as their words (cut at {@link #TEXT_KEPT} characters, between code points). */
        public Line saying(String words) {
            String kept = words.codePointCount(0, words.length()) <= TEXT_KEPT ? words
                    : words.substring(0, words.offsetByCodePoints(0, TEXT_KEPT)) + "…";
            return new Line(clientId, chat, at, incoming, author, kind, messageId, refersTo, outboxId, Msg.verbatim(kept));
        }

        public Line saying(Msg said) {
            return new Line(clientId, chat, at, incoming, author, kind, messageId, refersTo, outboxId, said);
        }

        /** The studio wrote, the client got it, and the studio waits for an answer: the bot asking, a photographer, a check-in. */
        public boolean studioAwaits() {
            return !incoming && outboxId == null && kind.awaitsClient();
        }
    }

    void record(Line line);

    /** The outgoing message stored as {@code outboxId} was delivered as {@code messageId} at {@code at}. */
    void delivered(long outboxId, long messageId, Instant at);

    /** The client a message in {@code chat} (a forwarded question, an alert) was about. */
    Optional<Long> clientOf(ChatId chat, long messageId);

    /** When the studio's last message that waits for an answer reached this client. */
    Optional<Instant> lastStudioWrite(long clientId);

    /** When the client last wrote or pressed anything. */
    Optional<Instant> lastClientWrite(long clientId);

    /** The client's last {@code limit} lines, latest first. */
    List<Line> latest(long clientId, int limit);

    /**
     * Since when the studio has waited for the client: the first message that waits for an answer
     * after the client's last one, in the record's order (so a message and its answer at the very
     * same instant are told apart). Later messages of the studio (a check-in) do not move it: the
     * silence is one until the client writes.
     */
    default Optional<Instant> awaitingAnswerSince(long clientId) {
        Optional<Instant> first = Optional.empty();
        for (Line line : latest(clientId, 50)) {
            if (line.incoming()) {
                break;
            }
            if (line.studioAwaits()) {
                first = Optional.of(line.at());
            }
        }
        return first;
    }

    /** Whether the client wrote anything after {@code since}. */
    default boolean answeredSince(long clientId, Instant since) {
        return lastClientWrite(clientId).filter(at -> at.isAfter(since)).isPresent();
    }

    /**
     * How long the client took over their last {@code replies} replies: each from the first time the
     * studio wrote and waited, to the client's next message. Latest first.
     */
    default List<Duration> replyDelays(long clientId, int replies) {
        return ReplyPace.delays(latest(clientId, Math.max(50, replies * 10)), replies);
    }

    /** The median of the client's last {@code replies} reply delays, once there are {@code atLeast} of them. */
    default Optional<Duration> usualReplyDelay(long clientId, int replies, int atLeast) {
        return ReplyPace.median(replyDelays(clientId, replies), atLeast);
    }

    /** The pure reckoning of reply delays from a conversation's lines. */
    final class ReplyPace {
        private ReplyPace() {}

        /** {@code latestFirst}: lines of one client, latest first; returns delays latest first, at most {@code limit}. */
        public static List<Duration> delays(List<Line> latestFirst, int limit) {
            List<Duration> delays = new ArrayList<>();
            Instant answered = null;
            Instant firstAsk = null;
            for (Line line : latestFirst) {
                if (line.incoming()) {
                    if (answered != null && firstAsk != null) {
                        delays.add(Duration.between(firstAsk, answered));
                        if (delays.size() == limit) {
                            return delays;
                        }
                    }
                    answered = line.at();
                    firstAsk = null;
                } else if (line.studioAwaits() && answered != null) {
                    firstAsk = line.at();
                }
            }
            if (answered != null && firstAsk != null && delays.size() < limit) {
                delays.add(Duration.between(firstAsk, answered));
            }
            return delays;
        }

        public static Optional<Duration> median(List<Duration> delays, int atLeast) {
            if (delays.isEmpty() || delays.size() < atLeast) {
                return Optional.empty();
            }
            List<Duration> sorted = delays.stream().sorted().toList();
            int n = sorted.size();
            return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
        }
    }
}
