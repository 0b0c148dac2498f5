package studiobot.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.i18n.LocaleResolver;

/**
 * A client's free-text question: answered from the FAQ when the match is clear (with a "did this
 * help?"), the closest entries offered when it is not, and passed to the photographer when the
 * FAQ has nothing or did not help. Every question is stored first, so a "no, ask the
 * photographer" press can pass on the very words the client wrote.
 */
final class Asking {
    /** One of the closest FAQ entries, for the question the client asked. */
    record Choice(String entry, long question) {}

    static final Action<Choice> CHOSEN = Action.of("faq", ArgCodec.pair(ArgCodec.ID, 1, ArgCodec.LONG, Choice::entry, Choice::question, Choice::new));
    /** "Yes, thank you" under an answer: the question it answered. */
    static final Action<Long> HELPED = Action.of("faqok", ArgCodec.LONG);
    /** "No, ask the photographer" (or "none of these"): the question to pass on. */
    static final Action<Long> NOT_HELPED = Action.of("faqno", ArgCodec.LONG);

    private final FaqMatcher faq;
    private final Questions questions;
    private final Handoff handoff;
    private final LocaleResolver locales;
    private final Function<Request, Optional<Reply>> zoneQuestion;

    private final java.util.Map<String, Object> facts;
    private final PackageNames packageNames;
    private final java.util.Map<String, Msg> packageFacts;
    /** The FAQ entries about packages: a question matching one that names a package gets that package's facts. */
    private static final java.util.Set<String> ABOUT_PACKAGES = java.util.Set.of("packages", "included", "payment", "editing");
    /** The entries that list every package side by side: a question about packages naming none is answered with the first. */
    private static final java.util.Set<String> ALL_PACKAGES = java.util.Set.of("packages", "included");

    /**
     * @param packageNames which package a question names
     * @param packageFacts each package's own answer: its length, photos, editing and price, by id
     */
    Asking(FaqMatcher faq, Questions questions, Handoff handoff, LocaleResolver locales, Function<Request, Optional<Reply>> zoneQuestion,
           java.util.Map<String, Object> facts, PackageNames packageNames, java.util.Map<String, Msg> packageFacts) {
        this.facts = java.util.Map.copyOf(facts);
        this.packageNames = packageNames;
        this.packageFacts = java.util.Map.copyOf(packageFacts);
        this.faq = faq;
        this.questions = questions;
        this.handoff = handoff;
        this.locales = locales;
        this.zoneQuestion = zoneQuestion;
    }

    /** The "ask a question" button: the next text is the question. */
    List<Reply> prompt(Request r) {
        return List.of(r.reply(Msg.of("ask.prompt")));
    }

    List<Reply> question(Request r) {
        long id = questions.ask(r.person().userId(), r.text(), r.now());
        String language = locales.languageOf(r.person());
        FaqMatcher.Match match = faq.match(r.text(), language);
        if (!(match instanceof FaqMatcher.Match.Confident)) {
            // asked in another of the studio's languages: answered from that language's FAQ, in it
            for (String other : new java.util.TreeSet<>(faq.languages())) {
                if (!other.equals(language) && faq.match(r.text(), other) instanceof FaqMatcher.Match.Confident c) {
                    return inLanguage(other, answer(r, c.entryId(), id));
                }
            }
        }
        boolean aboutPackages = match instanceof FaqMatcher.Match.Confident c && ABOUT_PACKAGES.contains(c.entryId())
                || match instanceof FaqMatcher.Match.Weak w && w.closest().stream().anyMatch(ABOUT_PACKAGES::contains);
        Optional<String> named = aboutPackages ? packageNames.named(r.text()) : Optional.empty();
        if (named.isPresent() && packageFacts.containsKey(named.get())) {
            return packageAnswer(r, named.get(), id);
        }
        if (match instanceof FaqMatcher.Match.Weak w && ALL_PACKAGES.contains(w.closest().get(0))) {
            // unsure which entry, but the likeliest lists every package with its facts: that answers it
            return answer(r, w.closest().get(0), id);
        }
        if (match instanceof FaqMatcher.Match.Confident confident) {
            return answer(r, confident.entryId(), id);
        }
        if (match instanceof FaqMatcher.Match.Weak weak) {
            List<List<Button>> rows = new ArrayList<>();
            for (String entry : weak.closest()) {
                rows.add(List.of(CHOSEN.button(Msg.of("faq." + entry + ".question"), new Choice(entry, id))));
            }
            rows.add(List.of(NOT_HELPED.button(Msg.of("faq.closest.none"), id)));
            return List.of(r.reply(Msg.of("faq.closest")).withButtons(rows));
        }
        return forward(r, id);
    }

    /** Passed on; the answer time the client is told is the first time the bot shows them, so their zone is asked once. */
    private List<Reply> forward(Request r, long questionId) {
        List<Reply> replies = new ArrayList<>(handoff.forward(r, questionId));
        zoneQuestion.apply(r).ifPresent(replies::add);
        return replies;
    }

    /** One of the closest entries pressed. */
    List<Reply> chosen(Request r, Choice choice) {
        List<Reply> replies = answer(r, choice.entry(), choice.question());
        return List.of(replies.get(0).editing(r.messageId()), replies.get(1));
    }

    boolean isCurrent(Request r, Choice choice) {
        return isOwn(r, choice.question()) && faq.entryIds().contains(choice.entry());
    }

    /** "Yes, thank you". */
    List<Reply> helped(Request r, long question) {
        questions.answered(question, 0, r.now());
        return List.of(r.reply(Msg.of("faq.thanks")).editing(r.messageId()));
    }

    /** "No, ask the photographer" (or "none of these"): the stored question goes on, once. */
    List<Reply> notHelped(Request r, long question) {
        return forward(r, question);
    }

    /** Whether the question is this client's own. */
    boolean isOwn(Request r, long question) {
        return questions.find(question).filter(q -> q.clientId() == r.person().userId()).isPresent();
    }

    /** Whether the question is this client's own and still open: neither passed on nor answered. */
    boolean isOwnAndOpen(Request r, long question) {
        return questions.find(question).filter(q -> q.clientId() == r.person().userId() && !q.forwarded() && !q.answered()).isPresent();
    }

    /** The replies said in another language than the client's (their question was in it). */
    private static List<Reply> inLanguage(String languageTag, List<Reply> replies) {
        return replies.stream().map(reply -> new Reply(reply.to(), Msg.inLanguage(languageTag, reply.text()),
                reply.buttons().stream().map(row -> row.stream()
                        .map(b -> new Button(Msg.inLanguage(languageTag, b.label()), b.action(), b.args())).toList()).toList(),
                reply.editMessageId(), reply.timing(), reply.kind(), reply.about(), reply.author(), reply.copy(), reply.attachment(),
                reply.pressId())).toList();
    }

    /** A question about one package: its length, photos, editing and price, with its Book button. */
    private List<Reply> packageAnswer(Request r, String packageId, long questionId) {
        return List.of(
                r.reply(packageFacts.get(packageId)).withButtons(List.of(List.of(studiobot.chat.Entry.BOOK.button(
                        Msg.of("packages.book", "package", Msg.of("package." + packageId + ".name")), Optional.of(packageId))))),
                r.reply(Msg.of("faq.helped")).withButtons(List.of(List.of(
                        HELPED.button(Msg.of("faq.helped.yes"), questionId),
                        NOT_HELPED.button(Msg.of("faq.helped.no"), questionId)))));
    }

    private List<Reply> answer(Request r, String entry, long questionId) {
        return List.of(
                // the studio's facts (its promises, its cutoffs) as arguments: an answer never states a number of its own
                r.reply(Msg.of("faq." + entry + ".answer", facts)),
                r.reply(Msg.of("faq.helped")).withButtons(List.of(List.of(
                        HELPED.button(Msg.of("faq.helped.yes"), questionId),
                        NOT_HELPED.button(Msg.of("faq.helped.no"), questionId)))));
    }

}
