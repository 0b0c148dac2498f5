package studiobot.inquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Conversations;
import studiobot.chat.Entry;
import studiobot.chat.Handler;
import studiobot.chat.MessageKind;
import studiobot.chat.Timing;
import studiobot.chat.Topic;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Staff;
import studiobot.schedule.Job;
import studiobot.schedule.JobHandler;
import studiobot.schedule.Jobs;

/**
 * The live line between a client and the photographers. A question the bot cannot answer goes to
 * the client's photographer (the first one who answered them), or to every photographer while
 * nobody has; the client is told honestly when to expect an answer. A photographer answers by
 * replying to the forwarded message in Telegram, or with its Reply button; the answer reaches the
 * client, and the conversation goes on both ways. A question still unanswered when the studio's
 * reply promise runs out alerts the photographers, once.
 */
final class Handoff implements JobHandler {
    static final String PROMISE_JOB = "reply-promise";
    /** What a client says next goes to their photographer(s) while this is what the bot awaits. */
    /** A live conversation: the client's words go to the photographer; its argument is the minute the studio last wrote. */
    static final Topic<Long> CHAT_TOPIC = Topic.of("chat", ArgCodec.LONG);
    /** The photographer closes the conversation with a client: their next words meet the front desk first. */
    static final Action<Long> CLOSE = Action.of("hclose", ArgCodec.LONG);
    /** A photographer who pressed Reply: their next text goes to this client. */
    static final Topic<Long> RELAY_TOPIC = Topic.of("relay", ArgCodec.LONG);
    /** The Reply button under a client's message: the client. */
    static final Action<Long> REPLY = Entry.REPLY_TO_CLIENT;
    /** A client's words forwarded in one message are cut here, leaving room under Telegram's 4096 characters. */
    static final int MAX_QUOTED = 3000;

    private final StudioConfig config;
    private final People people;
    private final Staff staff;
    private final Questions questions;
    private final Jobs jobs;
    private final Conversations conversations;
    private final LocaleResolver locales;
    private final Messages messages;
    private final Handler help;
    private final java.util.function.Predicate<String> smallTalk;

    Handoff(StudioConfig config, People people, Staff staff, Questions questions, Jobs jobs, Conversations conversations,
            LocaleResolver locales, Messages messages, Handler help, java.util.function.Predicate<String> smallTalk) {
        this.smallTalk = smallTalk;
        this.config = config;
        this.people = people;
        this.staff = staff;
        this.questions = questions;
        this.jobs = jobs;
        this.conversations = conversations;
        this.locales = locales;
        this.messages = messages;
        this.help = help;
    }

    /** A client's question that the FAQ could not answer: stored, passed on, and the client told when to expect an answer. */
    List<Reply> forward(Request r, long questionId) {
        Questions.Question q = questions.find(questionId).orElseThrow();
        Person client = r.person();
        List<Photographer> photographers = photographersOf(client.userId());
        List<Reply> replies = new ArrayList<>();
        List<String> parts = parts(q.text());
        for (Photographer p : photographers) {
            replies.add(toPhotographer(p, client, r.now(), Msg.of(zoneKnown(client) ? "handoff.question" : "handoff.question.noZone", Map.of(
                    "client", client.name(),
                    "language", languageName(client),
                    "time", new Arg.TimeIn(r.now(), staff.shownZone(client)),
                    "text", parts.get(0)))));
            replies.addAll(continued(p, client, r.now(), parts));
        }
        questions.forwarded(questionId, r.now());
        jobs.schedule(PROMISE_JOB, "promise:" + questionId, Long.toString(questionId), deadline(photographers, r.now()));
        people.setAwaiting(client.userId(), CHAT_TOPIC.awaiting(r.now().getEpochSecond() / 60));
        replies.add(r.reply(expectation(client, photographers, r.now())));
        return replies;
    }

    /** A client writing on while a conversation with the studio is open: passed on at once. */
    List<Reply> clientWrites(Request r) {
        Person client = r.person();
        // "thanks" at the end of a conversation is passed on, but starts no question and no reply promise
        boolean talk = r.input() instanceof Input.Text && smallTalk.test(r.text());
        if (!talk && !questions.hasOpenForwarded(client.userId())) {
            long id = questions.ask(client.userId(), r.text(), r.now());
            questions.forwarded(id, r.now());
            jobs.schedule(PROMISE_JOB, "promise:" + id, Long.toString(id), deadline(photographersOf(client.userId()), r.now()));
        }
        List<Reply> replies = new ArrayList<>();
        for (Photographer p : photographersOf(client.userId())) {
            if (r.input() instanceof Input.Media media) {
                replies.add(toPhotographer(p, client, r.now(), Msg.of("handoff.media", "client", client.name(), "kind", media.kind())));
                replies.add(Reply.copying(new ChatId(p.telegramId()), Timing.NOW, MessageKind.ALERT, r.chat(), media.messageId()).about(client.userId()));
            } else {
                List<String> parts = parts(r.text());
                replies.add(toPhotographer(p, client, r.now(), Msg.of("handoff.message", "client", client.name(), "text", parts.get(0))));
                replies.addAll(continued(p, client, r.now(), parts));
            }
        }
        return replies;
    }

    /** The Reply button under a client's message: the photographer's next text goes to that client. */
    List<Reply> startReply(Request r, long clientId) {
        Person client = people.find(clientId).orElseThrow();
        people.setAwaiting(r.person().userId(), RELAY_TOPIC.awaiting(clientId));
        return List.of(r.reply(Msg.of("handoff.replyPrompt", "client", client.name())));
    }

    boolean isClient(long userId) {
        return people.find(userId).isPresent();
    }

    /**
     * Whether this photographer may answer the client: one no photographer has taken yet (every
     * photographer saw their question), or their own. Another photographer's client is theirs.
     */
    boolean mayAnswer(Request r, long clientId) {
        return isClient(clientId) && people.photographerOf(clientId).map(own -> own == r.person().userId()).orElse(true);
    }

    /** The refusal to a photographer answering a client another photographer looks after. */
    private List<Reply> takenByAnother(Request r, Person client) {
        String other = people.photographerOf(client.userId()).flatMap(staff::photographer).map(Photographer::name).orElse("");
        return List.of(r.refuse(Msg.of("handoff.taken", "client", client.name(), "photographer", other)));
    }

    /** A photographer's words (or photo) after the Reply button: they go to that client, unless they replied to another message. */
    List<Reply> replyingTo(Request r, long clientId) {
        if (r.input() instanceof Input.Text t && t.replyTo() != null) {
            return photographerWrites(r);
        }
        return people.find(clientId).map(client -> relay(r, client)).orElseGet(() -> help.handle(r));
    }

    /** A photographer's photo or file: to the client they pressed Reply for, else the help. */
    List<Reply> photographerSends(Request r) {
        return Optional.ofNullable(r.action()).flatMap(RELAY_TOPIC::valueIn)
                .map(client -> replyingTo(r, client))
                .orElseGet(() -> help.handle(r));
    }

    /**
     * A photographer's message: a Telegram reply to a forwarded message goes to that message's
     * client; anything else is not for a client, and gets the help.
     */
    List<Reply> photographerWrites(Request r) {
        Long replyTo = r.input() instanceof Input.Text t ? t.replyTo() : null;
        if (replyTo == null) {
            return help.handle(r);
        }
        return conversations.clientOf(r.chat(), replyTo).flatMap(people::find)
                .map(client -> relay(r, client))
                .orElseGet(() -> List.of(r.reply(Msg.of("handoff.unknownClient"))));
    }

    private List<Reply> relay(Request r, Person client) {
        if (!mayAnswer(r, client.userId())) {
            return takenByAnother(r, client);
        }
        Photographer photographer = staff.photographer(r.person().userId()).orElseThrow();
        people.takeClient(client.userId(), photographer.telegramId());
        for (long id : questions.answerAll(client.userId(), photographer.telegramId(), r.now())) {
            jobs.cancel("promise:" + id);
        }
        people.setAwaiting(client.userId(), CHAT_TOPIC.awaiting(r.now().getEpochSecond() / 60));
        List<Reply> replies = new ArrayList<>();
        if (r.input() instanceof Input.Media media) {
            replies.add(Reply.copying(new ChatId(client.userId()), Timing.NOW, MessageKind.RELAY, r.chat(), media.messageId())
                    .by(photographer.telegramId()));
        } else {
            // a long answer reaches the client whole, in numbered parts
            List<String> parts = parts(r.text());
            replies.add(Reply.now(new ChatId(client.userId()), MessageKind.RELAY,
                    Msg.of("handoff.answer", "photographer", photographer.name(), "text", parts.get(0))).by(photographer.telegramId()));
            for (int i = 1; i < parts.size(); i++) {
                replies.add(Reply.now(new ChatId(client.userId()), MessageKind.RELAY, Msg.of("handoff.answer.continued", Map.of(
                        "photographer", photographer.name(), "part", i + 1, "parts", parts.size(), "text", parts.get(i))))
                        .by(photographer.telegramId()));
            }
        }
        replies.add(r.reply(Msg.of("handoff.delivered", "client", client.name())));
        return replies;
    }

    /** Whether the conversation is still live: the studio wrote within the policy's idle time. */
    boolean isLive(java.time.Instant now, long studioWroteMinute) {
        return now.getEpochSecond() / 60 - studioWroteMinute < config.policy().liveLineIdle().toMinutes();
    }

    /** The photographer's Close under a client's message: the client's next words are answered by the front desk first. */
    List<Reply> close(Request r, long clientId) {
        Person client = people.find(clientId).orElseThrow();
        if (people.awaiting(clientId).filter(CHAT_TOPIC::isIn).isPresent()) {
            people.setAwaiting(clientId, null);
        }
        return List.of(r.refuse(Msg.of("handoff.closed", "client", client.name())));
    }

    /** The reply promise ran out: if the question is still open, the photographers hear about it, once. */
    @Override
    public List<Reply> run(Job job, Instant now) {
        Optional<Questions.Question> question = questions.find(Long.parseLong(job.payload()));
        if (question.isEmpty() || question.get().answered()) {
            return List.of();
        }
        Questions.Question q = question.get();
        Optional<Person> client = people.find(q.clientId());
        if (client.isEmpty()) {
            return List.of();
        }
        List<Reply> replies = new ArrayList<>();
        for (Photographer p : photographersOf(q.clientId())) {
            replies.add(toPhotographer(p, client.get(), now, Msg.of("handoff.overdue", Map.of(
                    "client", client.get().name(),
                    "asked", new Arg.Relative(q.askedAt()),
                    "promise", new Arg.Length(config.policy().replyPromise()),
                    "text", excerpt(q.text())))));
        }
        return replies;
    }

    /** The photographer who took the client, else every photographer of the studio. */
    List<Photographer> photographersOf(long clientId) {
        Optional<Photographer> own = people.photographerOf(clientId).flatMap(staff::photographer);
        return own.map(List::of).orElse(staff.current().photographers());
    }

    private Reply toPhotographer(Photographer p, Person client, Instant now, Msg text) {
        return Reply.now(new ChatId(p.telegramId()), MessageKind.ALERT, text)
                .withButtons(List.of(List.of(REPLY.button(Msg.of("handoff.reply"), client.userId()),
                        CLOSE.button(Msg.of("handoff.close"), client.userId()))))
                .about(client.userId());
    }

    /** When a human answer can honestly be expected: soon if the photographer is at work, else after they are back. */
    private Msg expectation(Person client, List<Photographer> photographers, Instant now) {
        Photographer first = photographers.get(0);
        String who = photographers.size() == 1 ? first.name() : config.studio().name();
        Instant deadline = deadline(photographers, now);
        Optional<Instant> opening = opening(photographers, now);
        // times are shown in the client's zone, named, since it may still be the studio's
        Arg.Zone zone = new Arg.Zone(staff.shownZone(client));
        if (opening.isEmpty()) {
            return Msg.of("handoff.sent.working", Map.of("photographer", who, "deadline", new Arg.Relative(deadline), "zone", zone));
        }
        // away: the next working period, however many days ahead (a weekend, a day off)
        return Msg.of("handoff.sent.away", Map.of("photographer", who,
                "deadline", new Arg.Relative(deadline), "opening", new Arg.Relative(opening.get()), "zone", zone));
    }

    /** When the first photographer is next at work; empty while at work now, or without working hours. */
    private static Optional<Instant> opening(List<Photographer> photographers, Instant now) {
        Photographer first = photographers.get(0);
        return WorkingHours.hasHours(first) ? WorkingHours.nextOpening(first, now) : Optional.empty();
    }

    /**
     * The answer the client is promised by: the reply promise from now, or, when the photographer
     * is away beyond it, the reply promise from their return. The reminder of an open question is
     * planned for the same moment, so the promise told is the one kept.
     */
    Instant deadline(List<Photographer> photographers, Instant now) {
        Instant promise = now.plus(config.policy().replyPromise());
        Optional<Instant> opening = opening(photographers, now);
        return opening.filter(o -> !o.isBefore(promise)).map(o -> o.plus(config.policy().replyPromise())).orElse(promise);
    }

    /**
     * A text in parts that each fit a Telegram message with the words around them: cut at a space
     * (else between characters) at most {@link #MAX_QUOTED} characters in. A short text is one part.
     */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_QUOTED) {
            int end = rest.lastIndexOf(' ', MAX_QUOTED);
            if (end < MAX_QUOTED / 2) {
                end = Character.isLowSurrogate(rest.charAt(MAX_QUOTED)) ? MAX_QUOTED - 1 : MAX_QUOTED;
            }
            parts.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    /** The parts after the first, each its own message, numbered: a long text reaches the photographer whole. */
    private List<Reply> continued(Photographer p, Person client, java.time.Instant now, List<String> parts) {
        List<Reply> more = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            more.add(toPhotographer(p, client, now, Msg.of("handoff.continued", Map.of("client", client.name(), "part", i + 1,
                    "parts", parts.size(), "text", parts.get(i)))));
        }
        return more;
    }

    /** Long texts are cut at a character boundary (never inside a surrogate pair) and marked with an ellipsis. */
    static String excerpt(String text) {
        if (text.length() <= MAX_QUOTED) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(MAX_QUOTED)) ? MAX_QUOTED - 1 : MAX_QUOTED;
        return text.substring(0, end) + " …";
    }

    private boolean zoneKnown(Person client) {
        return client.knownZone().isPresent();
    }

    private String languageName(Person client) {
        String tag = locales.languageOf(client);
        return messages.render(tag, Msg.of("language.name"));
    }

}
