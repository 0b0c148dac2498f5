package studiobot.profile;

import java.util.Optional;
import java.util.function.UnaryOperator;
import studiobot.chat.Entry;
import studiobot.chat.Handler;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Staff;

/**
 * A person's own settings: their language ({@code /language}, and the offer to switch when they
 * write in another script) and their time zone ({@code /timezone}, a typed place, a shared
 * location, or the question asked once when times first matter).
 */
public final class ProfileFeature implements Feature {
    private final LanguageChoosing languages;
    private final ScriptOffer scriptOffer;
    private final ZoneSetting zones;

    private java.util.function.BiFunction<Request, Boolean, java.util.List<Reply>> afterZoneSet = (r, changed) -> java.util.List.of();

    public ProfileFeature(Messages messages, LocaleResolver locales, People people, Staff staff, ZoneFinder zoneFinder) {
        this.languages = new LanguageChoosing(messages, locales, people);
        this.scriptOffer = new ScriptOffer(messages, locales, people);
        this.zones = new ZoneSetting(zoneFinder, locales, people, staff, (r, changed) -> afterZoneSet.apply(r, changed));
    }

    /**
     * What else is said once a person's zone is set: the booking flow's screen drawn before, in
     * the zone assumed then, drawn again. (Set after construction: booking asks this feature its zone question.)
     */
    public void whenZoneChanges(java.util.function.BiFunction<Request, Boolean, java.util.List<Reply>> redraw) {
        this.afterZoneSet = redraw;
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("language", languages::offer);
        registry.menuCommand("timezone", zones::offer);
        registry.simpleAction(Entry.LANGUAGE, languages::offer);
        registry.action(LanguageChoosing.SET, languages::choose, (r, tag) -> languages.speaks(tag));
        registry.simpleAction(ScriptOffer.KEEP, scriptOffer::keep);
        registry.simpleAction(Entry.TIMEZONE, zones::offer);
        registry.action(ZoneSetting.SET, zones::choose);
        registry.simpleAnswer(ZoneSetting.TOPIC, zones::answer);
        registry.location(zones::located);
    }

    /** The zone question, asked once, the first time a feature is about to show this person a time. */
    public Optional<Reply> askZoneOnce(Request r) {
        return zones.askOnce(r);
    }

    /** A place typed after the zone question asked in passing, read as the answer; empty when it is not one. */
    public Optional<java.util.List<studiobot.chat.Reply>> typedZone(Request r) {
        return zones.typedAfterAsking(r);
    }

    /** A handler of a client's typed words, followed by the offer to switch language when they wrote in another script. */
    public UnaryOperator<Handler> scriptOffer() {
        return scriptOffer::around;
    }
}
