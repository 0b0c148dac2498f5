package studiobot.inquiry;

import java.util.List;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.people.Role;

/**
 * The first thing anyone meets: a greeting by name for their role, the main actions as buttons,
 * help, and an honest answer to text the bot cannot handle yet.
 */
public final class FrontDesk {
    private final String studioName;

    public FrontDesk(String studioName) {
        this.studioName = studioName;
    }

    public List<Reply> start(Request r) {
        String key = r.is(Role.PHOTOGRAPHER) ? "greeting.photographer" : r.is(Role.ADMIN) ? "greeting.admin" : "greeting.client";
        Reply reply = r.reply(Msg.of(key, "name", r.person().name(), "studio", studioName))
                .withButtons(r.is(Role.CLIENT) ? menu() : staffMenu(r));
        return List.of(r.inPlace(reply));
    }

    public List<Reply> help(Request r) {
        String key = r.is(Role.PHOTOGRAPHER) ? "help.photographer" : r.is(Role.ADMIN) ? "help.admin" : "help.client";
        Reply reply = r.reply(Msg.of(key, "studio", studioName)).withButtons(r.is(Role.CLIENT) ? menu() : staffMenu(r));
        return List.of(r.inPlace(reply));
    }

    public List<Reply> unknownText(Request r) {
        return List.of(r.reply(Msg.of("fallback.unknown", "studio", studioName)).withButtons(r.is(Role.CLIENT) ? menu() : staffMenu(r)));
    }

    static List<List<Button>> menu() {
        return List.of(
                List.of(Button.of(Msg.of("menu.packages"), "packages"), Button.of(Msg.of("menu.book"), "book")),
                List.of(Button.of(Msg.of("menu.mybookings"), "mine"), Button.of(Msg.of("menu.ask"), "ask")),
                List.of(Button.of(Msg.of("menu.language"), "language"), Button.of(Msg.of("menu.timezone"), "timezone")),
                List.of(Button.of(Msg.of("menu.help"), "help")));
    }

    /** Photographers and admins: their agenda, language, zone and help. */
    static List<List<Button>> staffMenu(Request r) {
        return List.of(
                List.of(Button.of(Msg.of("menu.agenda"), "agenda")),
                List.of(Button.of(Msg.of("menu.language"), "language"), Button.of(Msg.of("menu.timezone"), "timezone")),
                List.of(Button.of(Msg.of("menu.help"), "help")));
    }
}
