package studiobot.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studiobot.booking.Booking;
import studiobot.booking.BookingTimeline;
import studiobot.booking.Bookings;
import studiobot.booking.Deliveries;
import studiobot.booking.Deliveries.Delivery;
import studiobot.booking.Deliveries.Kind;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.Entry;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.chat.Timing;
import studiobot.chat.Topic;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Role;
import studiobot.people.Staff;
import studiobot.schedule.Job;

/**
 * The sneak peek and the gallery: from a past shoot's card (or {@code /sneakpeek}, {@code /gallery},
 * or the reminder of a promise) the photographer puts one together in their chat: a few photos
 * and/or a link with a line of their own, or the gallery's link. Nothing reaches the client until
 * they press Send; then it goes in the client's language, outside the client's quiet hours, the
 * photos with protect_content when the studio asks for it, and what was sent is recorded. A day
 * before a promise lapses with nothing sent, the photographer is reminded in their own chat.
 */
final class Delivering {
    /** A sneak peek is a few photos: as many as Telegram puts in one album. */
    static final int MAX_PHOTOS = 10;
    /** The photographer's own line, at most this long (it goes into a message with the studio's words around it). */
    static final int MAX_LINE = 1000;
    /** A link in what the photographer typed: https only, without the punctuation that may follow it in a sentence. */
    private static final Pattern LINK = Pattern.compile("https://\\S+?(?=[.,;:!?)\\]»\"']*(\\s|$))");
    /** Shoots this long past their latest promise are no longer listed by /sneakpeek and /gallery. */
    private static final Duration LISTED_AFTER_PROMISE = Duration.ofDays(30);
    private static final int LISTED = 24;

    /** A photographer is putting this delivery together: their photos, link and line go into it. */
    static final Topic<Long> COMPOSING = Topic.of("delivering", ArgCodec.LONG);
    static final Action<Long> SEND = Action.of("dsend", ArgCodec.LONG);
    static final Action<Long> DISCARD = Action.of("ddrop", ArgCodec.LONG);

    private final StudioConfig config;
    private final Bookings bookings;
    private final Deliveries deliveries;
    private final People people;
    private final Staff staff;

    Delivering(StudioConfig config, Bookings bookings, Deliveries deliveries, People people, Staff staff) {
        this.config = config;
        this.bookings = bookings;
        this.deliveries = deliveries;
        this.people = people;
        this.staff = staff;
    }

    /** Whether this person may send this booking's deliveries: its photographer or an admin, once its start has passed. */
    boolean mayDeliver(Request r, long bookingId) {
        return bookings.find(bookingId).filter(b -> !studiobot.people.Person.isErased(b.clientId())
                && staff.looksAfter(r.person().userId(), b.photographerId()) && b.hasTakenPlace(r.now())).isPresent();
    }

    List<Reply> composeSneakPeek(Request r, long bookingId) {
        return compose(r, bookingId, Kind.SNEAK_PEEK);
    }

    List<Reply> composeGallery(Request r, long bookingId) {
        return compose(r, bookingId, Kind.GALLERY);
    }

    private List<Reply> compose(Request r, long bookingId, Kind kind) {
        Booking b = bookings.find(bookingId).orElseThrow();
        Optional<Reply> already = alreadySent(r, b, kind);
        if (already.isPresent()) {
            return List.of(already.get());
        }
        Delivery d = deliveries.draft(b.id(), kind, r.person().userId(), r.now());
        people.setAwaiting(r.person().userId(), COMPOSING.awaiting(d.id()));
        Map<String, Object> args = describe(b);
        args.put("max", MAX_PHOTOS);
        Reply intro = r.reply(Msg.of(kind == Kind.SNEAK_PEEK ? "delivery.peek.compose" : "delivery.gallery.compose", args))
                .as(MessageKind.QUESTION);
        if (d.isEmpty()) {
            return List.of(r.inPlace(intro.withButtons(List.of(List.of(DISCARD.button(Msg.of("delivery.discard"), d.id()))))));
        }
        // a draft begun before: what it holds already, to go on with
        return List.of(r.inPlace(intro), status(r, d, b));
    }

    /** One sneak peek and one gallery message per shoot: a second is refused, saying when the first went. */
    private Optional<Reply> alreadySent(Request r, Booking b, Kind kind) {
        return deliveries.sentFor(b.id()).stream().filter(d -> d.kind() == kind).findFirst()
                .map(d -> r.refuse(Msg.of("delivery.alreadySent", Map.of("kind", kind.word(), "client", clientName(b), "at", new Arg.DateTime(d.sentAt())))));
    }

    /** A photo, a link or a line while a delivery is being put together. */
    List<Reply> collected(Request r, long deliveryId) {
        Optional<Delivery> found = deliveries.find(deliveryId).filter(d -> !d.sent() && d.authorId() == r.person().userId());
        if (found.isEmpty()) {
            people.setAwaiting(r.person().userId(), null);
            return List.of(r.reply(Msg.of("delivery.over")));
        }
        Delivery d = found.get();
        Booking b = bookings.find(d.bookingId()).orElseThrow();
        if (r.input() instanceof Input.Media media) {
            if (d.kind() == Kind.GALLERY) {
                return List.of(r.reply(Msg.of("delivery.gallery.photo")));
            }
            if (!"photo".equals(media.kind()) || media.file() == null) {
                return List.of(r.reply(Msg.of("delivery.photosOnly")));
            }
            if (d.photos().size() >= MAX_PHOTOS) {
                return List.of(r.reply(Msg.of("delivery.full", "max", MAX_PHOTOS)));
            }
            if (media.caption() != null && !media.caption().isBlank()) {
                // the caption first: a photo whose caption is refused is left out with it, so sending it again does not double it
                Optional<Reply> refused = takeText(r, d, media.caption());
                if (refused.isPresent()) {
                    return List.of(refused.get());
                }
            }
            deliveries.addPhoto(d.id(), media.file(), MAX_PHOTOS);
        } else {
            Optional<Reply> refused = takeText(r, d, r.text());
            if (refused.isPresent()) {
                return List.of(refused.get());
            }
        }
        return List.of(status(r, deliveries.find(d.id()).orElseThrow(), b));
    }

    /** Takes the link and the line from what the photographer typed; a refusal when it cannot be used. */
    private Optional<Reply> takeText(Request r, Delivery d, String typed) {
        String text = typed.strip();
        Matcher link = LINK.matcher(text);
        String url = link.find() ? link.group() : "";
        // the link goes on a line of its own: taken out of the sentence with the punctuation that followed it
        String line = url.isEmpty() ? text
                : (text.substring(0, link.start()) + text.substring(link.end()).replaceFirst("^[.,;:!?)\\]»\"']+", ""))
                        .replaceAll("[ \t]{2,}", " ").strip();
        if (d.kind() == Kind.GALLERY && url.isEmpty() && d.link().isEmpty()) {
            return Optional.of(r.reply(Msg.of("delivery.gallery.noLink")));
        }
        int longest = Math.max(line.codePointCount(0, line.length()), url.codePointCount(0, url.length()));
        if (longest > MAX_LINE) {
            return Optional.of(r.reply(Msg.of("delivery.tooLong", "max", MAX_LINE, "length", longest)));
        }
        // a link on its own keeps the line given before; a line replaces it
        deliveries.describe(d.id(), url.isEmpty() ? d.link() : url, url.isEmpty() || !line.isEmpty() ? line : d.note());
        return Optional.empty();
    }

    /** What the draft holds so far, and the buttons to send or discard it. */
    private Reply status(Request r, Delivery d, Booking b) {
        Map<String, Object> args = describe(b);
        args.put("kind", d.kind().word());
        args.put("photos", d.photos().size());
        args.put("link", d.link().isEmpty() ? Msg.verbatim("") : Msg.of("delivery.status.link", "link", d.link()));
        args.put("line", d.note().isEmpty() ? Msg.verbatim("") : Msg.of("delivery.status.line", "text", d.note()));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        if (!d.isEmpty()) {
            row.add(SEND.button(Msg.of("delivery.send", "client", args.get("client")), d.id()));
        }
        row.add(DISCARD.button(Msg.of("delivery.discard"), d.id()));
        rows.add(row);
        String key = d.isEmpty() ? "delivery.status.empty" : d.kind() == Kind.GALLERY ? "delivery.gallery.status" : "delivery.status";
        return r.reply(Msg.of(key, args)).withButtons(rows).as(MessageKind.QUESTION);
    }

    /** Whether this draft is the presser's and still unsent. */
    boolean isOwnDraft(Request r, long deliveryId) {
        return deliveries.find(deliveryId).filter(d -> !d.sent() && d.authorId() == r.person().userId()).isPresent();
    }

    List<Reply> send(Request r, long deliveryId) {
        Delivery d = deliveries.find(deliveryId).orElseThrow();
        if (d.isEmpty()) {
            return List.of(r.refuse(Msg.of(d.kind() == Kind.GALLERY ? "delivery.gallery.noLink" : "delivery.empty")));
        }
        Optional<Booking> booking = bookings.find(d.bookingId()).filter(b -> staff.looksAfter(r.person().userId(), b.photographerId()) && b.hasTakenPlace(r.now()));
        if (booking.isEmpty()) {
            return List.of(r.refuse(Msg.of("booking.unavailable")));
        }
        Booking b = booking.get();
        Optional<Reply> already = alreadySent(r, b, d.kind());
        if (already.isPresent() || !deliveries.markSent(d.id(), r.now())) {
            return List.of(already.orElseGet(() -> r.refuse(Msg.of("booking.unavailable"))));
        }
        stopComposing(r, d.id());
        ChatId client = new ChatId(b.clientId());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("photographer", photographerName(b));
        args.put("package", packageName(b));
        args.put("when", new Arg.DateTime(b.start()));
        args.put("link", d.link().isEmpty() ? Msg.verbatim("") : Msg.of("delivery.toClient.link", "link", d.link()));
        args.put("line", d.note().isEmpty() ? Msg.verbatim("")
                : Msg.of("delivery.toClient.line", "photographer", authorName(r), "text", d.note()));
        List<Reply> replies = new ArrayList<>();
        String key = d.kind() == Kind.SNEAK_PEEK ? "delivery.peek.toClient" : "delivery.gallery.toClient";
        replies.add(Reply.mayWait(client, MessageKind.NOTICE, Msg.of(key, args)).by(r.person().userId()));
        for (String file : d.photos()) {
            replies.add(Reply.photo(client, Timing.MAY_WAIT, MessageKind.NOTICE, Msg.verbatim(""),
                    new Reply.Photo(file, config.policy().protectPreviews())).by(r.person().userId()));
        }
        replies.add(r.inPlace(r.reply(Msg.of("delivery.sent", Map.of(
                "kind", d.kind().word(),
                "client", clientName(b),
                "photos", d.photos().size(),
                "protected", config.policy().protectPreviews() && !d.photos().isEmpty() ? "yes" : "no")))));
        return replies;
    }

    List<Reply> discard(Request r, long deliveryId) {
        Delivery d = deliveries.find(deliveryId).orElseThrow();
        deliveries.discard(d.id());
        stopComposing(r, d.id());
        Booking b = bookings.find(d.bookingId()).orElseThrow();
        return List.of(r.inPlace(r.reply(Msg.of("delivery.discarded", "kind", d.kind().word(), "client", clientName(b)))));
    }

    /** {@code /sneakpeek} or {@code /gallery}: the past shoots still owed one, the nearest promise first. */
    List<Reply> owed(Request r, Kind kind) {
        String photographer = staff.photographer(r.person().userId()).map(Photographer::id).orElse(null);
        Duration longest = config.packages().stream().map(p -> kind.promisedWithin(config, p.id())).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        Instant from = r.now().minus(longest).minus(LISTED_AFTER_PROMISE);
        List<Booking> owed = bookings.starting(photographer, from, r.now().plusSeconds(1)).stream()
                .filter(b -> b.hasTakenPlace(r.now()) && staff.rolesOf(b.clientId()).contains(Role.CLIENT))
                .filter(b -> deliveries.sentFor(b.id()).stream().noneMatch(d -> d.kind() == kind))
                .sorted(Comparator.comparing(b -> kind.promisedBy(config, b)))
                .limit(LISTED)
                .toList();
        if (owed.isEmpty()) {
            return List.of(r.reply(Msg.of("delivery.owed.none", "kind", kind.word(), "days", Duration.between(from, r.now()).toDays())));
        }
        List<Msg> items = new ArrayList<>();
        List<List<Button>> rows = new ArrayList<>();
        Action<Long> action = kind == Kind.SNEAK_PEEK ? Entry.SNEAK_PEEK : Entry.GALLERY;
        for (Booking b : owed) {
            Instant by = kind.promisedBy(config, b);
            items.add(Msg.of("delivery.owed.item", Map.of(
                    "client", clientName(b),
                    "package", packageName(b),
                    "when", new Arg.DateTime(b.start()),
                    "by", new Arg.Relative(by),
                    "late", by.isBefore(r.now()) ? "yes" : "no")));
            rows.add(List.of(action.button(Msg.of("delivery.owed.open", "client", clientName(b), "package", packageName(b)), b.id())));
        }
        return List.of(r.reply(Msg.of("delivery.owed", "kind", kind.word(), "items", items)).withButtons(rows));
    }

    /** The reminder a day before a promise lapses, to the shoot's photographer, when nothing was sent. */
    List<Reply> remind(Job job, Instant now, Kind kind) {
        Optional<Booking> booking = bookings.find(Long.parseLong(job.payload()))
                .filter(Booking::mayBeRated)
                .filter(b -> deliveries.sentFor(b.id()).stream().noneMatch(d -> d.kind() == kind));
        Optional<Photographer> photographer = booking.flatMap(b -> staff.current().photographerById(b.photographerId()));
        if (photographer.isEmpty()) {
            return List.of();
        }
        Booking b = booking.get();
        Map<String, Object> args = describe(b);
        args.put("kind", kind.word());
        args.put("by", new Arg.DateTime(kind.promisedBy(config, b)));
        args.put("within", new Arg.Length(kind.promisedWithin(config, b.packageId())));
        Action<Long> action = kind == Kind.SNEAK_PEEK ? Entry.SNEAK_PEEK : Entry.GALLERY;
        return List.of(Reply.mayWait(new ChatId(photographer.get().telegramId()), MessageKind.ALERT, Msg.of("delivery.promise", args))
                .withButtons(List.of(List.of(action.button(Msg.of(kind == Kind.SNEAK_PEEK ? "delivery.peek.start" : "delivery.gallery.start"), b.id()))))
                .about(b.clientId()));
    }

    /** The bot stops reading the photographer's messages into this draft (but not into another they went on to). */
    private void stopComposing(Request r, long deliveryId) {
        if (COMPOSING.valueIn(people.awaiting(r.person().userId()).orElse(null)).filter(id -> id == deliveryId).isPresent()) {
            people.setAwaiting(r.person().userId(), null);
        }
    }

    /** Whose words a line is: the photographer's own name, or the studio's for an admin. */
    private String authorName(Request r) {
        return staff.photographer(r.person().userId()).map(Photographer::name).orElse(config.studio().name());
    }


    private boolean mayManage(Request r, Booking b) {
        return r.is(Role.ADMIN) || staff.photographer(r.person().userId()).map(Photographer::id).filter(b.photographerId()::equals).isPresent();
    }

    private Map<String, Object> describe(Booking b) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("client", clientName(b));
        args.put("package", packageName(b));
        args.put("when", new Arg.DateTime(b.start()));
        return args;
    }


    private String clientName(Booking b) {
        return people.find(b.clientId()).map(Person::name).orElse("?");
    }

    private String photographerName(Booking b) {
        return staff.current().photographerName(b.photographerId());
    }

    private static Msg packageName(Booking b) {
        return Msg.of("package." + b.packageId() + ".name");
    }
}
