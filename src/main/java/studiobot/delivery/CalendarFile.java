package studiobot.delivery;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.util.Date;
import studiobot.chat.Reply;

/**
 * A calendar entry as an iCalendar file (RFC 5545) that calendar apps import: one event in UTC,
 * with a UID that stays the same when it moves and a sequence number that grows, so the app
 * updates the entry instead of adding a second one. A cancelled entry goes as METHOD:CANCEL with
 * STATUS:CANCELLED under the same UID, so the app drops it. Written when the message goes out,
 * with the title and description rendered for the reader then.
 */
final class CalendarFile {
    static final String MEDIA_TYPE = "text/calendar";
    /** RFC 5545 3.1: content lines SHOULD be no longer than 75 octets, excluding the line break. */
    static final int LINE_OCTETS = 75;

    private CalendarFile() {}

    static Reply.Document write(Reply.CalendarEntry entry, String title, String description) {
        VEvent event = new VEvent();
        event.setUid(entry.uid());
        event.setSequence(entry.sequence());
        event.setDateTimeStamp(Date.from(entry.stamp()));
        event.setDateStart(Date.from(entry.start()));
        event.setDateEnd(Date.from(entry.end()));
        event.setSummary(title);
        event.setDescription(description);
        if (!entry.location().isBlank()) {
            // a shoot whose place is still to be agreed has none, rather than a wrong one
            event.setLocation(entry.location());
        }
        event.setStatus(entry.cancelled() ? Status.cancelled() : Status.confirmed());
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//studio-bot//booking//EN");
        calendar.setMethod(entry.cancelled() ? Method.cancel() : Method.publish());
        calendar.addEvent(event);
        // biweekly folds at 75 characters, which is up to 300 octets in Greek or Chinese: fold here instead
        return new Reply.Document(entry.fileName(), MEDIA_TYPE, fold(Biweekly.write(calendar).foldLines(false).go()));
    }

    /**
     * Folds each CRLF-ended content line into pieces of at most {@link #LINE_OCTETS} octets of UTF-8,
     * the continuations starting with a space (which counts), never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = utf8Length(cp);
                if (octets + size > LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
