package studiobot.inquiry;

import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import studiobot.chat.Conversations;
import studiobot.chat.Entry;
import studiobot.chat.Handler;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Role;
import studiobot.people.Staff;
import studiobot.schedule.Jobs;

/**
 * The front desk: the greeting and main menu, help, packages and prices, free-text questions
 * answered from the FAQ, and the live line to the photographer for what the FAQ cannot answer.
 */
public final class InquiryFeature implements Feature {
    private final FrontDesk frontDesk;
    private final PackageList packages;
    private final Asking asking;
    private final FaqMatcher faq;
    private final Handoff handoff;
    private final UnaryOperator<Handler> aroundClientText;
    private final SmallTalk smallTalk;
    private final Function<Request, Optional<List<Reply>>> typedZone;
    private final People people;

    /**
     * @param zoneQuestion the zone question asked once when a time is first shown (profile)
     * @param aroundClientText a client's typed words pass through it (profile's offer to switch language)
     * @param typedZone a place typed after the zone question was asked in passing, as its answer (profile)
     */
    public InquiryFeature(StudioConfig config, People people, Staff staff, Questions questions, Jobs jobs,
                          Conversations conversations, LocaleResolver locales, Messages messages,
                          Function<Request, Optional<Reply>> zoneQuestion, UnaryOperator<Handler> aroundClientText,
                          Function<Request, Optional<List<Reply>>> typedZone) {
        this.typedZone = typedZone;
        this.frontDesk = new FrontDesk(config.studio().name());
        this.packages = new PackageList(config);
        java.util.List<String> names = new java.util.ArrayList<>(List.of(config.studio().name()));
        config.photographers().forEach(p -> names.add(p.name()));
        this.smallTalk = new SmallTalk(messages, names);
        this.people = people;
        this.handoff = new Handoff(config, people, staff, questions, jobs, conversations, locales, messages, frontDesk::help,
                text -> smallTalk.of(text).isPresent());
        this.faq = new FaqMatcher(messages);
        this.asking = new Asking(faq, questions, handoff, locales, zoneQuestion, facts(config),
                new PackageNames(messages, config.packages().stream().map(StudioConfig.PackageOffer::id).toList()), packageFacts(config));
        this.aroundClientText = aroundClientText;
    }

    /** A question a client might ask in a language ({@link FaqMatcher#sampleQuestion}). */
    public String sampleQuestion(String languageTag) {
        return faq.sampleQuestion(languageTag);
    }

    /** Readies the FAQ of a language ahead of its first question ({@link FaqMatcher#prepare}). */
    public void prepare(String languageTag) {
        faq.prepare(languageTag);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("start", frontDesk::start);
        registry.menuCommand("help", frontDesk::help);
        registry.simpleAction(Entry.MENU, frontDesk::start);
        registry.simpleAction(Entry.HELP, frontDesk::help);
        registry.simpleAction(Entry.PACKAGES, packages::show);
        registry.simpleAction(Entry.ASK, asking::prompt);
        registry.action(Asking.CHOSEN, asking::chosen, asking::isCurrent);
        registry.action(Asking.HELPED, asking::helped, asking::isOwnAndOpen);
        registry.action(Asking.NOT_HELPED, asking::notHelped, asking::isOwnAndOpen);
        registry.action(Handoff.REPLY, handoff::startReply, handoff::mayAnswer, Role.PHOTOGRAPHER);
        // the live line: the client's words go to the photographer until it goes quiet for liveLineIdle, or a button is pressed
        registry.conversation(Handoff.CHAT_TOPIC, (r, since) -> {
            if (handoff.isLive(r.now(), since)) {
                // the zone question asked beside the forwarded question: a typed place answers it, not the photographer
                return typedZone.apply(r).orElseGet(() -> aroundClientText.apply(handoff::clientWrites).handle(r));
            }
            people.setAwaiting(r.person().userId(), null);
            return aroundClientText.apply(this::clientText).handle(r);
        });
        registry.action(Handoff.CLOSE, handoff::close, handoff::mayAnswer, Role.PHOTOGRAPHER);
        registry.answer(Handoff.RELAY_TOPIC, handoff::replyingTo);
        registry.media(r -> r.is(Role.PHOTOGRAPHER) ? handoff.photographerSends(r) : handoff.clientWrites(r));
        registry.freeText(r -> r.is(Role.PHOTOGRAPHER) ? handoff.photographerWrites(r) : aroundClientText.apply(this::clientText).handle(r));
        registry.job(Handoff.PROMISE_JOB, handoff);
    }

    /** A client's words: small talk is answered in a word (a greeting with the menu); anything else is a question. */
    private List<Reply> clientText(Request r) {
        Optional<SmallTalk.Kind> talk = smallTalk.of(r.text());
        if (talk.isEmpty()) {
            return typedZone.apply(r).orElseGet(() -> asking.question(r));
        }
        return switch (talk.get()) {
            case GREETING -> frontDesk.start(r);
            case THANKS -> List.of(r.reply(Msg.of("smalltalk.thanks")));
            case ACK -> List.of(r.reply(Msg.of("smalltalk.ack")));
        };
    }

    /** Each package's own answer: its name, length, photos, editing, price and description, from the config and the bundles. */
    static java.util.Map<String, Msg> packageFacts(StudioConfig config) {
        java.util.Map<String, Msg> facts = new java.util.HashMap<>();
        for (StudioConfig.PackageOffer o : config.packages()) {
            facts.put(o.id(), Msg.of("faq.package", java.util.Map.of(
                    "name", Msg.of("package." + o.id() + ".name"),
                    "duration", new studiobot.chat.Arg.Length(o.duration()),
                    "photos", o.photos(),
                    "editing", Msg.of("package." + o.id() + ".editing"),
                    "price", new studiobot.chat.Arg.Money(o.price(), config.studio().currency()),
                    "description", Msg.of("package." + o.id() + ".description"))));
        }
        return facts;
    }

    /** The names of the studio's facts an FAQ answer may use as arguments; the bundle check refuses any other. */
    public static final java.util.Set<String> FACT_NAMES = studiobot.i18n.BundleCheck.FAQ_FACTS;

    /**
     * The studio's facts an FAQ answer may state, as arguments: every length of its policy (its
     * promises after the shoot, its booking rules: each in the reader's words), its name and
     * address, its packages side by side with their length, photos and price, and each package's
     * own ({@code price_wedding}, {@code duration_wedding}, {@code photos_wedding}).
     */
    static java.util.Map<String, Object> facts(StudioConfig config) {
        StudioConfig.Policy p = config.policy();
        java.util.Map<String, Object> facts = new java.util.HashMap<>();
        facts.put("sneakPeekWithin", new studiobot.chat.Arg.Length(p.sneakPeekWithin()));
        facts.put("galleryWithin", new studiobot.chat.Arg.Length(p.galleryWithin()));
        facts.put("changeCutoff", new studiobot.chat.Arg.Length(p.changeCutoff()));
        facts.put("minNotice", new studiobot.chat.Arg.Length(p.minNotice()));
        facts.put("horizon", new studiobot.chat.Arg.Length(p.horizon()));
        facts.put("replyPromise", new studiobot.chat.Arg.Length(p.replyPromise()));
        facts.put("slotStep", new studiobot.chat.Arg.Length(p.slotStep()));
        facts.put("buffer", new studiobot.chat.Arg.Length(p.buffer()));
        facts.put("ratingAfter", new studiobot.chat.Arg.Length(p.ratingAfter()));
        facts.put("ratingReminderAfter", new studiobot.chat.Arg.Length(p.ratingReminderAfter()));
        facts.put("quietAfter", new studiobot.chat.Arg.Length(p.quietAfter()));
        facts.put("abandonedAfter", new studiobot.chat.Arg.Length(p.abandonedAfter()));
        facts.put("inactiveAfter", new studiobot.chat.Arg.Length(p.inactiveAfter()));
        facts.put("changesWindow", new studiobot.chat.Arg.Length(p.changesWindow()));
        facts.put("anniversaryAhead", new studiobot.chat.Arg.Length(p.anniversaryAhead()));
        facts.put("liveLineIdle", new studiobot.chat.Arg.Length(p.liveLineIdle()));
        facts.put("studio", config.studio().name());
        facts.put("address", config.studio().address());
        facts.put("hasAddress", config.studio().address().isEmpty() ? "no" : "yes");
        List<Msg> lines = config.packages().stream().map(o -> Msg.of("faq.fact.package", java.util.Map.of(
                "name", Msg.of("package." + o.id() + ".name"),
                "duration", new studiobot.chat.Arg.Length(o.duration()),
                "photos", o.photos(),
                "price", new studiobot.chat.Arg.Money(o.price(), config.studio().currency())))).toList();
        facts.put("packages", Msg.joined(lines, "faq.fact.lines"));
        if (!facts.keySet().equals(FACT_NAMES)) {
            throw new IllegalStateException("the facts and their names differ: " + facts.keySet() + " / " + FACT_NAMES);
        }
        for (StudioConfig.PackageOffer o : config.packages()) {
            String id = o.id().replace('-', '_');
            facts.put("price_" + id, new studiobot.chat.Arg.Money(o.price(), config.studio().currency()));
            facts.put("duration_" + id, new studiobot.chat.Arg.Length(o.duration()));
            facts.put("photos_" + id, o.photos());
        }
        return java.util.Map.copyOf(facts);
    }
}
