package studiobot.chat;

import java.time.Duration;

/** How a transport answered one send. */
public sealed interface SendResult {
    /** Accepted; never to be sent again. */
    record Delivered(long messageId) implements SendResult {}

    /** Flood control: try this chat again after the wait the server asked for. */
    record RetryAfter(Duration delay) implements SendResult {}

    /** A server or network fault: worth trying again with backoff. */
    record Transient(String reason) implements SendResult {
        /** What a fault of the line starts its reason with: the Bot API was not reached (no connection, no address). */
        public static final String NETWORK = "network: ";

        /** The Bot API could not be reached at all; this says nothing about the message itself. */
        public static Transient network(String why) {
            return new Transient(NETWORK + why);
        }

        public boolean isNetwork() {
            return reason.startsWith(NETWORK);
        }
    }

    /** Refused for good (bad request, the person blocked the bot): retrying cannot help. */
    record Rejected(String reason) implements SendResult {}
}
