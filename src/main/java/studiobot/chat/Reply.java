package studiobot.chat;

import java.util.List;

/**
 * What a feature wants said: to whom, the text as a message key, the buttons in rows, and
 * optionally the message to replace in place. Urgent replies ignore the recipient's quiet hours.
 */
public record Reply(ChatId to, Msg text, List<List<Button>> buttons, Long editMessageId, boolean urgent) {
    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public static Reply to(ChatId to, Msg text) {
        return new Reply(to, text, List.of(), null, true);
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(to, text, rows, editMessageId, urgent);
    }

    /** Replaces the message the pressed button was on, instead of sending a new one. */
    public Reply editing(long messageId) {
        return new Reply(to, text, buttons, messageId, urgent);
    }
}
