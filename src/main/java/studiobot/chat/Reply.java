package studiobot.chat;

import java.util.List;

/**
 * What a feature wants said: to whom, the text as a message key, the buttons in rows, and
 * optionally the message to replace in place. It is stored like this and rendered when it goes
 * out, in the reader's language and zone of that moment. Every reply states its {@link Timing}
 * and its {@link MessageKind}; {@code about} names the client it concerns when it goes to staff,
 * {@code author} the photographer whose words it carries. A reply with {@code pressId} answers
 * that button press with a short notice to the presser (the text, or nothing when it is empty).
 */
public record Reply(ChatId to, Msg text, List<List<Button>> buttons, Long editMessageId, Timing timing, MessageKind kind,
                    Long about, Long author, Copy copy, Attachment attachment, String pressId) {
    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
        java.util.Objects.requireNonNull(timing, "timing");
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** A message a person sent, to be copied on as it is (a photo with its caption, say). */
    public record Copy(ChatId fromChat, long messageId) {}

    /** A file sent with the reply's text as its caption, or a pin on the map (which takes no caption). */
    public sealed interface Attachment permits Document, CalendarEntry, Photo, Chart, Place {}

    /** A place on the map with its name and address, as Telegram shows a venue: a pin the reader can open in their maps app. */
    public record Place(double latitude, double longitude, String title, String address) implements Attachment {}

    /**
     * A picture of figures, drawn when it goes out: bookings per week or month (labelled in figures,
     * "23.11" or "11.2026") and how many ratings gave each score (one star first). It carries
     * figures only, so it reads the same in every language; its caption says what it shows.
     */
    public record Chart(String fileName, List<String> labels, List<Integer> bookings, List<Integer> ratings) implements Attachment {
        public Chart {
            labels = List.copyOf(labels);
            bookings = List.copyOf(bookings);
            ratings = List.copyOf(ratings);
        }
    }

    /**
     * A photo, by the transport's name for it (a Telegram file id or an https link; in the sandbox
     * a path too). {@code protect} sends it with Telegram's protect_content: it cannot be forwarded
     * or saved.
     */
    public record Photo(String file, boolean protect) implements Attachment {}

    /** A text file, as it is. */
    public record Document(String fileName, String mediaType, String content) implements Attachment {}

    /**
     * A calendar entry, written as an iCalendar file when it goes out, with its title and
     * description in the reader's language of that moment. The uid stays the same when the event
     * moves and the sequence grows, so a calendar app updates its entry instead of adding one; a
     * {@code cancelled} entry (same uid, a higher sequence) tells the app to drop it.
     */
    public record CalendarEntry(String fileName, String uid, int sequence, java.time.Instant start, java.time.Instant end,
                                Msg title, Msg description, String location, java.time.Instant stamp, boolean cancelled) implements Attachment {}

    public static Reply of(ChatId to, Timing timing, MessageKind kind, Msg text) {
        return new Reply(to, text, List.of(), null, timing, kind, null, null, null, null, null);
    }

    /** A message that goes at once. */
    public static Reply now(ChatId to, MessageKind kind, Msg text) {
        return of(to, Timing.NOW, kind, text);
    }

    /** A message that waits out the reader's quiet hours. */
    public static Reply mayWait(ChatId to, MessageKind kind, Msg text) {
        return of(to, Timing.MAY_WAIT, kind, text);
    }

    /** A copy of a message from another chat (the text is unused). */
    public static Reply copying(ChatId to, Timing timing, MessageKind kind, ChatId fromChat, long messageId) {
        return new Reply(to, Msg.verbatim(""), List.of(), null, timing, kind, null, null, new Copy(fromChat, messageId), null, null);
    }

    /** A file, with this reply's text as its caption (at most 1024 characters). */
    public static Reply document(ChatId to, Timing timing, MessageKind kind, Msg caption, Attachment file) {
        return new Reply(to, caption, List.of(), null, timing, kind, null, null, null, file, null);
    }

    /** A photo, with this reply's text as its caption (empty for none). */
    public static Reply photo(ChatId to, Timing timing, MessageKind kind, Msg caption, Photo photo) {
        return new Reply(to, caption, List.of(), null, timing, kind, null, null, null, photo, null);
    }

    /** The answer to a button press: {@code notice} shown to the presser alone, or nothing when it is empty. */
    public static Reply pressAnswer(ChatId to, String pressId, Msg notice) {
        java.util.Objects.requireNonNull(pressId, "pressId");
        return new Reply(to, notice, List.of(), null, Timing.NOW, MessageKind.ANSWER, null, null, null, null, pressId);
    }

    public boolean isPressAnswer() {
        return pressId != null;
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(to, text, rows, editMessageId, timing, kind, about, author, copy, attachment, pressId);
    }

    /** Replaces the message the pressed button was on, instead of sending a new one. */
    public Reply editing(long messageId) {
        return new Reply(to, text, buttons, messageId, timing, kind, about, author, copy, attachment, pressId);
    }

    /** The same reply as a new message, in place of none. */
    public Reply asNew() {
        return new Reply(to, text, buttons, null, timing, kind, about, author, copy, attachment, pressId);
    }

    /** Names the client this message concerns (an alert to a photographer), so a reply to it finds them. */
    public Reply about(long clientId) {
        return new Reply(to, text, buttons, editMessageId, timing, kind, clientId, author, copy, attachment, pressId);
    }

    /** Names the photographer whose own words this message carries. */
    public Reply by(long authorId) {
        return new Reply(to, text, buttons, editMessageId, timing, kind, about, authorId, copy, attachment, pressId);
    }

    /** The same message as another kind (the bot's answer that asks something back is a QUESTION). */
    public Reply as(MessageKind what) {
        return new Reply(to, text, buttons, editMessageId, timing, what, about, author, copy, attachment, pressId);
    }

    public Reply at(Timing when) {
        return new Reply(to, text, buttons, editMessageId, when, kind, about, author, copy, attachment, pressId);
    }
}
