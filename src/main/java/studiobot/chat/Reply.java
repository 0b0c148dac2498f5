package studiobot.chat;

import java.util.List;

/**
 * What a feature wants said: to whom, the text as a message key, the buttons in rows, and
 * optionally the message to replace in place. Urgent replies ignore the recipient's quiet hours.
 */
public record Reply(ChatId to, Msg text, List<List<Button>> buttons, Long editMessageId, boolean urgent, String ref, Copy copy) {
    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    /** A message a person sent, to be copied on as it is (a photo with its caption, say). */
    public record Copy(ChatId fromChat, long messageId) {}

    public static Reply to(ChatId to, Msg text) {
        return new Reply(to, text, List.of(), null, true, null, null);
    }

    /** A copy of a message from another chat (the text is unused). */
    public static Reply copying(ChatId to, ChatId fromChat, long messageId) {
        return new Reply(to, Msg.verbatim(""), List.of(), null, true, null, new Copy(fromChat, messageId));
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(to, text, rows, editMessageId, urgent, ref, copy);
    }

    /** Replaces the message the pressed button was on, instead of sending a new one. */
    public Reply editing(long messageId) {
        return new Reply(to, text, buttons, messageId, urgent, ref, copy);
    }

    /** Marks what the message is about, so a reply to it can be traced (see Outbox#refOf). */
    public Reply withRef(String reference) {
        return new Reply(to, text, buttons, editMessageId, urgent, reference, copy);
    }
}
