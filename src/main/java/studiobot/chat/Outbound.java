package studiobot.chat;

import java.util.List;

/**
 * A rendered message, ready for any transport: HTML text (Telegram's subset), buttons carrying
 * encoded callback data, and the message to edit (null to send a new one); or a copy of another
 * message, or a file or a photo with the text as its caption, or a pin on the map ({@code place}, no text);
 * or the answer to a button press ({@code pressId}).
 */
public record Outbound(ChatId chat, String html, List<List<Key>> keyboard, Long editMessageId, Reply.Copy copy,
                       Reply.Document document, String pressId, Reply.Photo photo, Picture picture, Reply.Place place) {
    public Outbound {
        keyboard = keyboard.stream().map(List::copyOf).toList();
    }

    public Outbound(ChatId chat, String html, List<List<Key>> keyboard, Long editMessageId) {
        this(chat, html, keyboard, editMessageId, null, null, null, null, null, null);
    }

    /** The answer to a button press: {@code notice} (plain text, maybe empty) shown to the presser alone. */
    public static Outbound pressAnswer(ChatId chat, String pressId, String notice) {
        return new Outbound(chat, notice, List.of(), null, null, null, pressId, null, null, null);
    }

    public boolean isPressAnswer() {
        return pressId != null;
    }

    /** A picture drawn for this message (a chart), as PNG, with the text as its caption. */
    public record Picture(String fileName, byte[] png) {}

    /** A rendered button: the label as shown and the callback data the transport carries back. */
    public record Key(String label, String data) {}
}
