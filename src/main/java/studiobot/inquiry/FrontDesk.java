package studiobot.inquiry;

import java.util.List;
import java.util.Optional;
import studiobot.chat.Button;
import studiobot.chat.Entry;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.people.Role;

/**
 * The first thing anyone meets: a greeting by name for their role, the main actions as buttons,
 * help, and an honest answer to text the bot cannot handle yet.
 */
final class FrontDesk {
    private final String studioName;

    FrontDesk(String studioName) {
        this.studioName = studioName;
    }

    List<Reply> start(Request r) {
        String key = r.is(Role.PHOTOGRAPHER) ? "greeting.photographer" : r.is(Role.ADMIN) ? "greeting.admin" : "greeting.client";
        Reply reply = r.reply(Msg.of(key, "name", r.person().name(), "studio", studioName))
                .withButtons(r.is(Role.CLIENT) ? menu() : staffMenu(r));
        return List.of(r.inPlace(reply));
    }

    List<Reply> help(Request r) {
        String key = r.is(Role.PHOTOGRAPHER) ? "help.photographer" : r.is(Role.ADMIN) ? "help.admin" : "help.client";
        Reply reply = r.reply(Msg.of(key, "studio", studioName)).withButtons(r.is(Role.CLIENT) ? menu() : staffMenu(r));
        return List.of(r.inPlace(reply));
    }

    List<Reply> unknownText(Request r) {
        return List.of(r.reply(Msg.of("fallback.unknown", "studio", studioName)).withButtons(r.is(Role.CLIENT) ? menu() : staffMenu(r)));
    }

    static List<List<Button>> menu() {
        return List.of(
                List.of(Entry.PACKAGES.button(Msg.of("menu.packages")), Entry.BOOK.button(Msg.of("menu.book"), Optional.empty())),
                List.of(Entry.MY_BOOKINGS.button(Msg.of("menu.mybookings")), Entry.ASK.button(Msg.of("menu.ask"))),
                List.of(Entry.LANGUAGE.button(Msg.of("menu.language")), Entry.TIMEZONE.button(Msg.of("menu.timezone"))),
                List.of(Entry.HELP.button(Msg.of("menu.help"))));
    }

    /** Photographers and admins: their agenda, language, zone and help. */
    static List<List<Button>> staffMenu(Request r) {
        return List.of(
                List.of(Entry.AGENDA.button(Msg.of("menu.agenda"))),
                List.of(Entry.LANGUAGE.button(Msg.of("menu.language")), Entry.TIMEZONE.button(Msg.of("menu.timezone"))),
                List.of(Entry.HELP.button(Msg.of("menu.help"))));
    }
}
