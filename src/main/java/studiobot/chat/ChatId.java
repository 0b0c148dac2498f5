package studiobot.chat;

/** A private chat with one person; in Telegram its id equals the person's user id. */
public record ChatId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
