package studiobot.chat;

import java.util.List;

/**
 * A rendered message, ready for any transport: HTML text (Telegram's subset), buttons carrying
 * encoded callback data, and the message to edit (null to send a new one).
 */
public record Outbound(ChatId chat, String html, List<List<Key>> keyboard, Long editMessageId, Reply.Copy copy) {
    public Outbound {
        keyboard = keyboard.stream().map(List::copyOf).toList();
    }

    public Outbound(ChatId chat, String html, List<List<Key>> keyboard, Long editMessageId) {
        this(chat, html, keyboard, editMessageId, null);
    }

    /** A rendered button: the label as shown and the callback data the transport carries back. */
    public record Key(String label, String data) {}
}
