package studiobot.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zones as people name them: a city or country in any of the studio's languages, a tz id, a
 * UTC offset, or a shared location. Built once at start-up from ICU's localized names, the tz
 * database's zone coordinates ({@code zone-coordinates.tsv}) and a hand-written list of large
 * cities and nicknames ({@code zone-aliases.properties}); immutable and thread-safe afterwards.
 *
 * <p>Text is compared by a key: NFKC case-folded, without accents or other combining marks, letters
 * and digits only, so "Αθήνα", "αθηνα", "ＡＴＨＥＮＳ"-style full-width text, "kuala-lumpur" and
 * "New  York." all find their zone. A name of six or more letters also matches with one typo
 * (a wrong, missing, extra or swapped letter) if the first letter is right: one zone when the guess
 * is unique, Several when two or three names are that close, nothing beyond. A short sentence
 * around the place ("Munich, Germany", "я в Москве") is tolerated.
 *
 * <p>{@link #nearest} is a nearest-neighbour guess over the principal cities of every zone, a few
 * hundred large cities, and about a hundred towns on both sides of borders between zones that keep
 * different clocks (Yuma, Arizona; Mildura, Victoria; Elvas, Portugal). Between two listed towns it
 * can still pick the neighbour's zone (Quartzsite, Arizona, is nearer Blythe, California, than any
 * listed Arizona town). Ask the person to confirm.
 */
public final class ZoneDirectory {
    private static final String ALIASES = "/studiobot/i18n/zone-aliases.properties";
    private static final String COORDINATES = "/studiobot/i18n/zone-coordinates.tsv";
    private static final int MAX_SEVERAL = 6;
    private static final int MAX_SUGGESTIONS = 4;
    private static final int TYPO_MIN_LENGTH = 6;
    private static final int MAX_TYPO_GUESSES = 3;
    private static final int MAX_WORDS = 12;
    private static final int MAX_TEXT = 200;
    private static final ZoneMatch NOT_FOUND = new ZoneMatch.NotFound();

    /** Two zones keep the same clock if they agree over this window; fixed, so no clock is read. */
    private static final Instant RULES_FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant RULES_UNTIL = Instant.parse("2028-01-01T00:00:00Z");

    /** Name sources, strongest first: a curated alias beats ICU's city names, which beat countries. */
    private static final int ALIAS = 0;
    private static final int CITY = 1;
    private static final int COUNTRY = 2;
    private static final int LINK = 3;

    /** Only the part after these prefixes of an id is a place ("Asia/Chongqing"; not "US/Pacific"). */
    private static final Set<String> CONTINENTS = Set.of(
            "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");
    /** City parts of ids that are common words or codes rather than what anyone types for the place. */
    private static final Set<String> NOT_PLACES = Set.of("north", "south", "west", "act", "lhi", "yancowinna", "center");

    /**
     * Countries whose zones the tz tables list geographically rather than by population; the first
     * zone of each clock is the one offered. Other countries follow zone-coordinates.tsv's order.
     */
    private static final Map<String, List<String>> PRINCIPAL = Map.of(
            "US", List.of("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                    "America/Anchorage", "Pacific/Honolulu", "America/Phoenix"),
            "RU", List.of("Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Asia/Vladivostok",
                    "Europe/Kaliningrad", "Europe/Samara", "Asia/Omsk", "Asia/Krasnoyarsk", "Asia/Irkutsk"),
            "AU", List.of("Australia/Sydney", "Australia/Brisbane", "Australia/Perth", "Australia/Adelaide",
                    "Australia/Darwin", "Australia/Melbourne"),
            "CA", List.of("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
                    "America/Halifax", "America/St_Johns", "America/Regina"),
            "BR", List.of("America/Sao_Paulo", "America/Manaus", "America/Rio_Branco", "America/Noronha"),
            "MX", List.of("America/Mexico_City", "America/Tijuana", "America/Cancun", "America/Mazatlan",
                    "America/Hermosillo"),
            "UA", List.of("Europe/Kyiv", "Europe/Simferopol"));

    /**
     * Zones of a local custom rather than the country's legal time, left out of the country's answer
     * ("China" is Beijing time); their own city names still find them.
     */
    private static final Set<String> UNOFFICIAL = Set.of("Asia/Urumqi");

    /** Likely zones of a bundle language when the person's Telegram language names no region. */
    private static final Map<String, List<String>> LANGUAGE_ZONES = Map.of(
            "en", List.of("Europe/London", "America/New_York", "America/Los_Angeles", "Australia/Sydney"),
            "el", List.of("Europe/Athens", "Asia/Nicosia"),
            "ms", List.of("Asia/Kuala_Lumpur", "Asia/Singapore", "Asia/Jakarta"),
            "zh", List.of("Asia/Shanghai", "Asia/Singapore", "Asia/Taipei", "Asia/Hong_Kong"),
            "ru", List.of("Europe/Moscow", "Asia/Yekaterinburg", "Europe/Minsk", "Asia/Almaty"),
            "es", List.of("Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Argentina/Buenos_Aires"),
            "de", List.of("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
            "ar", List.of("Asia/Riyadh", "Africa/Cairo", "Asia/Dubai"));

    /** "+3", "utc+05:30", "gmt-5", "utc 8" (a sign is needed only without a utc or gmt prefix). */
    private static final Pattern OFFSET = Pattern.compile("(?:(?:utc|gmt|ut)([+-]?)|([+-]))(\\d{1,2})(?::?(\\d{2})|[.,](\\d{1,2}))?");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE63\\uFF0D]");
    private static final Pattern SEPARATORS = Pattern.compile("[,;|/()\\[\\]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final Map<String, ZoneMatch> byName;
    private final Map<Integer, String[]> typoCandidates;
    private final Map<String, ZoneId> byId;
    private final Map<String, List<ZoneId>> byRegion;
    private final Map<String, List<ZoneId>> byLanguage;
    private final ZoneId[] pointZones;
    private final double[] pointLatitudes;
    private final double[] pointLongitudes;
    private final double[] pointCosLatitudes;

    private ZoneDirectory(Indexing built) {
        this.byName = built.finishNames();
        this.typoCandidates = typoBuckets(byName.keySet());
        this.byId = Map.copyOf(built.byId);
        this.byRegion = Map.copyOf(built.regionZones);
        Map<String, List<ZoneId>> languages = new HashMap<>();
        LANGUAGE_ZONES.forEach((language, ids) -> languages.put(language, ids.stream().map(built::zoneOf).filter(Objects::nonNull).toList()));
        this.byLanguage = Map.copyOf(languages);
        int n = built.points.size();
        this.pointZones = new ZoneId[n];
        this.pointLatitudes = new double[n];
        this.pointLongitudes = new double[n];
        this.pointCosLatitudes = new double[n];
        for (int i = 0; i < n; i++) {
            Point p = built.points.get(i);
            pointZones[i] = p.zone();
            pointLatitudes[i] = Math.toRadians(p.latitude());
            pointLongitudes[i] = Math.toRadians(p.longitude());
            pointCosLatitudes[i] = Math.cos(pointLatitudes[i]);
        }
    }

    /**
     * Builds the directory for the given bundle language tags (English is always included, and
     * Traditional Chinese names with Chinese). Fails if a bundled resource is missing or names an
     * unknown zone.
     */
    public static ZoneDirectory build(Collection<String> languageTags) {
        Objects.requireNonNull(languageTags, "languageTags");
        Indexing indexing = new Indexing();
        indexing.readCoordinates();
        indexing.indexCountries();
        for (ULocale locale : locales(languageTags)) {
            indexing.indexNames(locale);
        }
        indexing.indexIdParts();
        indexing.readAliases();
        return new ZoneDirectory(indexing);
    }

    /** Recognises a place, zone id or UTC offset typed by a person; never throws for odd input. */
    public ZoneMatch recognise(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return NOT_FOUND; // a place name is short; a pasted paragraph is not one
        }
        String folded = NFKC_CASEFOLD.normalize(text).strip();
        if (folded.isEmpty()) {
            return NOT_FOUND;
        }
        ZoneMatch offset = offset(folded);
        if (offset != null) {
            return offset;
        }
        String idKey = SPACES.matcher(SPACED_SLASH.matcher(folded).replaceAll("/")).replaceAll("_");
        if (idKey.indexOf('/') >= 0 && byId.containsKey(idKey)) {
            return found(byId.get(idKey));
        }
        String key = key(folded);
        if (key.isEmpty()) {
            return NOT_FOUND;
        }
        int comma = folded.lastIndexOf(',');
        if (comma > 0) {
            String qualifier = folded.substring(comma + 1).strip().replace(".", "");
            if (SUBDIVISIONS.containsKey(qualifier)) {
                return found(ZoneId.of(SUBDIVISIONS.get(qualifier)));
            }
        }
        ZoneMatch named = byName.get(key);
        if (named != null) {
            return named;
        }
        if (byId.containsKey(idKey)) {
            return found(byId.get(idKey));
        }
        ZoneMatch inParts = inParts(folded);
        if (inParts != null) {
            return inParts;
        }
        for (String variant : variants(folded)) {
            ZoneMatch v = byName.get(key(variant));
            if (v != null) {
                return v;
            }
        }
        ZoneMatch typo = withTypo(key);
        return typo instanceof ZoneMatch.NotFound ? wordWithTypo(folded) : typo;
    }

    /** The zone whose principal city (or a listed large city) is nearest; see the class comment. */
    public ZoneId nearest(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be within ±90, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be within ±180, got " + longitude);
        }
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        double cosLat = Math.cos(lat);
        int best = -1;
        double bestHaversine = Double.MAX_VALUE;
        for (int i = 0; i < pointZones.length; i++) {
            double sinLat = Math.sin((pointLatitudes[i] - lat) / 2);
            double sinLon = Math.sin((pointLongitudes[i] - lon) / 2);
            double haversine = sinLat * sinLat + cosLat * pointCosLatitudes[i] * sinLon * sinLon;
            if (haversine < bestHaversine) {
                bestHaversine = haversine;
                best = i;
            }
        }
        return pointZones[best];
    }

    /**
     * Up to four likely zones for a person, most likely first: the region of their Telegram
     * language ("en-GB", "pt-BR"; for a language other than the bundle's, its likely region), then
     * the usual zones of the bundle language.
     */
    public List<ZoneId> suggestions(String languageTag, String telegramLanguageCode) {
        String bundleLanguage = languageTag == null ? "" : ULocale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
        LinkedHashSet<ZoneId> zones = new LinkedHashSet<>();
        String region = telegramRegion(telegramLanguageCode, bundleLanguage);
        List<ZoneId> regional = byRegion.getOrDefault(region, List.of());
        // the other clocks of a big country (en-US: Chicago, Denver...) but not Urumqi for zh-CN
        zones.addAll(PRINCIPAL.containsKey(region) ? regional : regional.stream().limit(1).toList());
        List<ZoneId> usual = byLanguage.get(bundleLanguage);
        if (usual == null && !bundleLanguage.isEmpty()) {
            usual = byRegion.getOrDefault(ULocale.addLikelySubtags(new ULocale(bundleLanguage)).getCountry(), List.of());
        }
        zones.addAll(usual == null || usual.isEmpty() ? byLanguage.get(Bundles.BASE) : usual);
        return zones.stream().limit(MAX_SUGGESTIONS).toList();
    }

    /**
     * The states and provinces a place may be qualified with ("Portland, Maine", "Sydney, Nova
     * Scotia"), and the zone each is mostly in: a qualified place is never swapped for its more
     * famous namesake. Georgia is left out: it is a country too.
     */
    private static final java.util.Map<String, String> SUBDIVISIONS = java.util.Map.ofEntries(
            java.util.Map.entry("maine", "America/New_York"),
            java.util.Map.entry("new hampshire", "America/New_York"),
            java.util.Map.entry("vermont", "America/New_York"),
            java.util.Map.entry("massachusetts", "America/New_York"),
            java.util.Map.entry("rhode island", "America/New_York"),
            java.util.Map.entry("connecticut", "America/New_York"),
            java.util.Map.entry("new york", "America/New_York"),
            java.util.Map.entry("new jersey", "America/New_York"),
            java.util.Map.entry("pennsylvania", "America/New_York"),
            java.util.Map.entry("delaware", "America/New_York"),
            java.util.Map.entry("maryland", "America/New_York"),
            java.util.Map.entry("virginia", "America/New_York"),
            java.util.Map.entry("west virginia", "America/New_York"),
            java.util.Map.entry("north carolina", "America/New_York"),
            java.util.Map.entry("south carolina", "America/New_York"),
            java.util.Map.entry("florida", "America/New_York"),
            java.util.Map.entry("ohio", "America/New_York"),
            java.util.Map.entry("kentucky", "America/New_York"),
            java.util.Map.entry("district of columbia", "America/New_York"),
            java.util.Map.entry("me", "America/New_York"),
            java.util.Map.entry("nh", "America/New_York"),
            java.util.Map.entry("vt", "America/New_York"),
            java.util.Map.entry("ma", "America/New_York"),
            java.util.Map.entry("ri", "America/New_York"),
            java.util.Map.entry("ct", "America/New_York"),
            java.util.Map.entry("ny", "America/New_York"),
            java.util.Map.entry("nj", "America/New_York"),
            java.util.Map.entry("pa", "America/New_York"),
            java.util.Map.entry("de", "America/New_York"),
            java.util.Map.entry("md", "America/New_York"),
            java.util.Map.entry("va", "America/New_York"),
            java.util.Map.entry("wv", "America/New_York"),
            java.util.Map.entry("nc", "America/New_York"),
            java.util.Map.entry("sc", "America/New_York"),
            java.util.Map.entry("fl", "America/New_York"),
            java.util.Map.entry("oh", "America/New_York"),
            java.util.Map.entry("ky", "America/New_York"),
            java.util.Map.entry("dc", "America/New_York"),
            java.util.Map.entry("michigan", "America/Detroit"),
            java.util.Map.entry("mi", "America/Detroit"),
            java.util.Map.entry("indiana", "America/Indiana/Indianapolis"),
            java.util.Map.entry("alabama", "America/Chicago"),
            java.util.Map.entry("mississippi", "America/Chicago"),
            java.util.Map.entry("tennessee", "America/Chicago"),
            java.util.Map.entry("illinois", "America/Chicago"),
            java.util.Map.entry("wisconsin", "America/Chicago"),
            java.util.Map.entry("minnesota", "America/Chicago"),
            java.util.Map.entry("iowa", "America/Chicago"),
            java.util.Map.entry("missouri", "America/Chicago"),
            java.util.Map.entry("arkansas", "America/Chicago"),
            java.util.Map.entry("louisiana", "America/Chicago"),
            java.util.Map.entry("oklahoma", "America/Chicago"),
            java.util.Map.entry("kansas", "America/Chicago"),
            java.util.Map.entry("nebraska", "America/Chicago"),
            java.util.Map.entry("south dakota", "America/Chicago"),
            java.util.Map.entry("north dakota", "America/Chicago"),
            java.util.Map.entry("texas", "America/Chicago"),
            java.util.Map.entry("al", "America/Chicago"),
            java.util.Map.entry("ms", "America/Chicago"),
            java.util.Map.entry("tn", "America/Chicago"),
            java.util.Map.entry("il", "America/Chicago"),
            java.util.Map.entry("wi", "America/Chicago"),
            java.util.Map.entry("mn", "America/Chicago"),
            java.util.Map.entry("ia", "America/Chicago"),
            java.util.Map.entry("mo", "America/Chicago"),
            java.util.Map.entry("ar", "America/Chicago"),
            java.util.Map.entry("la", "America/Chicago"),
            java.util.Map.entry("ok", "America/Chicago"),
            java.util.Map.entry("ks", "America/Chicago"),
            java.util.Map.entry("ne", "America/Chicago"),
            java.util.Map.entry("sd", "America/Chicago"),
            java.util.Map.entry("nd", "America/Chicago"),
            java.util.Map.entry("tx", "America/Chicago"),
            java.util.Map.entry("colorado", "America/Denver"),
            java.util.Map.entry("wyoming", "America/Denver"),
            java.util.Map.entry("montana", "America/Denver"),
            java.util.Map.entry("utah", "America/Denver"),
            java.util.Map.entry("new mexico", "America/Denver"),
            java.util.Map.entry("co", "America/Denver"),
            java.util.Map.entry("wy", "America/Denver"),
            java.util.Map.entry("mt", "America/Denver"),
            java.util.Map.entry("ut", "America/Denver"),
            java.util.Map.entry("nm", "America/Denver"),
            java.util.Map.entry("idaho", "America/Boise"),
            java.util.Map.entry("id", "America/Boise"),
            java.util.Map.entry("arizona", "America/Phoenix"),
            java.util.Map.entry("az", "America/Phoenix"),
            java.util.Map.entry("california", "America/Los_Angeles"),
            java.util.Map.entry("oregon", "America/Los_Angeles"),
            java.util.Map.entry("washington", "America/Los_Angeles"),
            java.util.Map.entry("nevada", "America/Los_Angeles"),
            java.util.Map.entry("ca", "America/Los_Angeles"),
            java.util.Map.entry("or", "America/Los_Angeles"),
            java.util.Map.entry("wa", "America/Los_Angeles"),
            java.util.Map.entry("nv", "America/Los_Angeles"),
            java.util.Map.entry("alaska", "America/Anchorage"),
            java.util.Map.entry("ak", "America/Anchorage"),
            java.util.Map.entry("hawaii", "Pacific/Honolulu"),
            java.util.Map.entry("hi", "Pacific/Honolulu"),
            java.util.Map.entry("nova scotia", "America/Halifax"),
            java.util.Map.entry("prince edward island", "America/Halifax"),
            java.util.Map.entry("ns", "America/Halifax"),
            java.util.Map.entry("pei", "America/Halifax"),
            java.util.Map.entry("new brunswick", "America/Moncton"),
            java.util.Map.entry("nb", "America/Moncton"),
            java.util.Map.entry("newfoundland", "America/St_Johns"),
            java.util.Map.entry("newfoundland and labrador", "America/St_Johns"),
            java.util.Map.entry("nl", "America/St_Johns"),
            java.util.Map.entry("quebec", "America/Toronto"),
            java.util.Map.entry("québec", "America/Toronto"),
            java.util.Map.entry("ontario", "America/Toronto"),
            java.util.Map.entry("qc", "America/Toronto"),
            java.util.Map.entry("on", "America/Toronto"),
            java.util.Map.entry("manitoba", "America/Winnipeg"),
            java.util.Map.entry("mb", "America/Winnipeg"),
            java.util.Map.entry("saskatchewan", "America/Regina"),
            java.util.Map.entry("sk", "America/Regina"),
            java.util.Map.entry("alberta", "America/Edmonton"),
            java.util.Map.entry("ab", "America/Edmonton"),
            java.util.Map.entry("british columbia", "America/Vancouver"),
            java.util.Map.entry("bc", "America/Vancouver"),
            java.util.Map.entry("yukon", "America/Whitehorse"),
            java.util.Map.entry("yt", "America/Whitehorse"),
            java.util.Map.entry("new south wales", "Australia/Sydney"),
            java.util.Map.entry("nsw", "Australia/Sydney"),
            java.util.Map.entry("act", "Australia/Sydney"),
            java.util.Map.entry("australian capital territory", "Australia/Sydney"),
            java.util.Map.entry("victoria", "Australia/Melbourne"),
            java.util.Map.entry("vic", "Australia/Melbourne"),
            java.util.Map.entry("queensland", "Australia/Brisbane"),
            java.util.Map.entry("qld", "Australia/Brisbane"),
            java.util.Map.entry("south australia", "Australia/Adelaide"),
            java.util.Map.entry("western australia", "Australia/Perth"),
            java.util.Map.entry("wa australia", "Australia/Perth"),
            java.util.Map.entry("tasmania", "Australia/Hobart"),
            java.util.Map.entry("tas", "Australia/Hobart"),
            java.util.Map.entry("northern territory", "Australia/Darwin"),
            java.util.Map.entry("nt", "Australia/Darwin"));

    /** Short names people type for a few big cities. */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of(
            "kl", "kuala lumpur", "nyc", "new york", "sf", "san francisco", "hk", "hong kong", "la", "los angeles",
            "jb", "johor bahru", "spb", "saint petersburg", "спб", "санкт-петербург", "мск", "москва");
    /** Words before a place ("in Athens", "di KL", "στην Αθήνα", "в Москве") that are not part of it. */
    private static final java.util.List<String> BEFORE = java.util.List.of("in ", "at ", "from ", "di ", "dari ", "ke ", "en ", "desde ",
            "aus ", "σε ", "στην ", "στη ", "στο ", "στον ", "από ", "в ", "во ", "из ", "في ", "من ", "im ", "i am in ", "saya di ");
    /** Administrative words after a Chinese place (北京市, 香港特别行政区). */
    private static final java.util.List<String> AFTER = java.util.List.of("特别行政区", "特別行政區", "自治区", "市", "省", "县", "区");

    /**
     * The text as the place it names may be written in the directory: without a preposition, an
     * administrative suffix or a case ending (Greek genitive "Αθήνας" → "Αθήνα", Russian
     * "Москве" → "Москва"), or an abbreviation written out ("KL").
     */
    private static java.util.List<String> variants(String folded) {
        java.util.List<String> found = new java.util.ArrayList<>();
        String t = folded.strip();
        for (String before : BEFORE) {
            if (t.startsWith(before) && t.length() > before.length()) {
                t = t.substring(before.length()).strip();
                found.add(t);
                break;
            }
        }
        for (String after : AFTER) {
            if (t.endsWith(after) && t.length() > after.length()) {
                found.add(t.substring(0, t.length() - after.length()));
                break;
            }
        }
        String abbreviated = ABBREVIATIONS.get(t.replace(".", ""));
        if (abbreviated != null) {
            found.add(abbreviated);
        }
        // case endings: Greek genitive (-ας, -ης, -ου; case folding writes a final ς as σ), Russian prepositional and genitive (-е, -ы, -и)
        for (String[] ending : new String[][] {{"ας", "α"}, {"ης", "η"}, {"ασ", "α"}, {"ησ", "η"}, {"ου", "οσ"}, {"ου", "ο"}, {"е", "а"}, {"ы", "а"}, {"и", "ь"}, {"е", ""}}) {
            if (t.endsWith(ending[0]) && t.length() > ending[0].length() + 2) {
                found.add(t.substring(0, t.length() - ending[0].length()) + ending[1]);
            }
        }
        return found;
    }

    /** Any script's decimal digits (Arabic-Indic "٣", Persian "۵") as ASCII ones, direction marks dropped. */
    private static String westernDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x200E || cp == 0x200F || cp == 0x061C) {
                return;
            }
            if (Character.isDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The zone's city in a language ("Αθήνα"), else in English; "UTC+03:00" for a fixed offset. */
    public String cityName(ZoneId zone, String languageTag) {
        Objects.requireNonNull(zone, "zone");
        if (zone instanceof ZoneOffset offset) {
            return offsetText(offset);
        }
        String canonical = TimeZone.getCanonicalID(zone.getId());
        if (canonical != null) {
            ULocale locale = languageTag == null || languageTag.isBlank() ? ULocale.ENGLISH : ULocale.forLanguageTag(languageTag.strip());
            String name = TimeZoneNames.getInstance(locale).getExemplarLocationName(canonical);
            if (name == null) {
                name = TimeZoneNames.getInstance(ULocale.ENGLISH).getExemplarLocationName(canonical);
            }
            if (name != null) {
                return name;
            }
        }
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return offsetText(rules.getOffset(Instant.EPOCH));
        }
        return cityPart(zone.getId());
    }

    /** The matching key of a text: case-folded, without marks, letters and digits only. */
    static String key(String text) {
        String folded = NFKC_CASEFOLD.normalize(text);
        StringBuilder key = new StringBuilder(folded.length());
        if (isAscii(folded)) {
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    key.append(c);
                }
            }
            return key.toString();
        }
        String decomposed = NFD.normalize(folded);
        StringBuilder unmarked = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = UCharacter.getType(cp);
            // kana voicing marks change the word; every other combining mark is an accent
            if ((type != UCharacterCategory.NON_SPACING_MARK && type != UCharacterCategory.ENCLOSING_MARK) || cp == 0x3099 || cp == 0x309A) {
                unmarked.appendCodePoint(cp);
            }
        }
        String composed = NFC.normalize(unmarked);
        for (int i = 0; i < composed.length(); ) {
            int cp = foldLetter(composed.codePointAt(i));
            i += Character.charCount(composed.codePointAt(i));
            if (cp != 0x0640 && UCharacter.isLetterOrDigit(cp)) {
                key.appendCodePoint(cp);
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int foldLetter(int cp) {
        return switch (cp) {
            case 'ı' -> 'i';
            case 'ø' -> 'o';
            case 'ł' -> 'l';
            case 'đ' -> 'd';
            case 'ħ' -> 'h';
            case 'ة' -> 'ه'; // taa marbuta, often typed as haa
            case 'ى' -> 'ي'; // alef maqsura, often typed as yaa
            default -> cp;
        };
    }

    private static ZoneMatch offset(String folded) {
        String compact = SPACES.matcher(DASHES.matcher(westernDigits(folded)).replaceAll("-")).replaceAll("");
        if (compact.equals("utc") || compact.equals("gmt") || compact.equals("ut")) {
            return found(ZoneOffset.UTC);
        }
        Matcher m = OFFSET.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        int hours = Integer.parseInt(m.group(3));
        int minutes;
        if (m.group(4) != null) {
            minutes = Integer.parseInt(m.group(4));
        } else if (m.group(5) != null) {
            minutes = switch (m.group(5)) {
                case "0", "00" -> 0;
                case "25" -> 15;
                case "5", "50" -> 30;
                case "75" -> 45;
                default -> -1;
            };
        } else {
            minutes = 0;
        }
        if (minutes < 0 || minutes > 59 || hours * 60 + minutes > 14 * 60) {
            return NOT_FOUND;
        }
        String signText = m.group(1) != null ? m.group(1) : m.group(2);
        int sign = signText.equals("-") ? -1 : 1;
        return found(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    /** "Munich, Germany", "I live in Penang": the longest run of words that names a place. */
    private ZoneMatch inParts(String folded) {
        List<String> words = new ArrayList<>();
        for (String part : SEPARATORS.split(folded)) {
            List<String> partWords = new ArrayList<>();
            for (String word : SPACES.split(part.strip())) {
                String key = key(word);
                if (!key.isEmpty()) {
                    partWords.add(key);
                }
            }
            // a run never crosses a comma: "Paris, Texas" is two places, not "paristexas"
            words.add(null);
            words.addAll(partWords);
        }
        words.add(null);
        if (words.size() > MAX_WORDS + 8) {
            words = words.subList(0, MAX_WORDS + 8);
        }
        for (int length = 4; length >= 1; length--) {
            List<ZoneMatch> hits = new ArrayList<>();
            for (int start = 0; start + length <= words.size(); start++) {
                StringBuilder run = new StringBuilder();
                boolean crossesPart = false;
                for (int i = start; i < start + length; i++) {
                    String word = words.get(i);
                    if (word == null) {
                        crossesPart = true;
                        break;
                    }
                    run.append(word);
                }
                if (crossesPart) {
                    continue;
                }
                String key = run.toString();
                ZoneMatch hit = longEnough(key) ? byName.get(key) : null;
                if (hit != null && !hits.contains(hit)) {
                    hits.add(hit);
                }
            }
            if (!hits.isEmpty()) {
                return combine(hits);
            }
        }
        return null;
    }

    /** "я в Москве": one word one edit away from a place ("москва"). */
    private ZoneMatch wordWithTypo(String folded) {
        List<ZoneMatch> hits = new ArrayList<>();
        String[] words = SPACES.split(SEPARATORS.matcher(folded).replaceAll(" ").strip());
        if (words.length < 2) {
            return NOT_FOUND;
        }
        for (int i = 0; i < words.length && i < MAX_WORDS; i++) {
            ZoneMatch hit = withTypo(key(words[i]));
            if (!(hit instanceof ZoneMatch.NotFound) && !hits.contains(hit)) {
                hits.add(hit);
            }
        }
        return hits.isEmpty() ? NOT_FOUND : combine(hits);
    }

    private ZoneMatch withTypo(String key) {
        int length = key.codePointCount(0, key.length());
        if (length < TYPO_MIN_LENGTH - 1) {
            return NOT_FOUND;
        }
        String[] candidates = typoCandidates.get(key.codePointAt(0));
        if (candidates == null) {
            return NOT_FOUND;
        }
        List<ZoneMatch> hits = new ArrayList<>();
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - key.length()) <= 1 && withinOneEdit(key, candidate)) {
                ZoneMatch hit = byName.get(candidate);
                if (!hits.contains(hit)) {
                    hits.add(hit);
                }
            }
        }
        // a short key near many names is a guess, not a typo
        return hits.isEmpty() || hits.size() > MAX_TYPO_GUESSES ? NOT_FOUND : combine(hits);
    }

    /** One substitution, insertion, deletion or swap of neighbours (optimal string alignment ≤ 1). */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    /** Places found: the ones naming a single zone win over countries with several. */
    private static ZoneMatch combine(List<ZoneMatch> hits) {
        if (hits.size() == 1) {
            return hits.get(0);
        }
        LinkedHashSet<ZoneId> single = new LinkedHashSet<>();
        LinkedHashSet<ZoneId> all = new LinkedHashSet<>();
        for (ZoneMatch hit : hits) {
            if (hit instanceof ZoneMatch.Found f) {
                single.add(f.zone());
                all.add(f.zone());
            } else if (hit instanceof ZoneMatch.Several s) {
                all.addAll(s.zones());
            }
        }
        return of(single.isEmpty() ? List.copyOf(all) : List.copyOf(single));
    }

    private static ZoneMatch of(List<ZoneId> zones) {
        if (zones.isEmpty()) {
            return NOT_FOUND;
        }
        if (zones.size() == 1) {
            return found(zones.get(0));
        }
        return new ZoneMatch.Several(zones.subList(0, Math.min(zones.size(), MAX_SEVERAL)));
    }

    private static ZoneMatch found(ZoneId zone) {
        return new ZoneMatch.Found(zone);
    }

    private static boolean longEnough(String key) {
        int length = key.codePointCount(0, key.length());
        return length >= 3 || (length == 2 && ideographic(key));
    }

    private static boolean ideographic(String key) {
        return key.codePoints().anyMatch(cp -> {
            int script = UScript.getScript(cp);
            return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.HANGUL;
        });
    }

    private static Map<Integer, String[]> typoBuckets(Set<String> keys) {
        Map<Integer, List<String>> buckets = new HashMap<>();
        for (String key : keys) {
            if (key.codePointCount(0, key.length()) >= TYPO_MIN_LENGTH) {
                buckets.computeIfAbsent(key.codePointAt(0), k -> new ArrayList<>()).add(key);
            }
        }
        Map<Integer, String[]> frozen = new HashMap<>();
        buckets.forEach((first, names) -> {
            String[] sorted = names.toArray(String[]::new);
            Arrays.sort(sorted); // a stable order, so a typo near several names always answers alike
            frozen.put(first, sorted);
        });
        return Map.copyOf(frozen);
    }

    private String telegramRegion(String telegramLanguageCode, String bundleLanguage) {
        if (telegramLanguageCode == null || telegramLanguageCode.isBlank()) {
            return "";
        }
        ULocale telegram = ULocale.forLanguageTag(telegramLanguageCode.strip().replace('_', '-'));
        String region = telegram.getCountry();
        if (region.isEmpty() && !telegram.getLanguage().isEmpty()
                && (!telegram.getScript().isEmpty() || !telegram.getLanguage().equals(bundleLanguage))) {
            region = ULocale.addLikelySubtags(telegram).getCountry();
        }
        return region.toUpperCase(Locale.ROOT);
    }

    private static String offsetText(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }

    private static String cityPart(String id) {
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private static List<ULocale> locales(Collection<String> languageTags) {
        LinkedHashMap<String, ULocale> locales = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>(languageTags);
        tags.add(Bundles.BASE);
        for (String tag : tags) {
            ULocale locale = ULocale.forLanguageTag(tag.strip().replace('_', '-'));
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("not a language tag: '" + tag + "'");
            }
            locales.putIfAbsent(locale.toLanguageTag(), locale);
            if (locale.getLanguage().equals("zh") && locale.getScript().isEmpty()) {
                locales.putIfAbsent("zh-Hant", ULocale.forLanguageTag("zh-Hant"));
            }
        }
        return List.copyOf(locales.values());
    }

    private record Point(ZoneId zone, double latitude, double longitude) {}

    /** A name's candidates while indexing: the strongest source wins, equal sources add up. */
    private static final class Candidates {
        int source;
        final List<ZoneMatch> matches = new ArrayList<>(1);

        Candidates(int source) {
            this.source = source;
        }
    }

    /** Mutable state of one build. */
    private static final class Indexing {
        final Set<String> javaIds = ZoneId.getAvailableZoneIds();
        /** CLDR's canonical location ids (Asia/Calcutta) to the zone handed out (Asia/Kolkata). */
        final Map<String, ZoneId> zoneOfCldr = new LinkedHashMap<>();
        final Map<String, ZoneId> byId = new HashMap<>();
        final Map<String, Integer> tableOrder = new HashMap<>();
        final List<Point> points = new ArrayList<>();
        final Map<String, ZoneMatch> regionMatch = new TreeMap<>();
        final Map<String, List<ZoneId>> regionZones = new HashMap<>();
        final Map<String, Candidates> names = new HashMap<>();
        final Map<ZoneId, ZoneMatch> founds = new HashMap<>();
        /** Most names repeat across languages ("Kuala Lumpur" in en, ms, es, de): normalise each once. */
        final Map<String, String> keys = new HashMap<>();
        final Map<String, ZoneMatch> aliasValues = new HashMap<>();

        Indexing() {
            for (String cldr : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                String iana = TimeZone.getIanaID(cldr);
                if (javaIds.contains(iana)) {
                    zoneOfCldr.put(cldr, ZoneId.of(iana));
                } else if (javaIds.contains(cldr)) {
                    zoneOfCldr.put(cldr, ZoneId.of(cldr));
                } // else a zone newer than this JDK's tz data (America/Coyhaique on some JDKs)
            }
            for (String id : javaIds) {
                putId(id);
            }
            for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.ANY, null, null)) {
                if (id.indexOf('/') > 0) {
                    putId(id);
                }
            }
        }

        private void putId(String id) {
            if (byId.containsKey(id.toLowerCase(Locale.ROOT))) {
                return;
            }
            ZoneId zone = zoneOf(id);
            if (zone != null) {
                byId.putIfAbsent(id.toLowerCase(Locale.ROOT), zone);
            }
        }

        /** The zone handed out for any id: canonical, and under its current IANA name. */
        ZoneId zoneOf(String id) {
            String canonical = TimeZone.getCanonicalID(id);
            if (canonical != null && zoneOfCldr.containsKey(canonical)) {
                return zoneOfCldr.get(canonical);
            }
            if (javaIds.contains(id)) {
                return ZoneId.of(id);
            }
            return canonical != null && javaIds.contains(canonical) ? ZoneId.of(canonical) : null;
        }

        void readCoordinates() {
            try (BufferedReader reader = new BufferedReader(open(COORDINATES))) {
                String line;
                int lineNumber = 0;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] columns = line.split("\t");
                    if (columns.length < 3) {
                        throw new IllegalStateException(COORDINATES + " line " + lineNumber + ": expected zone, latitude, longitude: " + line);
                    }
                    ZoneId zone = zoneOf(columns[0]);
                    if (zone == null) {
                        continue; // a zone newer than this JDK's tz data
                    }
                    tableOrder.putIfAbsent(zone.getId(), tableOrder.size());
                    points.add(new Point(zone, Double.parseDouble(columns[1]), Double.parseDouble(columns[2])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + COORDINATES, e);
            }
        }

        void indexCountries() {
            Map<String, List<ZoneId>> byRegion = new TreeMap<>();
            zoneOfCldr.forEach((cldr, zone) -> {
                String region = TimeZone.getRegion(cldr);
                if (region.length() == 2 && !UNOFFICIAL.contains(zone.getId())) {
                    byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(zone);
                }
            });
            Map<ZoneId, String> clocks = new HashMap<>();
            byRegion.forEach((region, zones) -> {
                List<String> principal = PRINCIPAL.getOrDefault(region, List.of());
                zones.sort(Comparator.<ZoneId>comparingInt(z -> principal.contains(z.getId()) ? principal.indexOf(z.getId()) : Integer.MAX_VALUE)
                        .thenComparingInt(z -> tableOrder.getOrDefault(z.getId(), Integer.MAX_VALUE))
                        .thenComparing(ZoneId::getId));
                LinkedHashMap<String, ZoneId> firstOfClock = new LinkedHashMap<>();
                for (ZoneId zone : zones) {
                    firstOfClock.putIfAbsent(zones.size() == 1 ? "" : clocks.computeIfAbsent(zone, Indexing::clock), zone);
                }
                List<ZoneId> distinct = List.copyOf(firstOfClock.values());
                regionZones.put(region, distinct);
                regionMatch.put(region, intern(of(distinct)));
            });
        }

        /** A zone's clock over the fixed window: its offset, then every transition. */
        private static String clock(ZoneId zone) {
            ZoneRules rules = zone.getRules();
            StringBuilder clock = new StringBuilder().append(rules.getOffset(RULES_FROM).getTotalSeconds());
            Instant at = RULES_FROM;
            ZoneOffsetTransition next;
            while ((next = rules.nextTransition(at)) != null && next.getInstant().isBefore(RULES_UNTIL)) {
                at = next.getInstant();
                clock.append(' ').append(at.getEpochSecond()).append('=').append(next.getOffsetAfter().getTotalSeconds());
            }
            return clock.toString();
        }

        void indexNames(ULocale locale) {
            TimeZoneNames zoneNames = TimeZoneNames.getInstance(locale);
            zoneOfCldr.forEach((cldr, zone) -> addName(zoneNames.getExemplarLocationName(cldr), CITY, zone));
            LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale);
            LocaleDisplayNames brief = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
            regionMatch.forEach((region, match) -> {
                for (LocaleDisplayNames names : List.of(full, brief)) {
                    String name = names.regionDisplayName(region);
                    if (name != null && !name.equalsIgnoreCase(region)) {
                        addName(name, COUNTRY, match);
                    }
                }
            });
        }

        void indexIdParts() {
            zoneOfCldr.forEach((cldr, zone) -> {
                for (String part : List.of(cityPart(cldr), cityPart(zone.getId()))) {
                    if (!NOT_PLACES.contains(key(part))) {
                        addName(part, CITY, zone);
                    }
                }
            });
            Set<ZoneId> locations = new HashSet<>(zoneOfCldr.values());
            for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.ANY, null, null)) {
                int slash = id.indexOf('/');
                if (slash > 0 && CONTINENTS.contains(id.substring(0, slash)) && !NOT_PLACES.contains(key(cityPart(id)))) {
                    ZoneId zone = zoneOf(id);
                    if (zone != null && locations.contains(zone)) {
                        addName(cityPart(id), LINK, zone);
                    }
                }
            }
        }

        /**
         * Reads the alias file: {@code key=value} lines, {@code #} comments. Keys are stored already
         * normalised (ZoneDirectoryTest checks it), so they are used as they stand.
         */
        void readAliases() {
            try (BufferedReader reader = new BufferedReader(open(ALIASES))) {
                String line;
                int lineNumber = 0;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#")) {
                        continue;
                    }
                    int equals = entry.indexOf('=');
                    if (equals <= 0) {
                        throw new IllegalStateException(ALIASES + " line " + lineNumber + ": expected name=zone, got '" + line + "'");
                    }
                    String name = entry.substring(0, equals).strip();
                    String value = entry.substring(equals + 1).strip();
                    ZoneMatch match = aliasValues.get(value);
                    if (match == null) {
                        match = intern(alias(name, value));
                        aliasValues.put(value, match);
                    }
                    put(name, ALIAS, match);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ALIASES, e);
            }
        }

        private ZoneMatch alias(String name, String value) {
            if (value.matches("[A-Z]{2}")) {
                ZoneMatch country = regionMatch.get(value);
                if (country == null) {
                    throw new IllegalStateException(ALIASES + ": " + name + "=" + value + " is not a region with a time zone");
                }
                return country;
            }
            List<ZoneId> zones = new ArrayList<>();
            for (String id : value.split(",")) {
                ZoneId zone = zoneOf(id.strip());
                if (zone == null) {
                    throw new IllegalStateException(ALIASES + ": " + name + "=" + value + " names an unknown zone '" + id.strip() + "'");
                }
                zones.add(zone);
            }
            return of(zones);
        }

        private void addName(String name, int source, ZoneId zone) {
            addName(name, source, intern(found(zone)));
        }

        private void addName(String name, int source, ZoneMatch match) {
            if (name == null) {
                return;
            }
            String key = keys.computeIfAbsent(name, ZoneDirectory::key);
            if (longEnough(key)) {
                put(key, source, match);
            }
        }

        private void put(String key, int source, ZoneMatch match) {
            Candidates candidates = names.get(key);
            if (candidates == null || source < candidates.source) {
                candidates = new Candidates(source);
                names.put(key, candidates);
            } else if (source > candidates.source) {
                return;
            }
            if (!candidates.matches.contains(match)) {
                candidates.matches.add(match);
            }
        }

        private ZoneMatch intern(ZoneMatch match) {
            if (match instanceof ZoneMatch.Found f) {
                return founds.computeIfAbsent(f.zone(), z -> match);
            }
            return match;
        }

        Map<String, ZoneMatch> finishNames() {
            Map<ZoneMatch, ZoneMatch> shared = new HashMap<>();
            Map<String, ZoneMatch> finished = new HashMap<>(names.size() * 4 / 3 + 1);
            names.forEach((key, candidates) -> {
                ZoneMatch match = candidates.matches.size() == 1 ? candidates.matches.get(0) : combine(candidates.matches);
                finished.put(key, shared.computeIfAbsent(match, m -> m));
            });
            return Map.copyOf(finished);
        }

        private static Reader open(String resource) {
            InputStream in = ZoneDirectory.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the classpath");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        }
    }

    /** Sizes of the index, for the start-up log and the benchmark. */
    String describe() {
        return byName.size() + " names, " + byId.size() + " ids, " + byRegion.size() + " regions, " + pointZones.length + " points";
    }
}
