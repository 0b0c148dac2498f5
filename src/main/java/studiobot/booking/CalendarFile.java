package studiobot.booking;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.time.Instant;
import java.util.Date;
import studiobot.chat.Reply;

/**
 * A booking as an iCalendar file (RFC 5545) that calendar apps import: one event in UTC, with a UID
 * that stays the same when the booking moves and a sequence number that grows, so the app updates
 * the entry instead of adding a second one.
 */
final class CalendarFile {
    static final String MEDIA_TYPE = "text/calendar";

    private CalendarFile() {}

    static Reply.Document of(Booking booking, String title, String description, String location, int sequence, Instant now) {
        VEvent event = new VEvent();
        event.setUid("booking-" + booking.id() + "@studio-bot");
        event.setSequence(sequence);
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(booking.start()));
        event.setDateEnd(Date.from(booking.end()));
        event.setSummary(title);
        event.setDescription(description);
        event.setLocation(location);
        event.setStatus(Status.confirmed());
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//studio-bot//booking//EN");
        calendar.addEvent(event);
        return new Reply.Document("booking-" + booking.id() + ".ics", MEDIA_TYPE, Biweekly.write(calendar).go());
    }
}
