package studiobot.profile;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Topic;
import studiobot.chat.Button;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.i18n.LocaleResolver;
import studiobot.people.People;
import studiobot.people.Staff;

/**
 * A person's time zone: asked once it matters (or on {@code /timezone}), with likely zones as
 * buttons; understood from a city in any language, a zone id, a UTC offset or a shared location.
 */
final class ZoneSetting {
    /** The bot asked for the zone: the next text is a place, an id or an offset. */
    static final Topic<ArgCodec.Nothing> TOPIC = Topic.plain("zone");
    /** A suggestion button: the zone (callback words may not hold ':', so "+05:30" travels as "+0530"). */
    static final Action<ZoneId> SET = Action.of("setzone", ArgCodec.word(zone -> zone.getId().replace(":", ""), ZoneId::of, id -> !id.isEmpty()));

    private final ZoneFinder zones;
    private final LocaleResolver locales;
    private final People people;
    private final Staff staff;
    private final java.util.function.BiFunction<Request, Boolean, List<Reply>> zoneChanged;

    /**
     * @param zoneChanged what else is said once the zone is set, and whether it changed: a screen drawn in
     *                    the zone assumed before, drawn again; a booking question the zone question interrupted, asked again
     */
    ZoneSetting(ZoneFinder zones, LocaleResolver locales, People people, Staff staff,
                java.util.function.BiFunction<Request, Boolean, List<Reply>> zoneChanged) {
        this.zones = zones;
        this.locales = locales;
        this.people = people;
        this.staff = staff;
        this.zoneChanged = zoneChanged;
    }

    /** {@code /timezone} and the menu button: the zone in force, or the question with suggestions. */
    List<Reply> offer(Request r) {
        people.setAwaiting(r.person().userId(), TOPIC.awaiting());
        Reply reply = staff.zoneOf(r.person())
                .map(zone -> r.reply(Msg.of("timezone.current", "zone", new Arg.Zone(zone), "time", new Arg.TimeOfDay(r.now()))))
                .orElseGet(() -> question(r));
        return List.of(r.inPlace(reply));
    }

    /**
     * The first time the bot shows a person a time while their zone is unknown: once, the likely
     * zones as buttons. What they type next is left to whatever the bot was doing; a button sets the zone.
     */
    Optional<Reply> askOnce(Request r) {
        if (staff.zoneOf(r.person()).isPresent()) {
            return Optional.empty();
        }
        String language = locales.languageOf(r.person());
        List<ZoneId> likely = zones.suggestions(language, r.person().telegramLanguage());
        if (likely.isEmpty() || !people.firstZoneQuestion(r.person().userId(), r.now())) {
            return Optional.empty();
        }
        // offered beside something else (the calendar, a forwarded question): an aside, not a question whose silence is watched
        return Optional.of(r.reply(Msg.of("timezone.ask.once")).withButtons(buttons(likely, language)));
    }

    private Reply question(Request r) {
        String language = locales.languageOf(r.person());
        List<ZoneId> likely = zones.suggestions(language, r.person().telegramLanguage());
        if (likely.isEmpty()) {
            return r.reply(Msg.of("timezone.ask")).as(MessageKind.QUESTION);
        }
        return r.reply(Msg.of("timezone.ask.suggested")).withButtons(buttons(likely, language)).as(MessageKind.QUESTION);
    }

    /**
     * A place typed after the zone question was asked beside something else (the calendar, a
     * forwarded question), while the zone is still unknown: when it names exactly one zone, it is
     * the answer. Anything else is left to whoever reads the words.
     */
    Optional<List<Reply>> typedAfterAsking(Request r) {
        if (staff.zoneOf(r.person()).isPresent() || !people.wasAskedZone(r.person().userId())
                || r.text().isBlank() || r.text().strip().length() > 60) {
            return Optional.empty();
        }
        List<ZoneId> found = zones.find(r.text());
        return found.size() == 1 ? Optional.of(set(r, found.get(0))) : Optional.empty();
    }

    /** The answer to the question: a typed place, id or offset. */
    List<Reply> answer(Request r) {
        List<ZoneId> found = zones.find(r.text());
        if (found.size() == 1) {
            return set(r, found.get(0));
        }
        if (found.isEmpty()) {
            return List.of(r.reply(Msg.of("timezone.notFound", "text", shorten(r.text()))));
        }
        String language = locales.languageOf(r.person());
        return List.of(r.reply(Msg.of("timezone.several", "text", shorten(r.text()))).withButtons(buttons(found, language)));
    }

    /** A shared location: the nearest zone, whether or not the bot asked; a point off the map is said to be unreadable. */
    List<Reply> located(Request r) {
        Input.Location at = (Input.Location) r.input();
        if (!(Math.abs(at.latitude()) <= 90) || !(Math.abs(at.longitude()) <= 180)) {
            return List.of(r.reply(Msg.of("timezone.location.unreadable")));
        }
        return set(r, zones.nearest(at.latitude(), at.longitude()));
    }

    /** A suggestion button. */
    List<Reply> choose(Request r, ZoneId zone) {
        List<Reply> replies = new ArrayList<>(set(r, zone));
        replies.set(0, replies.get(0).editing(r.messageId()));
        return replies;
    }

    private List<Reply> set(Request r, ZoneId zone) {
        Optional<ZoneId> before = staff.zoneOf(r.person());
        people.setZone(r.person().userId(), zone);
        // only the zone question is answered: a booking's question on screen still waits for its answer
        if (people.awaiting(r.person().userId()).filter(TOPIC::isIn).isPresent()) {
            people.setAwaiting(r.person().userId(), null);
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(r.reply(Msg.of("timezone.set", "zone", new Arg.Zone(zone), "time", new Arg.TimeOfDay(r.now()))));
        replies.addAll(zoneChanged.apply(r, !before.equals(Optional.of(zone))));
        return replies;
    }

    private List<List<Button>> buttons(List<ZoneId> candidates, String language) {
        List<List<Button>> rows = new ArrayList<>();
        for (ZoneId zone : candidates.subList(0, Math.min(6, candidates.size()))) {
            String label = zone instanceof ZoneOffset ? "UTC" + zone.getId() : zones.cityName(zone, language);
            rows.add(List.of(SET.button(Msg.verbatim(label), zone)));
        }
        return rows;
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 59) + "…";
    }
}
