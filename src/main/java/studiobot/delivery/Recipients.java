package studiobot.delivery;

import java.time.ZoneId;
import java.util.function.Function;
import studiobot.chat.ChatId;
import studiobot.i18n.LocaleResolver;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Role;
import studiobot.people.Staff;

/**
 * The language and zone to render for, per chat: the person's own, else a photographer's from the
 * config (they may get an alert before they ever wrote), else the studio's.
 */
public final class Recipients implements Function<ChatId, Posting.Recipient> {
    private final People people;
    private final Staff staff;
    private final LocaleResolver locales;

    public Recipients(People people, Staff staff, LocaleResolver locales) {
        this.people = people;
        this.staff = staff;
        this.locales = locales;
    }

    @Override
    public Posting.Recipient apply(ChatId chat) {
        Person person = people.find(chat.value())
                .orElseGet(() -> new Person(chat.value(), "", null, null, null));
        ZoneId zone = staff.shownZone(person);
        return new Posting.Recipient(locales.languageOf(person), zone, staff.rolesOf(chat.value()).contains(Role.CLIENT));
    }
}
