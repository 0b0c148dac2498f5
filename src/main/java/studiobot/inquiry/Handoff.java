package studiobot.inquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.delivery.Outbox;
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
public final class Handoff implements JobHandler {
    public static final String PROMISE_JOB = "reply-promise";
    /** What a client says next goes to their photographer(s) while this is what the bot awaits. */
    public static final String CHAT_TOPIC = "chat";
    /** A photographer who pressed Reply: their next text goes to the client named after the colon. */
    public static final String RELAY_TOPIC = "relay";
    static final String CLIENT_REF = "client:";
    /** A client's words forwarded in one message are cut here, leaving room under Telegram's 4096 characters. */
    static final int MAX_QUOTED = 3000;

    private final StudioConfig config;
    private final People people;
    private final Staff staff;
    private final Questions questions;
    private final Jobs jobs;
    private final Outbox sent;
    private final LocaleResolver locales;
    private final Messages messages;

    public Handoff(StudioConfig config, People people, Staff staff, Questions questions, Jobs jobs, Outbox sent,
                   LocaleResolver locales, Messages messages) {
        this.config = config;
        this.people = people;
        this.staff = staff;
        this.questions = questions;
        this.jobs = jobs;
        this.sent = sent;
        this.locales = locales;
        this.messages = messages;
    }

    /** A client's question that the FAQ could not answer: stored, passed on, and the client told when to expect an answer. */
    public List<Reply> forward(Request r, long questionId) {
        Questions.Question q = questions.find(questionId).orElseThrow();
        Person client = r.person();
        List<Photographer> photographers = photographersOf(client.userId());
        List<Reply> replies = new ArrayList<>();
        for (Photographer p : photographers) {
            replies.add(toPhotographer(p, client, r.now(), Msg.of(zoneKnown(client) ? "handoff.question" : "handoff.question.noZone", Map.of(
                    "client", client.name(),
                    "language", languageName(client),
                    "time", new Arg.TimeIn(r.now(), staff.shownZone(client)),
                    "text", excerpt(q.text())))));
        }
        questions.forwarded(questionId, r.now());
        jobs.schedule(PROMISE_JOB, "promise:" + questionId, Long.toString(questionId), r.now().plus(config.policy().replyPromise()));
        people.setAwaiting(client.userId(), CHAT_TOPIC);
        replies.add(r.reply(expectation(client, photographers, r.now())));
        return replies;
    }

    /** A client writing on while a conversation with the studio is open: passed on at once. */
    public List<Reply> clientWrites(Request r) {
        Person client = r.person();
        if (!questions.hasOpenForwarded(client.userId())) {
            long id = questions.ask(client.userId(), r.text(), r.now());
            questions.forwarded(id, r.now());
            jobs.schedule(PROMISE_JOB, "promise:" + id, Long.toString(id), r.now().plus(config.policy().replyPromise()));
        }
        List<Reply> replies = new ArrayList<>();
        for (Photographer p : photographersOf(client.userId())) {
            if (r.input() instanceof Input.Media media) {
                replies.add(toPhotographer(p, client, r.now(), Msg.of("handoff.media", "client", client.name(), "kind", media.kind())));
                replies.add(Reply.copying(new ChatId(p.telegramId()), r.chat(), media.messageId()).withRef(CLIENT_REF + client.userId()));
            } else {
                replies.add(toPhotographer(p, client, r.now(), Msg.of("handoff.message", "client", client.name(), "text", excerpt(r.text()))));
            }
        }
        return replies;
    }

    /** The Reply button under a client's message: the photographer's next text goes to that client. */
    public List<Reply> startReply(Request r) {
        Optional<Person> client = clientFromArg(r);
        if (client.isEmpty()) {
            return List.of(r.reply(Msg.of("button.stale")));
        }
        people.setAwaiting(r.person().userId(), RELAY_TOPIC + ":" + client.get().userId());
        return List.of(r.reply(Msg.of("handoff.replyPrompt", "client", client.get().name())));
    }

    /**
     * A photographer's text: a Telegram reply to a forwarded message goes to that message's client;
     * else, after a Reply button, to that client; else it is not for a client.
     */
    public Optional<List<Reply>> photographerWrites(Request r) {
        Optional<Long> clientId = Optional.empty();
        if (r.input() instanceof Input.Text t && t.replyTo() != null) {
            clientId = sent.refOf(r.chat(), t.replyTo())
                    .filter(ref -> ref.startsWith(CLIENT_REF))
                    .map(ref -> Long.parseLong(ref.substring(CLIENT_REF.length())));
            if (clientId.isEmpty()) {
                return Optional.of(List.of(r.reply(Msg.of("handoff.unknownClient"))));
            }
        } else if (r.action() != null && r.action().startsWith(RELAY_TOPIC + ":")) {
            clientId = Optional.of(Long.parseLong(r.action().substring(RELAY_TOPIC.length() + 1)));
        }
        return clientId.flatMap(people::find).map(client -> relay(r, client));
    }

    private List<Reply> relay(Request r, Person client) {
        Photographer photographer = staff.photographer(r.person().userId()).orElseThrow();
        people.takeClient(client.userId(), photographer.telegramId());
        for (long id : questions.answerAll(client.userId(), photographer.telegramId(), r.now())) {
            jobs.cancel("promise:" + id);
        }
        people.setAwaiting(client.userId(), CHAT_TOPIC);
        Reply answer = r.input() instanceof Input.Media media
                ? Reply.copying(new ChatId(client.userId()), r.chat(), media.messageId())
                : Reply.to(new ChatId(client.userId()), Msg.of("handoff.answer", "photographer", photographer.name(), "text", excerpt(r.text())));
        return List.of(answer, r.reply(Msg.of("handoff.delivered", "client", client.name())));
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
        return own.map(List::of).orElse(config.photographers());
    }

    private Reply toPhotographer(Photographer p, Person client, Instant now, Msg text) {
        return Reply.to(new ChatId(p.telegramId()), text)
                .withButtons(List.of(List.of(Button.of(Msg.of("handoff.reply"), "relay", Long.toString(client.userId())))))
                .withRef(CLIENT_REF + client.userId());
    }

    /** When a human answer can honestly be expected: soon if the photographer is at work, else after they are back. */
    private Msg expectation(Person client, List<Photographer> photographers, Instant now) {
        Photographer first = photographers.get(0);
        String who = photographers.size() == 1 ? first.name() : config.studio().name();
        Instant deadline = now.plus(config.policy().replyPromise());
        Optional<Instant> opening = WorkingHours.hasHours(first) ? WorkingHours.nextOpening(first, now) : Optional.empty();
        // times are shown in the client's zone, named, since it may still be the studio's
        Arg.Zone zone = new Arg.Zone(staff.shownZone(client));
        if (opening.isEmpty() || !opening.get().isBefore(deadline)) {
            return Msg.of(opening.isEmpty() ? "handoff.sent.working" : "handoff.sent.away", Map.of("photographer", who,
                    "deadline", new Arg.Relative(deadline), "opening", new Arg.Relative(deadline), "zone", zone));
        }
        return Msg.of("handoff.sent.away", Map.of("photographer", who,
                "deadline", new Arg.Relative(deadline), "opening", new Arg.Relative(opening.get()), "zone", zone));
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

    private Optional<Person> clientFromArg(Request r) {
        try {
            return r.args().isEmpty() ? Optional.empty() : people.find(Long.parseLong(r.args().get(0)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
