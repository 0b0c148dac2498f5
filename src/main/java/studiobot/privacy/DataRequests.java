package studiobot.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.chat.Timing;
import studiobot.config.StudioConfig;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.Person;
import studiobot.people.Staff;

/**
 * {@code /privacy}: a client sees what the studio keeps about them, takes it all as a JSON file,
 * or has it erased after a confirmation. Erasing cancels their bookings still to come (the
 * photographers hear which shoot, not who), then erases the records; the last message, saying
 * it is done, goes in their language and is not kept once sent.
 */
final class DataRequests {
    static final Action<ArgCodec.Nothing> EXPORT = Action.plain("pexport");
    static final Action<ArgCodec.Nothing> FORGET = Action.plain("pforget");
    /** The erasure, confirmed: its argument is the minute the confirmation was shown, which holds for {@link #CONFIRMATION_HOLDS}. */
    static final Action<Long> FORGET_SURE = Action.of("perase", ArgCodec.LONG);
    static final java.time.Duration CONFIRMATION_HOLDS = java.time.Duration.ofMinutes(15);
    static final Action<ArgCodec.Nothing> KEEP = Action.plain("pkeep");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final StudioConfig config;
    private final ClientRecords records;
    private final LocaleResolver locales;
    private final Staff staff;
    private final Messages messages;
    private final BiFunction<Long, Instant, List<Reply>> cancelUpcoming;

    DataRequests(StudioConfig config, ClientRecords records, LocaleResolver locales, Staff staff, Messages messages,
                 BiFunction<Long, Instant, List<Reply>> cancelUpcoming) {
        this.config = config;
        this.records = records;
        this.locales = locales;
        this.staff = staff;
        this.messages = messages;
        this.cancelUpcoming = cancelUpcoming;
    }

    List<Reply> show(Request r) {
        long client = r.person().userId();
        Optional<ClientRecords.Summary> kept = records.summary(client, r.now());
        if (kept.isEmpty()) {
            return List.of(r.reply(Msg.of("privacy.none", "studio", config.studio().name())));
        }
        ClientRecords.Summary s = kept.get();
        ZoneId zone = staff.shownZone(r.person());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("studio", config.studio().name());
        args.put("name", r.person().name());
        args.put("firstSeen", new Arg.Date(java.time.LocalDate.ofInstant(s.firstSeen(), zone)));
        args.put("bookings", s.bookings());
        args.put("toCome", s.upcoming());
        args.put("questions", s.questions());
        args.put("lines", s.lines());
        args.put("since", new Arg.Date(java.time.LocalDate.ofInstant(s.firstLine() == null ? s.firstSeen() : s.firstLine(), zone)));
        args.put("ratings", s.ratings());
        args.put("notes", s.notes());
        return List.of(r.inPlace(r.reply(Msg.of("privacy.summary", args)).withButtons(List.of(
                List.of(EXPORT.button(Msg.of("privacy.export.button"))),
                List.of(FORGET.button(Msg.of("privacy.forget.button")))))));
    }

    List<Reply> export(Request r) {
        Optional<String> content = exportOf(r.person(), r.now());
        if (content.isEmpty()) {
            return List.of(r.refuse(Msg.of("privacy.none", "studio", config.studio().name())));
        }
        Reply.Document file = new Reply.Document("my-data-" + r.now().toString().substring(0, 10) + ".json", "application/json", content.get());
        return List.of(Reply.document(r.chat(), Timing.NOW, MessageKind.ANSWER,
                Msg.of("privacy.export.caption", "studio", config.studio().name(), "at", new Arg.DateTime(r.now())), file));
    }

    /** Everything kept about the person as readable JSON, the conversation as they read it; empty when nothing is kept. */
    Optional<String> exportOf(Person person, Instant now) {
        String language = locales.languageOf(person);
        ZoneId zone = staff.shownZone(person);
        return records.export(person.userId(), now).map(data -> {
            try {
                return JSON.writeValueAsString(readable(data, language, zone, now)) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("writing a client's data as JSON", e);
            }
        });
    }

    /** Cancels the client's bookings still to come and erases the rest; returns what the photographers are told. */
    List<Reply> erase(long client, Instant now) {
        List<Reply> told = cancelUpcoming.apply(client, now);
        records.erase(client, now);
        return told;
    }

    List<Reply> askForget(Request r) {
        int upcoming = records.summary(r.person().userId(), r.now()).map(ClientRecords.Summary::upcoming).orElse(0);
        return List.of(r.inPlace(r.reply(Msg.of("privacy.forget.confirm", "toCome", upcoming)).withButtons(List.of(
                List.of(FORGET_SURE.button(Msg.of("privacy.forget.yes"), r.now().getEpochSecond() / 60)),
                List.of(KEEP.button(Msg.of("privacy.forget.no")))))));
    }

    /** An old confirmation does not erase: the client is asked again. */
    boolean isFreshConfirmation(Request r, long shownMinute) {
        long age = r.now().getEpochSecond() / 60 - shownMinute;
        return age >= 0 && age <= CONFIRMATION_HOLDS.toMinutes();
    }

    List<Reply> keep(Request r) {
        return List.of(r.inPlace(r.reply(Msg.of("privacy.kept"))));
    }

    List<Reply> forget(Request r, long shownMinute) {
        long client = r.person().userId();
        String language = locales.languageOf(r.person());
        int cancelled = records.summary(client, r.now()).map(ClientRecords.Summary::upcoming).orElse(0);
        List<Reply> told = erase(client, r.now());
        // the last words to them: in their language, fixed now, since nothing will know it; kept nowhere once sent
        Msg done = Msg.inLanguage(language, Msg.of("privacy.erased", "studio", config.studio().name(), "cancelled", cancelled));
        List<Reply> replies = new ArrayList<>();
        if (r.input() instanceof studiobot.chat.Input.Press p && p.pressId() != null) {
            replies.add(Reply.pressAnswer(r.chat(), p.pressId(), Msg.verbatim("")).as(MessageKind.FAREWELL));
        }
        replies.add(r.inPlace(Reply.now(r.chat(), MessageKind.FAREWELL, done)));
        replies.addAll(told);
        return replies;
    }

    /** The export with each message of the conversation rendered as the client read it, in plain text. */
    private Object readable(Object value, String language, ZoneId zone, Instant now) {
        if (value instanceof Msg msg) {
            // as plain text: the markup Telegram shows as bold and links goes
            return studiobot.i18n.Html.plain(messages.render(language, zone, now, msg));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> shown = new LinkedHashMap<>();
            map.forEach((k, v) -> shown.put(k, readable(v, language, zone, now)));
            return shown;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> readable(v, language, zone, now)).toList();
        }
        return value;
    }
}
