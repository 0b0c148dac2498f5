package studiobot.profile;

import java.util.ArrayList;
import java.util.List;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;

/** {@code /language}: every language the studio speaks, each named in itself; a press switches. */
final class LanguageChoosing {
    /** A language button: the language tag it switches to. */
    static final Action<String> SET = Action.of("setlang", ArgCodec.ID);

    private final Messages messages;
    private final LocaleResolver locales;
    private final People people;

    LanguageChoosing(Messages messages, LocaleResolver locales, People people) {
        this.messages = messages;
        this.locales = locales;
        this.people = people;
    }

    /** The list of languages; a press on the menu replaces the menu in place. */
    List<Reply> offer(Request r) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (String tag : messages.languageTags()) {
            row.add(SET.button(Msg.verbatim(messages.render(tag, Msg.of("language.name"))), tag));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        Reply reply = r.reply(Msg.of("language.choose")).withButtons(rows);
        return List.of(r.inPlace(reply));
    }

    /** A language button: remember the choice and confirm in the new language. */
    List<Reply> choose(Request r, String wanted) {
        people.chooseLocale(r.person().userId(), wanted);
        return List.of(r.reply(Msg.of("language.chosen")).editing(r.messageId()));
    }

    /** Whether the studio (still) speaks the language a button names. */
    boolean speaks(String tag) {
        return locales.match(tag).filter(tag::equals).isPresent();
    }
}
