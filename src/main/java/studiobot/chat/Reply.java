package studiobot.chat;

import java.util.List;

/**
 * What a feature wants said: to whom, the text as a message key, the buttons in rows, and
 * optionally the message to replace in place. Urgent replies ignore the recipient's quiet hours.
 */
public record Reply(ChatId to, Msg text, List<List<Button>> buttons, Long editMessageId, boolean urgent, String ref, Copy copy, Document document) {
    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    /** A message a person sent, to be copied on as it is (a photo with its caption, say). */
    public record Copy(ChatId fromChat, long messageId) {}

    /** A file sent with the text as its caption (a calendar entry, say); text files only. */
    public record Document(String fileName, String mediaType, String content) {}

    public Reply(ChatId to, Msg text, List<List<Button>> buttons, Long editMessageId, boolean urgent, String ref, Copy copy) {
        this(to, text, buttons, editMessageId, urgent, ref, copy, null);
    }

    public static Reply to(ChatId to, Msg text) {
        return new Reply(to, text, List.of(), null, true, null, null);
    }

    /** A copy of a message from another chat (the text is unused). */
    public static Reply copying(ChatId to, ChatId fromChat, long messageId) {
        return new Reply(to, Msg.verbatim(""), List.of(), null, true, null, new Copy(fromChat, messageId));
    }

    /** A file, with this reply's text as its caption (at most 1024 characters). */
    public static Reply document(ChatId to, Msg caption, Document file) {
        return new Reply(to, caption, List.of(), null, true, null, null, file);
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(to, text, rows, editMessageId, urgent, ref, copy, document);
    }

    /** Replaces the message the pressed button was on, instead of sending a new one. */
    public Reply editing(long messageId) {
        return new Reply(to, text, buttons, messageId, urgent, ref, copy, document);
    }

    /** Marks what the message is about, so a reply to it can be traced (see Outbox#refOf). */
    public Reply withRef(String reference) {
        return new Reply(to, text, buttons, editMessageId, urgent, reference, copy, document);
    }

    /** A message that may wait: it is held through the recipient's quiet hours. */
    public Reply notUrgent() {
        return new Reply(to, text, buttons, editMessageId, false, ref, copy, document);
    }
}
