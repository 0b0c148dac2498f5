package studiobot.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Timing;

/**
 * A reply as the outbox keeps it: message keys with typed arguments, so it can be rendered when it
 * goes out. Every argument keeps its type ({@code {"s": text}}, {@code {"i": 3}}, {@code {"L": 3}},
 * {@code {"d": "150.50"}}, a message, a list of messages, or an {@link Arg} named by its kind), so a
 * number stays a number for the plural rules and an instant stays an instant for the reader's zone.
 * A value it could not give back exactly is refused when the reply is posted, not when it is sent.
 */
final class ReplyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReplyJson() {}

    static String write(Reply r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("to", r.to().value());
        o.set("text", msg(r.text()));
        ArrayNode rows = o.putArray("buttons");
        for (List<Button> row : r.buttons()) {
            ArrayNode out = rows.addArray();
            for (Button b : row) {
                ObjectNode button = out.addObject();
                button.set("label", msg(b.label()));
                button.put("action", b.action());
                ArrayNode args = button.putArray("args");
                b.args().forEach(args::add);
            }
        }
        if (r.editMessageId() != null) {
            o.put("edit", r.editMessageId());
        }
        o.put("kind", r.kind().name());
        if (r.about() != null) {
            o.put("about", r.about());
        }
        if (r.author() != null) {
            o.put("author", r.author());
        }
        if (r.copy() != null) {
            o.putObject("copy").put("from", r.copy().fromChat().value()).put("message", r.copy().messageId());
        }
        if (r.attachment() instanceof Reply.Chart ch) {
            ObjectNode c = o.putObject("chart");
            c.put("name", ch.fileName());
            ch.labels().forEach(w -> c.withArray("labels").add(w));
            ch.bookings().forEach(n -> c.withArray("bookings").add(n));
            ch.ratings().forEach(n -> c.withArray("ratings").add(n));
        } else if (r.attachment() instanceof Reply.Place p) {
            o.putObject("place").put("latitude", p.latitude()).put("longitude", p.longitude()).put("title", p.title()).put("address", p.address());
        } else if (r.attachment() instanceof Reply.Photo p) {
            o.putObject("photo").put("file", p.file()).put("protect", p.protect());
        } else if (r.attachment() instanceof Reply.Document d) {
            o.putObject("document").put("name", d.fileName()).put("type", d.mediaType()).put("content", d.content());
        } else if (r.attachment() instanceof Reply.CalendarEntry e) {
            ObjectNode c = o.putObject("calendar");
            c.put("name", e.fileName()).put("uid", e.uid()).put("sequence", e.sequence())
                    .put("start", e.start().toString()).put("end", e.end().toString()).put("location", e.location())
                    .put("stamp", e.stamp().toString()).put("cancelled", e.cancelled());
            c.set("title", msg(e.title()));
            c.set("description", msg(e.description()));
        }
        if (r.pressId() != null) {
            o.put("press", r.pressId());
        }
        return o.toString();
    }

    static Reply read(String json) {
        try {
            JsonNode o = MAPPER.readTree(json);
            List<List<Button>> rows = new ArrayList<>();
            for (JsonNode row : o.get("buttons")) {
                List<Button> buttons = new ArrayList<>();
                for (JsonNode b : row) {
                    List<String> args = new ArrayList<>();
                    b.get("args").forEach(a -> args.add(a.asText()));
                    buttons.add(new Button(msg(b.get("label")), b.get("action").asText(), args));
                }
                rows.add(buttons);
            }
            JsonNode copy = o.get("copy");
            // the timing was applied when the reply was stored; it is not needed to send it
            return new Reply(new ChatId(o.get("to").asLong()), msg(o.get("text")), rows, longOrNull(o, "edit"), Timing.NOW,
                    MessageKind.valueOf(o.get("kind").asText()), longOrNull(o, "about"), longOrNull(o, "author"),
                    copy == null ? null : new Reply.Copy(new ChatId(copy.get("from").asLong()), copy.get("message").asLong()),
                    attachment(o),
                    o.hasNonNull("press") ? o.get("press").asText() : null);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException("reading a stored reply", e);
        }
    }

    private static Reply.Attachment attachment(JsonNode o) {
        JsonNode chart = o.get("chart");
        if (chart != null) {
            List<String> weeks = new ArrayList<>();
            List<Integer> bookings = new ArrayList<>();
            List<Integer> ratings = new ArrayList<>();
            chart.path("labels").forEach(w -> weeks.add(w.asText()));
            chart.path("bookings").forEach(n -> bookings.add(n.asInt()));
            chart.path("ratings").forEach(n -> ratings.add(n.asInt()));
            return new Reply.Chart(chart.get("name").asText(), weeks, bookings, ratings);
        }
        JsonNode place = o.get("place");
        if (place != null) {
            return new Reply.Place(place.get("latitude").asDouble(), place.get("longitude").asDouble(),
                    place.get("title").asText(), place.get("address").asText());
        }
        JsonNode p = o.get("photo");
        if (p != null) {
            return new Reply.Photo(p.get("file").asText(), p.get("protect").asBoolean());
        }
        JsonNode d = o.get("document");
        if (d != null) {
            return new Reply.Document(d.get("name").asText(), d.get("type").asText(), d.get("content").asText());
        }
        JsonNode c = o.get("calendar");
        if (c != null) {
            return new Reply.CalendarEntry(c.get("name").asText(), c.get("uid").asText(), c.get("sequence").asInt(),
                    Instant.parse(c.get("start").asText()), Instant.parse(c.get("end").asText()), msg(c.get("title")),
                    msg(c.get("description")), c.get("location").asText(), Instant.parse(c.get("stamp").asText()),
                    c.path("cancelled").asBoolean(false));
        }
        return null;
    }

    /** A message key and its arguments alone, as stored beside a conversation line. */
    static String writeMsg(Msg m) {
        return msg(m).toString();
    }

    static Msg readMsg(String json) {
        try {
            return msg(MAPPER.readTree(json));
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException("reading a stored message", e);
        }
    }

    private static ObjectNode msg(Msg m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", m.key());
        ObjectNode args = o.putObject("args");
        m.args().forEach((name, value) -> args.set(name, value(value)));
        return o;
    }

    private static Msg msg(JsonNode o) {
        Map<String, Object> args = new LinkedHashMap<>();
        o.get("args").fields().forEachRemaining(e -> args.put(e.getKey(), value(e.getValue())));
        return new Msg(o.get("key").asText(), args);
    }

    /** An argument with its type; a value the outbox could not give back as it was is refused at once, while posting. */
    private static JsonNode value(Object v) {
        ObjectNode o = MAPPER.createObjectNode();
        if (v instanceof Msg m) {
            o.set("m", msg(m));
        } else if (v instanceof Msg.InLanguage q) {
            o.putObject("q").put("lang", q.languageTag()).set("m", msg(q.msg()));
        } else if (v instanceof List<?> items) {
            ArrayNode list = o.putArray("l");
            for (Object item : items) {
                if (!(item instanceof Msg m)) {
                    throw new IllegalArgumentException("a list argument holds messages only, not " + describe(item));
                }
                list.add(msg(m));
            }
        } else if (v instanceof BigDecimal d) {
            o.put("d", d.toPlainString());
        } else if (v instanceof Integer i) {
            o.put("i", i);
        } else if (v instanceof Long l) {
            o.put("L", l);
        } else if (v instanceof Arg a) {
            o.set("a", arg(a));
        } else if (v instanceof CharSequence text) {
            o.put("s", text.toString());
        } else {
            throw new IllegalArgumentException("a message argument cannot be " + describe(v));
        }
        return o;
    }

    private static String describe(Object v) {
        return v == null ? "null" : "a " + v.getClass().getName();
    }

    private static Object value(JsonNode o) {
        if (o.has("m")) {
            return msg(o.get("m"));
        }
        if (o.has("q")) {
            return new Msg.InLanguage(o.get("q").get("lang").asText(), msg(o.get("q").get("m")));
        }
        if (o.has("l")) {
            List<Msg> items = new ArrayList<>();
            o.get("l").forEach(i -> items.add(msg(i)));
            return items;
        }
        if (o.has("d")) {
            return new BigDecimal(o.get("d").asText());
        }
        if (o.has("i")) {
            return o.get("i").intValue();
        }
        if (o.has("L")) {
            return o.get("L").longValue();
        }
        if (o.has("a")) {
            return arg(o.get("a"));
        }
        if (o.has("s")) {
            return o.get("s").asText();
        }
        throw new IllegalArgumentException("an argument of no known kind: " + o);
    }

    private static ObjectNode arg(Arg a) {
        ObjectNode o = MAPPER.createObjectNode();
        if (a instanceof Arg.DateTime x) {
            o.put("t", "dateTime").put("at", x.at().toString());
        } else if (a instanceof Arg.TimeOfDay x) {
            o.put("t", "timeOfDay").put("at", x.at().toString());
        } else if (a instanceof Arg.TimeIn x) {
            o.put("t", "timeIn").put("at", x.at().toString()).put("zone", x.zone().getId());
        } else if (a instanceof Arg.Relative x) {
            o.put("t", "relative").put("at", x.at().toString());
        } else if (a instanceof Arg.Money x) {
            o.put("t", "money").put("amount", x.amount().toPlainString()).put("currency", x.currency().getCurrencyCode());
        } else if (a instanceof Arg.Length x) {
            o.put("t", "length").put("duration", x.duration().toString());
        } else if (a instanceof Arg.Day x) {
            o.put("t", "day").put("date", x.date().toString());
        } else if (a instanceof Arg.Month x) {
            o.put("t", "month").put("month", x.month().toString());
        } else if (a instanceof Arg.Weekday x) {
            o.put("t", "weekday").put("day", x.day().name());
        } else if (a instanceof Arg.Date x) {
            o.put("t", "date").put("date", x.date().toString());
        } else if (a instanceof Arg.NowIn x) {
            o.put("t", "nowIn").put("zone", x.zone().getId());
        } else if (a instanceof Arg.Zone x) {
            o.put("t", "zone").put("zone", x.zone().getId());
            if (x.at() != null) {
                o.put("at", x.at().toString());
            }
        } else {
            throw new IllegalArgumentException("an argument kind the outbox does not know: " + a);
        }
        return o;
    }

    private static Arg arg(JsonNode o) {
        return switch (o.get("t").asText()) {
            case "dateTime" -> new Arg.DateTime(Instant.parse(o.get("at").asText()));
            case "timeOfDay" -> new Arg.TimeOfDay(Instant.parse(o.get("at").asText()));
            case "timeIn" -> new Arg.TimeIn(Instant.parse(o.get("at").asText()), ZoneId.of(o.get("zone").asText()));
            case "relative" -> new Arg.Relative(Instant.parse(o.get("at").asText()));
            case "money" -> new Arg.Money(new BigDecimal(o.get("amount").asText()), Currency.getInstance(o.get("currency").asText()));
            case "length" -> new Arg.Length(Duration.parse(o.get("duration").asText()));
            case "day" -> new Arg.Day(LocalDate.parse(o.get("date").asText()));
            case "month" -> new Arg.Month(YearMonth.parse(o.get("month").asText()));
            case "weekday" -> new Arg.Weekday(DayOfWeek.valueOf(o.get("day").asText()));
            case "zone" -> new Arg.Zone(ZoneId.of(o.get("zone").asText()),
                    o.hasNonNull("at") ? java.time.Instant.parse(o.get("at").asText()) : null);
            case "date" -> new Arg.Date(LocalDate.parse(o.get("date").asText()));
            case "nowIn" -> new Arg.NowIn(ZoneId.of(o.get("zone").asText()));
            default -> throw new IllegalArgumentException("unknown argument kind " + o.get("t"));
        };
    }

    private static Long longOrNull(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asLong() : null;
    }
}
