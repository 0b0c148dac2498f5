package studiobot.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.i18n.LocaleResolver;
import studiobot.profile.ZoneSetting;

/**
 * A client's free-text question: answered from the FAQ when the match is clear (with a "did this
 * help?"), the closest entries offered when it is not, and passed to the photographer when the
 * FAQ has nothing or did not help. Every question is stored first, so a "no, ask the
 * photographer" press can pass on the very words the client wrote.
 */
public final class Asking {
    public static final String TOPIC = "question";

    private final FaqMatcher faq;
    private final Questions questions;
    private final Handoff handoff;
    private final LocaleResolver locales;
    private final ZoneSetting zones;

    public Asking(FaqMatcher faq, Questions questions, Handoff handoff, LocaleResolver locales, ZoneSetting zones) {
        this.faq = faq;
        this.questions = questions;
        this.handoff = handoff;
        this.locales = locales;
        this.zones = zones;
    }

    /** The "ask a question" button: the next text is the question. */
    public List<Reply> prompt(Request r) {
        return List.of(r.reply(Msg.of("ask.prompt")));
    }

    public List<Reply> question(Request r) {
        long id = questions.ask(r.person().userId(), r.text(), r.now());
        FaqMatcher.Match match = faq.match(r.text(), locales.languageOf(r.person()));
        if (match instanceof FaqMatcher.Match.Confident confident) {
            return answer(r, confident.entryId(), id);
        }
        if (match instanceof FaqMatcher.Match.Weak weak) {
            List<List<Button>> rows = new ArrayList<>();
            for (String entry : weak.closest()) {
                rows.add(List.of(Button.of(Msg.of("faq." + entry + ".question"), "faq", entry, Long.toString(id))));
            }
            rows.add(List.of(Button.of(Msg.of("faq.closest.none"), "faqno", Long.toString(id))));
            return List.of(r.reply(Msg.of("faq.closest")).withButtons(rows));
        }
        return forward(r, id);
    }

    /** Passed on; the answer time the client is told is the first time the bot shows them, so their zone is asked once. */
    private List<Reply> forward(Request r, long questionId) {
        List<Reply> replies = new ArrayList<>(handoff.forward(r, questionId));
        zones.askOnce(r).ifPresent(replies::add);
        return replies;
    }

    /** One of the closest entries pressed. */
    public List<Reply> chosen(Request r) {
        Optional<Questions.Question> q = own(r, 1);
        if (q.isEmpty() || !faq.entryIds().contains(r.args().get(0))) {
            return List.of(r.reply(Msg.of("button.stale")));
        }
        List<Reply> replies = answer(r, r.args().get(0), q.get().id());
        return List.of(replies.get(0).editing(r.messageId()), replies.get(1));
    }

    /** "Yes, thank you". */
    public List<Reply> helped(Request r) {
        Optional<Questions.Question> q = own(r, 0);
        if (q.isEmpty()) {
            return List.of(r.reply(Msg.of("button.stale")));
        }
        questions.answered(q.get().id(), 0, r.now());
        return List.of(r.reply(Msg.of("faq.thanks")).editing(r.messageId()));
    }

    /** "No, ask the photographer" (or "none of these"): the stored question goes on, once. */
    public List<Reply> notHelped(Request r) {
        Optional<Questions.Question> q = own(r, 0).filter(x -> !x.forwarded());
        if (q.isEmpty()) {
            return List.of(r.reply(Msg.of("button.stale")));
        }
        return forward(r, q.get().id());
    }

    private List<Reply> answer(Request r, String entry, long questionId) {
        return List.of(
                r.reply(Msg.of("faq." + entry + ".answer")),
                r.reply(Msg.of("faq.helped")).withButtons(List.of(List.of(
                        Button.of(Msg.of("faq.helped.yes"), "faqok", Long.toString(questionId)),
                        Button.of(Msg.of("faq.helped.no"), "faqno", Long.toString(questionId))))));
    }

    /** The question named by the button's argument at {@code index}, if it is this client's own. */
    private Optional<Questions.Question> own(Request r, int index) {
        try {
            long id = Long.parseLong(r.args().get(index));
            return questions.find(id).filter(q -> q.clientId() == r.person().userId());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
