package studiobot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studiobot.config.StudioConfig.PackageOffer;
import studiobot.config.StudioConfig.Photographer;
import studiobot.config.StudioConfig.Policy;
import studiobot.config.StudioConfig.QuietHours;
import studiobot.config.StudioConfig.Studio;
import studiobot.config.StudioConfig.TimeRange;

/**
 * Reads the studio's YAML file into a {@link StudioConfig}, checking every value up front. A
 * mistake stops start-up with a {@link ConfigException} that names the key, the value and what
 * is allowed; unknown keys are mistakes too, since a typo would otherwise be silently ignored.
 */
public final class ConfigLoader {
    public static final String DEMO_RESOURCE = "/studiobot/config/demo-studio.yaml";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY,
            "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    // a key given twice is a mistake, not "the last one wins"
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The file at {@code path}, or the built-in demo studio when {@code path} is null. */
    public StudioConfig load(Path path) {
        if (path == null) {
            return loadDemo();
        }
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("config file " + path + " does not exist or is not a file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, path.toString());
        } catch (IOException e) {
            throw new ConfigException("config file " + path + " cannot be read: " + e.getMessage());
        }
    }

    public StudioConfig loadDemo() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo studio missing from the jar: " + DEMO_RESOURCE);
            }
            return parse(in, "built-in demo studio");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StudioConfig parse(String text) {
        try {
            return read(yaml.readTree(text));
        } catch (JsonProcessingException e) {
            throw new ConfigException("config is not valid YAML: " + yamlProblem(e));
        }
    }

    private StudioConfig parse(InputStream in, String source) throws IOException {
        try {
            return read(yaml.readTree(in));
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + " is not valid YAML: " + yamlProblem(e));
        }
    }

    /** The parser's complaint in one line: what it expected and where ("line 1, column 18"). */
    private static String yamlProblem(JsonProcessingException e) {
        String[] lines = e.getOriginalMessage().split("\\R");
        String what = lines[lines.length - 1].strip();
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (line.startsWith("expected") || line.startsWith("found") || line.startsWith("mapping values")) {
                what = line;
                break;
            }
        }
        var where = e.getLocation();
        return what + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
    }

    private StudioConfig read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new ConfigException("config: the file must be a YAML mapping with the keys studio, admins, photographers, packages, policy");
        }
        allowOnly(root, "", Set.of("studio", "admins", "photographers", "packages", "policy"));
        Studio studio = studio(required(root, "studio"));
        List<Long> admins = admins(root.get("admins"));
        List<Photographer> photographers = photographers(required(root, "photographers"));
        List<PackageOffer> packages = packages(required(root, "packages"), photographers);
        Policy policy = policy(root.get("policy"));
        checkDistinctTelegramIds(admins, photographers);
        return new StudioConfig(studio, admins, photographers, packages, policy);
    }

    private Studio studio(JsonNode node) {
        requireObject(node, "studio");
        allowOnly(node, "studio.", Set.of("name", "timeZone", "defaultLocale", "currency", "reviewUrl", "quietHours", "address", "location"));
        String name = text(node, "studio.name", "name", null);
        ZoneId zone = zone(text(node, "studio.timeZone", "timeZone", null), "studio.timeZone");
        String locale = localeTag(text(node, "studio.defaultLocale", "defaultLocale", "en"), "studio.defaultLocale");
        Currency currency = currency(text(node, "studio.currency", "currency", null));
        String reviewUrl = text(node, "studio.reviewUrl", "reviewUrl", "");
        if (!reviewUrl.isEmpty() && !reviewUrl.startsWith("https://") && !reviewUrl.startsWith("http://")) {
            throw new ConfigException("studio.reviewUrl", reviewUrl, "use an http:// or https:// address");
        }
        QuietHours quiet = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0));
        JsonNode q = node.get("quietHours");
        if (q != null && !q.isNull()) {
            requireObject(q, "studio.quietHours");
            allowOnly(q, "studio.quietHours.", Set.of("start", "end"));
            quiet = new QuietHours(
                    time(text(q, "studio.quietHours.start", "start", null), "studio.quietHours.start"),
                    time(text(q, "studio.quietHours.end", "end", null), "studio.quietHours.end"));
        }
        String address = text(node, "studio.address", "address", "").strip();
        return new Studio(name, zone, locale, currency, reviewUrl, quiet, address, mapPoint(node.get("location"), address));
    }

    /** The studio's place on the map, {@code {lat: 37.9757, lon: 23.7339}}; optional, and only beside an address. */
    private static StudioConfig.MapPoint mapPoint(JsonNode node, String address) {
        if (node == null || node.isNull()) {
            return null;
        }
        String hint = "use {lat: 37.9757, lon: 23.7339} (degrees, as a map shows them)";
        if (!node.isObject()) {
            throw new ConfigException("studio.location", node.asText(), hint);
        }
        allowOnly(node, "studio.location.", Set.of("lat", "lon"));
        JsonNode lat = node.get("lat");
        JsonNode lon = node.get("lon");
        if (lat == null || !lat.isNumber() || Math.abs(lat.doubleValue()) > 90) {
            throw new ConfigException("studio.location.lat", lat == null ? "" : lat.asText(), hint + "; a latitude is within ±90");
        }
        if (lon == null || !lon.isNumber() || Math.abs(lon.doubleValue()) > 180) {
            throw new ConfigException("studio.location.lon", lon == null ? "" : lon.asText(), hint + "; a longitude is within ±180");
        }
        if (address.isEmpty()) {
            throw new ConfigException("studio.location", node.toString(), "give studio.address too: the map pin is sent with the address as its title");
        }
        return new StudioConfig.MapPoint(lat.doubleValue(), lon.doubleValue());
    }

    private List<Long> admins(JsonNode node) {
        List<Long> admins = new ArrayList<>();
        if (node == null || node.isNull()) {
            return admins;
        }
        if (!node.isArray()) {
            throw new ConfigException("admins", node.asText(), "use a list of Telegram user ids, e.g. [1001, 1002]");
        }
        for (int i = 0; i < node.size(); i++) {
            admins.add(telegramId(node.get(i), "admins[" + i + "]"));
        }
        return admins;
    }

    private List<Photographer> photographers(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new ConfigException("photographers", node.asText(), "list at least one photographer (id, name, telegramId, timeZone, locale, workingHours)");
        }
        List<Photographer> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "photographers[" + i + "]";
            JsonNode p = node.get(i);
            requireObject(p, at);
            allowOnly(p, at + ".", Set.of("id", "name", "telegramId", "timeZone", "locale", "workingHours"));
            String id = id(text(p, at + ".id", "id", null), at + ".id");
            if (!ids.add(id)) {
                throw new ConfigException(at + ".id", id, "every photographer needs a different id");
            }
            result.add(new Photographer(
                    id,
                    text(p, at + ".name", "name", null),
                    telegramId(required(p, "telegramId", at + ".telegramId"), at + ".telegramId"),
                    zone(text(p, at + ".timeZone", "timeZone", null), at + ".timeZone"),
                    localeTag(text(p, at + ".locale", "locale", "en"), at + ".locale"),
                    workingHours(p.get("workingHours"), at + ".workingHours")));
        }
        return result;
    }

    private Map<DayOfWeek, List<TimeRange>> workingHours(JsonNode node, String at) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        if (node == null || node.isNull()) {
            return hours;
        }
        requireObject(node, at);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> day = it.next();
            String key = at + "." + day.getKey();
            DayOfWeek dow = DAYS.get(day.getKey());
            if (dow == null) {
                throw new ConfigException(key, day.getKey(), "days are mon, tue, wed, thu, fri, sat, sun");
            }
            if (!day.getValue().isArray()) {
                throw new ConfigException(key, day.getValue().asText(), "use a list of ranges such as [\"09:00-13:00\", \"14:00-18:00\"]");
            }
            List<TimeRange> ranges = new ArrayList<>();
            for (JsonNode r : day.getValue()) {
                Matcher m = RANGE.matcher(r.asText().replace(" ", ""));
                if (!m.matches()) {
                    throw new ConfigException(key, r.asText(), "use a range such as \"09:00-13:00\"");
                }
                TimeRange range = new TimeRange(time(m.group(1), key), time(m.group(2), key));
                if (!range.start().isBefore(range.end())) {
                    throw new ConfigException(key, r.asText(), "a range must start before it ends, within one day");
                }
                for (TimeRange other : ranges) {
                    if (range.start().isBefore(other.end()) && other.start().isBefore(range.end())) {
                        throw new ConfigException(key, r.asText(), "ranges of one day must not overlap");
                    }
                }
                ranges.add(range);
            }
            ranges.sort((a, b) -> a.start().compareTo(b.start()));
            hours.put(dow, List.copyOf(ranges));
        }
        return hours;
    }

    private List<PackageOffer> packages(JsonNode node, List<Photographer> photographers) {
        if (!node.isArray() || node.isEmpty()) {
            throw new ConfigException("packages", node.asText(), "list at least one package (id, duration, price, photos, photographers)");
        }
        Set<String> photographerIds = new HashSet<>();
        photographers.forEach(p -> photographerIds.add(p.id()));
        List<PackageOffer> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "packages[" + i + "]";
            JsonNode p = node.get(i);
            requireObject(p, at);
            allowOnly(p, at + ".", Set.of("id", "duration", "price", "photos", "photographers", "questions", "sneakPeekWithin", "galleryWithin", "anniversary"));
            String id = id(text(p, at + ".id", "id", null), at + ".id");
            if (!ids.add(id)) {
                throw new ConfigException(at + ".id", id, "every package needs a different id");
            }
            if (ids.stream().filter(other -> other.replace('-', '_').equals(id.replace('-', '_'))).count() > 1) {
                // the texts name a package's facts with '_' for '-' ({price_mini_family}): the two would be one
                throw new ConfigException(at + ".id", id, "ids that differ only by - and _ name the same package in the texts");
            }
            Duration duration = positive(duration(text(p, at + ".duration", "duration", null), at + ".duration"), at + ".duration");
            JsonNode priceNode = required(p, "price", at + ".price");
            if (!priceNode.isNumber() || priceNode.decimalValue().signum() < 0) {
                throw new ConfigException(at + ".price", priceNode.asText(), "use a number of at least 0, e.g. 150 or 149.90");
            }
            JsonNode photosNode = required(p, "photos", at + ".photos");
            if (!photosNode.canConvertToInt() || !photosNode.isIntegralNumber() || photosNode.intValue() < 0) {
                throw new ConfigException(at + ".photos", photosNode.asText(), "use a whole number of at least 0");
            }
            List<String> assigned = new ArrayList<>();
            JsonNode who = required(p, "photographers", at + ".photographers");
            if (!who.isArray() || who.isEmpty()) {
                throw new ConfigException(at + ".photographers", who.asText(), "list the ids of the photographers who shoot it, e.g. [anna]");
            }
            for (JsonNode w : who) {
                if (!photographerIds.contains(w.asText())) {
                    throw new ConfigException(at + ".photographers", w.asText(), "known photographer ids are " + photographerIds.stream().sorted().toList());
                }
                assigned.add(w.asText());
            }
            BigDecimal price = priceNode.decimalValue();
            Set<String> dates = new java.util.LinkedHashSet<>();
            Set<String> places = new java.util.LinkedHashSet<>();
            List<String> questions = questions(p.get("questions"), at + ".questions", dates, places);
            result.add(new PackageOffer(id, duration, price, photosNode.intValue(), assigned, questions,
                    promise(p, "sneakPeekWithin", at), promise(p, "galleryWithin", at), anniversary(p.get("anniversary"), at), dates, places));
        }
        return result;
    }

    private static StudioConfig.Anniversary anniversary(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return StudioConfig.Anniversary.NONE;
        }
        return switch (node.asText()) {
            case "yearly" -> StudioConfig.Anniversary.YEARLY;
            case "first" -> StudioConfig.Anniversary.FIRST;
            case "none" -> StudioConfig.Anniversary.NONE;
            default -> throw new ConfigException(at + ".anniversary", node.asText(),
                    "use yearly (a wedding), first (a newborn or family shoot: its first anniversary) or none");
        };
    }

    /** A package's own promise (null: the policy's). */
    private static Duration promise(JsonNode p, String name, String at) {
        JsonNode v = p.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        return positive(duration(v.asText(), at + "." + name), at + "." + name);
    }

    /**
     * The ids of a package's onboarding questions, in the order they are asked; none when absent. A
     * question is its id, or {@code {id: dueDate, type: date}} for one whose answer is a date
     * (collected into {@code dates}), or {@code {id: venue, type: place}} for one whose answer is
     * where the shoot takes place (collected into {@code places}: the calendar entry's location).
     */
    private List<String> questions(JsonNode node, String at, Set<String> dates, Set<String> places) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ConfigException(at, node.asText(), "list question ids, e.g. [venue, timeline, mustHave]");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode q : node) {
            if (q.isObject()) {
                allowOnly(q, at + ".", Set.of("id", "type"));
                String type = text(q, at + ".type", "type", "text");
                if (!Set.of("text", "date", "place").contains(type)) {
                    throw new ConfigException(at + ".type", type, "use text (the default), date (a due date, a birthday: remembered as an anniversary)"
                            + " or place (where the shoot takes place, away from the studio)");
                }
                String id = id(text(q, at + ".id", "id", null), at + ".id");
                if (type.equals("date")) {
                    dates.add(id);
                } else if (type.equals("place")) {
                    places.add(id);
                }
                q = com.fasterxml.jackson.databind.node.TextNode.valueOf(id);
            }
            String id = id(q.asText(), at);
            if (result.contains(id)) {
                throw new ConfigException(at, id, "every question of a package needs a different id");
            }
            result.add(id);
        }
        return result;
    }

    private Policy policy(JsonNode node) {
        if (node == null || node.isNull()) {
            node = yaml.createObjectNode();
        }
        requireObject(node, "policy");
        allowOnly(node, "policy.", Set.of("minNotice", "horizon", "slotStep", "buffer", "changeCutoff", "reminders",
                "ratingAfter", "ratingReminderAfter", "replyPromise", "quietAfter", "abandonedAfter", "inactiveAfter", "remedies",
                "sneakPeekWithin", "galleryWithin", "protectPreviews", "changesWindow", "anniversaryAhead", "liveLineIdle"));
        List<Duration> reminders = new ArrayList<>();
        JsonNode r = node.get("reminders");
        if (r == null || r.isNull()) {
            reminders = List.of(Duration.ofHours(24), Duration.ofHours(2));
        } else if (!r.isArray()) {
            throw new ConfigException("policy.reminders", r.asText(), "use a list of ISO-8601 durations, e.g. [PT24H, PT2H]");
        } else {
            for (int i = 0; i < r.size(); i++) {
                reminders.add(positive(duration(r.get(i).asText(), "policy.reminders[" + i + "]"), "policy.reminders[" + i + "]"));
            }
        }
        return new Policy(
                policyDuration(node, "minNotice", Duration.ofHours(24), true),
                positive(policyDuration(node, "horizon", Duration.ofDays(60), false), "policy.horizon"),
                positive(policyDuration(node, "slotStep", Duration.ofMinutes(30), false), "policy.slotStep"),
                policyDuration(node, "buffer", Duration.ofMinutes(30), true),
                policyDuration(node, "changeCutoff", Duration.ofHours(48), true),
                reminders,
                policyDuration(node, "ratingAfter", Duration.ofHours(3), true),
                positive(policyDuration(node, "ratingReminderAfter", Duration.ofDays(3), false), "policy.ratingReminderAfter"),
                positive(policyDuration(node, "replyPromise", Duration.ofHours(24), false), "policy.replyPromise"),
                positive(policyDuration(node, "quietAfter", Duration.ofHours(48), false), "policy.quietAfter"),
                positive(policyDuration(node, "abandonedAfter", Duration.ofHours(24), false), "policy.abandonedAfter"),
                positive(policyDuration(node, "inactiveAfter", Duration.ofDays(300), false), "policy.inactiveAfter"),
                remedies(node.get("remedies")),
                positive(policyDuration(node, "sneakPeekWithin", Duration.ofDays(3), false), "policy.sneakPeekWithin"),
                positive(policyDuration(node, "galleryWithin", Duration.ofDays(14), false), "policy.galleryWithin"),
                flag(node, "protectPreviews", false),
                positive(policyDuration(node, "changesWindow", Duration.ofDays(90), false), "policy.changesWindow"),
                positive(policyDuration(node, "anniversaryAhead", Duration.ofDays(7), false), "policy.anniversaryAhead"),
                positive(policyDuration(node, "liveLineIdle", Duration.ofHours(2), false), "policy.liveLineIdle"));
    }

    private static boolean flag(JsonNode node, String name, boolean fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new ConfigException("policy." + name, v.asText(), "use true or false");
        }
        return v.booleanValue();
    }

    /** The remedies offered after a low score: some of {@link Policy#REMEDIES}, each once; all of them by default. */
    private static List<String> remedies(JsonNode node) {
        if (node == null || node.isNull()) {
            return Policy.REMEDIES;
        }
        String allowed = "use a list of " + String.join(", ", Policy.REMEDIES) + " (each at most once), e.g. [reedit, refund, tell]";
        if (!node.isArray() || node.isEmpty()) {
            throw new ConfigException("policy.remedies", node.toString(), allowed);
        }
        List<String> remedies = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String id = node.get(i).asText();
            if (!Policy.REMEDIES.contains(id) || remedies.contains(id)) {
                throw new ConfigException("policy.remedies[" + i + "]", id, allowed);
            }
            remedies.add(id);
        }
        return remedies;
    }

    private Duration policyDuration(JsonNode node, String name, Duration fallback, boolean zeroAllowed) {
        String key = "policy." + name;
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        Duration d = duration(v.asText(), key);
        if (d.isNegative() || (!zeroAllowed && d.isZero())) {
            throw new ConfigException(key, v.asText(), zeroAllowed ? "use a duration of zero or more" : "use a duration greater than zero");
        }
        return d;
    }

    private static Duration positive(Duration d, String key) {
        if (d.isZero() || d.isNegative()) {
            throw new ConfigException(key, d, "use a duration greater than zero");
        }
        return d;
    }

    static Duration duration(String value, String key) {
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ConfigException(key, value, "use an ISO-8601 duration such as PT48H, P3D or PT5S (days, hours, minutes, seconds)");
        }
    }

    private static ZoneId zone(String value, String key) {
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new ConfigException(key, value, "use an IANA time zone id such as Europe/Athens or Asia/Kuala_Lumpur");
        }
    }

    private static LocalTime time(String value, String key) {
        try {
            String v = value.trim();
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            throw new ConfigException(key, value, "use a 24-hour time such as 09:00 or 21:30");
        }
    }

    private static String localeTag(String value, String key) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.trim()).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new ConfigException(key, value, "use a BCP 47 language tag such as en, el, ms or zh");
        }
    }

    private static Currency currency(String value) {
        try {
            return Currency.getInstance(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("studio.currency", value, "use an ISO 4217 currency code such as EUR, MYR or USD");
        }
    }

    private static String id(String value, String key) {
        if (!ID.matcher(value).matches()) {
            throw new ConfigException(key, value, "use lower-case letters, digits, '-' or '_' (at most 32), e.g. anna or portrait");
        }
        return value;
    }

    private static long telegramId(JsonNode node, String key) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() <= 0) {
            throw new ConfigException(key, node == null ? null : node.asText(), "use a Telegram user id: a positive whole number such as 123456789");
        }
        return node.longValue();
    }

    private static void checkDistinctTelegramIds(List<Long> admins, List<Photographer> photographers) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < photographers.size(); i++) {
            long id = photographers.get(i).telegramId();
            if (!seen.add(id)) {
                throw new ConfigException("photographers[" + i + "].telegramId", id, "two photographers cannot share one Telegram account");
            }
        }
        Set<Long> adminIds = new HashSet<>();
        for (int i = 0; i < admins.size(); i++) {
            if (!adminIds.add(admins.get(i))) {
                throw new ConfigException("admins[" + i + "]", admins.get(i), "each admin is listed once");
            }
        }
    }

    private static String text(JsonNode parent, String key, String field, String fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw new ConfigException(key, null, "this key is required");
            }
            return fallback;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw new ConfigException(key, v.isValueNode() ? v.asText() : v.toString(), "use a non-empty text value");
        }
        return v.asText();
    }

    private static JsonNode required(JsonNode parent, String field) {
        return required(parent, field, field);
    }

    private static JsonNode required(JsonNode parent, String field, String key) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            throw new ConfigException(key, null, "this key is required");
        }
        return v;
    }

    private static void requireObject(JsonNode node, String key) {
        if (!node.isObject()) {
            throw new ConfigException(key, node.asText(), "use a mapping of keys to values");
        }
    }

    private static void allowOnly(JsonNode node, String prefix, Set<String> known) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new ConfigException(prefix + name, name, "unknown key; known keys here are " + known.stream().sorted().toList());
            }
        });
    }
}
