package studiobot.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.chat.Arg;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Timing;
import studiobot.chat.Reply;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Staff;

/**
 * What a booking's people are told about it: the client's confirmation with its calendar file, and
 * the alerts in the photographer's chat (new, moved, cancelled). Times are arguments, so each reader
 * sees them in their own zone and language; the other side's local time is added where it differs.
 */
final class Notices {
    private final StudioConfig config;
    private final People people;
    private final Staff staff;
    private final LocaleResolver locales;
    private final Messages messages;
    private final Bookings bookings;

    Notices(StudioConfig config, People people, Staff staff, LocaleResolver locales, Messages messages, Bookings bookings) {
        this.config = config;
        this.people = people;
        this.staff = staff;
        this.locales = locales;
        this.messages = messages;
        this.bookings = bookings;
    }

    /** The zone a person sees times in: theirs, else the studio's. */
    ZoneId zoneOf(Person person) {
        return staff.shownZone(person);
    }

    ZoneId zoneOfClient(long clientId) {
        return people.find(clientId).map(this::zoneOf).orElse(config.studio().timeZone());
    }

    ZoneId zoneOfPhotographer(String photographerId) {
        return staff.current().photographerById(photographerId).map(Photographer::timeZone).orElse(config.studio().timeZone());
    }

    Optional<Long> photographerTelegramId(String photographerId) {
        return staff.current().photographerById(photographerId).map(Photographer::telegramId);
    }

    String photographerName(String photographerId) {
        return staff.current().photographerName(photographerId);
    }

    /** A moment as a date and time in the reader's zone, with the time in {@code other} beside it when that reads differently. */
    static Msg when(Instant at, ZoneId reader, ZoneId other, String besideKey) {
        if (reader.getRules().getOffset(at).equals(other.getRules().getOffset(at))) {
            return Msg.of("booking.when", "when", new Arg.DateTime(at));
        }
        return Msg.of(besideKey, "when", new Arg.DateTime(at), "other", new Arg.TimeIn(at, other));
    }

    /** For the client: the booking's time in their zone, with the studio's (the photographer's) time beside. */
    Msg whenForClient(Booking b, Person client) {
        return when(b.start(), zoneOf(client), zoneOfPhotographer(b.photographerId()), "booking.when.studio");
    }

    /** For the photographer: the time in their zone, with the client's local time beside. */
    Msg whenForPhotographer(Booking b) {
        return when(b.start(), zoneOfPhotographer(b.photographerId()), zoneOfClient(b.clientId()), "booking.when.client");
    }

    Msg packageName(String packageId) {
        return Msg.of("package." + packageId + ".name");
    }

    /** An answer as given; a date as a date, in the reader's way of writing one. */
    private Object answer(String packageId, Answer a) {
        // an answer given while the question was still free text is shown as typed
        return config.packageById(packageId).filter(p -> p.asksDate(a.question())).flatMap(p -> a.day())
                .<Object>map(day -> Msg.of("booking.answer.date", "date", new Arg.Date(day)))
                .orElse(Msg.verbatim(a.text()));
    }

    /** The questionnaire's answers as a block to append, or nothing. */
    Msg answers(String packageId, List<Answer> answers) {
        if (answers.isEmpty()) {
            return Msg.verbatim("");
        }
        List<Msg> items = answers.stream()
                .map(a -> Msg.of("booking.answer", "question", Msg.of("package." + packageId + ".question." + a.question()),
                        "answer", a.text().isBlank() ? Msg.of("booking.answer.skipped") : answer(packageId, a)))
                .toList();
        return Msg.of("booking.answers", "items", items);
    }

    /**
     * The client's confirmation (in place of the summary they confirmed), with where the shoot
     * is, the calendar file, and the studio's pin on the map when the shoot is there and the
     * config gives one.
     */
    List<Reply> confirmed(Booking b, Person client, long summaryMessageId, boolean moved, Instant now) {
        Reply text = Reply.now(new ChatId(client.userId()), MessageKind.NOTICE, Msg.of(moved ? "booking.moved" : "booking.confirmed", Map.of(
                "package", packageName(b.packageId()),
                "when", whenForClient(b, client),
                "photographer", photographerName(b.photographerId()),
                "studio", config.studio().name(),
                "place", place(b))));
        if (summaryMessageId > 0) {
            text = text.editing(summaryMessageId);
        }
        List<Reply> replies = new ArrayList<>(List.of(text, calendarFile(b, client, now, Timing.NOW)));
        if (atTheStudio(b)) {
            config.studio().mapPoint().ifPresent(p -> replies.add(Reply.document(new ChatId(client.userId()), Timing.NOW, MessageKind.NOTICE,
                    Msg.verbatim(""), new Reply.Place(p.latitude(), p.longitude(), config.studio().name(), config.studio().address()))));
        }
        return replies;
    }

    /** Where the client gave the shoot to take place (a package's place question), if they did. */
    Optional<String> venue(Booking b) {
        return config.packageById(b.packageId()).flatMap(p -> b.answers().stream()
                .filter(a -> p.asksPlace(a.question()) && !a.text().isBlank()).map(a -> a.text().strip()).findFirst());
    }

    /**
     * Where the shoot takes place, when known: the venue the client gave, else the studio's
     * address; unknown when the package asks for a venue the client skipped (the shoot is away
     * from the studio, somewhere still to be agreed), or the studio has no address.
     */
    private Optional<String> where(Booking b) {
        Optional<String> venue = venue(b);
        if (venue.isPresent()) {
            return venue;
        }
        boolean away = config.packageById(b.packageId()).filter(p -> p.questions().stream().anyMatch(p::asksPlace)).isPresent();
        return away || config.studio().address().isEmpty() ? Optional.empty() : Optional.of(config.studio().address());
    }

    /** Where the shoot is, as a line for the client; nothing when it is not known. */
    Msg place(Booking b) {
        return where(b).<Msg>map(w -> Msg.of("booking.place", "place", w)).orElse(Msg.verbatim(""));
    }

    /** Whether the shoot is at the studio's own address (then its pin on the map helps). */
    private boolean atTheStudio(Booking b) {
        // with no venue given, a known place is the studio's address
        return venue(b).isEmpty() && where(b).isPresent();
    }

    /** The booking as a calendar file, written (in the client's language of that moment) when it goes out. */
    Reply calendarFile(Booking b, Person client, Instant now, Timing timing) {
        return calendarFile(b, client, now, timing, false);
    }

    /**
     * The booking's calendar entry, or (when {@code cancelled}) the same entry, one sequence later,
     * that tells the client's calendar app to drop it.
     */
    private Reply calendarFile(Booking b, Person client, Instant now, Timing timing, boolean cancelled) {
        Reply.CalendarEntry entry = new Reply.CalendarEntry("booking-" + b.id() + ".ics", "booking-" + b.id() + "@studio-bot",
                bookings.movesOf(b.id()) + (cancelled ? 1 : 0), b.start(), b.end(),
                Msg.of("booking.file.title", "package", packageName(b.packageId()), "studio", config.studio().name()),
                Msg.of("booking.file.description", "photographer", photographerName(b.photographerId()), "studio", config.studio().name()),
                where(b).orElse(""), now, cancelled);
        return Reply.document(new ChatId(client.userId()), timing, MessageKind.NOTICE,
                Msg.of(cancelled ? "booking.file.cancelled" : "booking.file.caption"), entry);
    }

    /** The file that takes a cancelled booking out of the client's calendar. */
    Optional<Reply> cancelledFile(Booking b, Instant now, Timing timing) {
        return people.find(b.clientId()).map(client -> calendarFile(b, client, now, timing, true));
    }

    /** Alerts the booking's photographer; it waits out their quiet hours unless {@code concerns} (the earliest start it is about) is close. */
    Optional<Reply> toPhotographer(Booking b, Instant concerns, Instant now, String key, Map<String, Object> extra) {
        Optional<Photographer> p = staff.current().photographerById(b.photographerId());
        Optional<Person> client = people.find(b.clientId());
        if (p.isEmpty() || client.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> args = new java.util.HashMap<>(Map.of(
                "package", packageName(b.packageId()),
                "when", whenForPhotographer(b),
                "client", client.get().name(),
                "language", languageName(client.get()),
                "answers", answers(b.packageId(), b.answers())));
        args.putAll(extra);
        return Optional.of(Reply.of(new ChatId(p.get().telegramId()), Timing.newsAbout(concerns), MessageKind.ALERT, Msg.of(key, args))
                .about(b.clientId()));
    }

    /**
     * Tells the photographer of a booking cancelled because its client had their data erased:
     * the package and the time only, nothing that names the client.
     */
    Optional<Reply> erasedToPhotographer(Booking b, Instant now) {
        return staff.current().photographerById(b.photographerId()).map(p -> Reply.of(new ChatId(p.telegramId()), Timing.newsAbout(b.start()),
                MessageKind.ALERT, Msg.of("booking.alert.cancelledErased", "package", packageName(b.packageId()),
                        "when", Msg.of("booking.when", "when", new Arg.DateTime(b.start())))));
    }

    /**
     * Tells the client what the studio changed, with the calendar file that updates (or, when
     * {@code cancelled}, drops) their entry; urgent when {@code concerns} (the earliest start it is about) is close.
     */
    List<Reply> toClient(Booking b, Instant concerns, Instant now, String key, boolean cancelled) {
        Optional<Person> client = people.find(b.clientId());
        if (client.isEmpty()) {
            return List.of();
        }
        Timing timing = Timing.newsAbout(concerns);
        Reply told = Reply.of(new ChatId(b.clientId()), timing, MessageKind.NOTICE, Msg.of(key, Map.of(
                "package", packageName(b.packageId()),
                "when", whenForClient(b, client.get()),
                "photographer", photographerName(b.photographerId()))));
        List<Reply> replies = new ArrayList<>();
        replies.add(told);
        replies.add(calendarFile(b, client.get(), now, timing, cancelled));
        return replies;
    }

    /** A person's language, named in itself: what a photographer needs to know to answer them. */
    String languageName(Person person) {
        return messages.render(locales.languageOf(person), Msg.of("language.name"));
    }
}
