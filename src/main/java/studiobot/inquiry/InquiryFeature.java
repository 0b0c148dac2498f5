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
    private final Handoff handoff;
    private final UnaryOperator<Handler> aroundClientText;
    private final SmallTalk smallTalk;

    /**
     * @param zoneQuestion the zone question asked once when a time is first shown (profile)
     * @param aroundClientText a client's typed words pass through it (profile's offer to switch language)
     */
    public InquiryFeature(StudioConfig config, People people, Staff staff, Questions questions, Jobs jobs,
                          Conversations conversations, LocaleResolver locales, Messages messages,
                          Function<Request, Optional<Reply>> zoneQuestion, UnaryOperator<Handler> aroundClientText) {
        this.frontDesk = new FrontDesk(config.studio().name());
        this.packages = new PackageList(config);
        java.util.List<String> names = new java.util.ArrayList<>(List.of(config.studio().name()));
        config.photographers().forEach(p -> names.add(p.name()));
        this.smallTalk = new SmallTalk(messages, names);
        this.handoff = new Handoff(config, people, staff, questions, jobs, conversations, locales, messages, frontDesk::help,
                text -> smallTalk.of(text).isPresent());
        this.asking = new Asking(new FaqMatcher(messages), questions, handoff, locales, zoneQuestion, facts(config));
        this.aroundClientText = aroundClientText;
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
        registry.simpleAnswer(Handoff.CHAT_TOPIC, aroundClientText.apply(handoff::clientWrites));
        registry.answer(Handoff.RELAY_TOPIC, handoff::replyingTo);
        registry.media(r -> r.is(Role.PHOTOGRAPHER) ? handoff.photographerSends(r) : handoff.clientWrites(r));
        registry.freeText(r -> r.is(Role.PHOTOGRAPHER) ? handoff.photographerWrites(r) : aroundClientText.apply(this::clientText).handle(r));
        registry.job(Handoff.PROMISE_JOB, handoff);
    }

    /** A client's words: small talk is answered in a word (a greeting with the menu); anything else is a question. */
    private List<Reply> clientText(Request r) {
        Optional<SmallTalk.Kind> talk = smallTalk.of(r.text());
        if (talk.isEmpty()) {
            return asking.question(r);
        }
        return switch (talk.get()) {
            case GREETING -> frontDesk.start(r);
            case THANKS -> List.of(r.reply(Msg.of("smalltalk.thanks")));
            case ACK -> List.of(r.reply(Msg.of("smalltalk.ack")));
        };
    }

    /**
     * The studio's facts an FAQ answer may state, as arguments: its promises after the shoot and
     * its booking rules, each a length in the reader's words.
     */
    static java.util.Map<String, Object> facts(StudioConfig config) {
        StudioConfig.Policy p = config.policy();
        return java.util.Map.of(
                "sneakPeekWithin", new studiobot.chat.Arg.Length(p.sneakPeekWithin()),
                "galleryWithin", new studiobot.chat.Arg.Length(p.galleryWithin()),
                "changeCutoff", new studiobot.chat.Arg.Length(p.changeCutoff()),
                "minNotice", new studiobot.chat.Arg.Length(p.minNotice()),
                "horizon", new studiobot.chat.Arg.Length(p.horizon()),
                "replyPromise", new studiobot.chat.Arg.Length(p.replyPromise()));
    }
}
