package studiobot.delivery;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.util.Date;
import studiobot.chat.Reply;

/**
 * A calendar entry as an iCalendar file (RFC 5545) that calendar apps import: one event in UTC,
 * with a UID that stays the same when it moves and a sequence number that grows, so the app
 * updates the entry instead of adding a second one. Written when the message goes out, with the
 * title and description rendered for the reader then.
 */
final class CalendarFile {
    static final String MEDIA_TYPE = "text/calendar";

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
        event.setLocation(entry.location());
        event.setStatus(Status.confirmed());
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//studio-bot//booking//EN");
        calendar.addEvent(event);
        return new Reply.Document(entry.fileName(), MEDIA_TYPE, Biweekly.write(calendar).go());
    }
}
