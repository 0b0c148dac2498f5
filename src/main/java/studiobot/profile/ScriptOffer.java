package studiobot.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.Handler;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.i18n.Scripts;
import studiobot.people.People;

/**
 * When someone writes in the script of another language the studio speaks (Greek letters to an
 * English-speaking bot), offer once to switch to it, next to the normal answer.
 */
final class ScriptOffer {
    static final Action<ArgCodec.Nothing> KEEP = Action.plain("keeplang");

    private final Messages messages;
    private final LocaleResolver locales;
    private final People people;

    ScriptOffer(Messages messages, LocaleResolver locales, People people) {
        this.messages = messages;
        this.locales = locales;
        this.people = people;
    }

    /** The handler, followed by the offer when it applies. */
    Handler around(Handler inner) {
        return r -> {
            List<Reply> replies = new ArrayList<>(inner.handle(r));
            offer(r).ifPresent(replies::add);
            return replies;
        };
    }

    Optional<Reply> offer(Request r) {
        String current = locales.languageOf(r.person());
        Optional<String> written = Scripts.languageWritten(r.text())
                .filter(tag -> !Scripts.sameScript(current, tag))
                .flatMap(locales::match);
        if (written.isEmpty() || !firstTime(r.person().userId(), r.now())) {
            return Optional.empty();
        }
        String tag = written.get();
        String name = messages.render(tag, Msg.of("language.name"));
        return Optional.of(r.reply(Msg.of("language.offer", "language", name)).withButtons(List.of(List.of(
                LanguageChoosing.SET.button(Msg.of("language.offer.yes"), tag),
                KEEP.button(Msg.of("language.offer.no"))))));
    }

    /** "No, thank you": the offer is replaced by a confirmation of the language kept. */
    List<Reply> keep(Request r) {
        return List.of(r.reply(Msg.of("language.chosen")).editing(r.messageId()));
    }

    private boolean firstTime(long userId, Instant now) {
        return people.firstScriptOffer(userId, now);
    }
}
