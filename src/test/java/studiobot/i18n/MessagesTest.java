package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studiobot.chat.Arg;
import studiobot.chat.Msg;
import studiobot.testing.TestTexts;

class MessagesTest {
    private static Bundles shipped;

    @BeforeAll
    static void loadShippedBundles() {
        shipped = Bundles.load(Path.of("messages"));
    }

    private static Msg greeting(String name) {
        return Msg.of("greeting.client", "name", name, "studio", "Lumen Photo Studio");
    }

    @Test
    void load_messagesFolder_hasTheEightShippedLanguages() {
        assertThat(shipped.languageTags()).containsExactly("ar", "de", "el", "en", "es", "ms", "ru", "zh");
    }

    @Test
    void render_greetingInGreek_containsNameAndGreekText() {
        String text = new Messages(shipped).render("el", greeting("Maria"));

        assertThat(text).startsWith("Γεια σας, Maria! Καλώς ήρθατε στο <b>Lumen Photo Studio</b>.");
    }

    @Test
    void render_greetingInEnglish_doubledApostrophesBecomeOne() {
        String text = new Messages(shipped).render("en", greeting("Maria"));

        assertThat(text).startsWith("Hello, Maria! Welcome to <b>Lumen Photo Studio</b>. I'm the studio's front desk");
    }

    @Test
    void render_arabicLineStartingWithALatinName_isMarkedRightToLeft() {
        Msg away = Msg.of("handoff.taken", "photographer", "Anna", "client", "Maria");

        String arabic = new Messages(shipped).render("ar", away);
        String english = new Messages(shipped).render("en", away);

        assertThat(arabic).startsWith("\u200FAnna ");
        assertThat(com.ibm.icu.text.Bidi.getBaseDirection(arabic)).as("Telegram lays the message out right to left")
                .isEqualTo(com.ibm.icu.text.Bidi.RTL);
        assertThat(english).doesNotContain("\u200F");
    }

    @Test
    void anchoredRightToLeft_marksOnlyLinesThatWouldStartLeftToRight() {
        assertThat(Messages.anchoredRightToLeft("{photographer} في العمل\n✅ <b>تم</b>\n\n{text}\n<b>{name}</b> – {price}\nAnna مرحبا\n<i>{items}</i>"))
                .isEqualTo("\u200F{photographer} في العمل\n✅ <b>تم</b>\n\n{text}\n\u200F<b>{name}</b> – {price}\n\u200FAnna مرحبا\n<i>{items}</i>");
        assertThat(Messages.anchoredRightToLeft("<b>{client}</b> أرسل")).isEqualTo("\u200F<b>{client}</b> أرسل");
        assertThat(Messages.anchoredRightToLeft("\n📍 {place}")).as("a leading line break stays").isEqualTo("\n\u200F📍 {place}");
        assertThat(Messages.anchoredRightToLeft("\n\n{items}\n")).isEqualTo("\n\n{items}\n");
    }

    @Test
    void render_everyArabicMessage_readsRightToLeftWithLatinNamesInIt() {
        Messages messages = new Messages(shipped);
        for (String key : shipped.bundle("ar").orElseThrow().patterns().keySet()) {
            if (key.endsWith(".keywords") || key.endsWith(".words")) {
                continue;
            }
            String text = messages.render("ar", java.time.ZoneId.of("Europe/Athens"), java.time.Instant.parse("2026-12-01T08:00:00Z"),
                    new Msg(key, sampleArguments()));
            String firstLine = text.split("\n", 2)[0].replaceAll("<[^>]+>", "");
            if (firstLine.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {
                assertThat(com.ibm.icu.text.Bidi.getBaseDirection(firstLine)).as(key + ": " + firstLine).isNotEqualTo(com.ibm.icu.text.Bidi.LTR);
            }
        }
    }

    @Test
    void malayTexts_haveNoEnglishLeftInThem() {
        java.util.regex.Pattern english = java.util.regex.Pattern.compile(
                "(?i)\\b(retouch\\w*|sneak ?peek|chat|online|link|booking|slot|deposit|photo shoot|gallery|edit(ed|ing)?)\\b");
        shipped.bundle("ms").orElseThrow().patterns().forEach((key, pattern) -> {
            if (key.endsWith(".keywords") || key.endsWith(".words")) {
                return; // what clients type, loanwords included
            }
            // placeholders, select keys and commands are syntax, not words a reader reads
            String words = pattern.replaceAll("\\{\\w+", "").replaceAll("\\b\\w+ ?\\{", "").replaceAll("/\\w+", "")
                    .replaceAll("<[^>]+>", "");
            assertThat(english.matcher(words).find()).as("%s: %s", key, pattern).isFalse();
        });
    }

    @Test
    void arabicTexts_addressTheReaderInOneForm_theSingular() {
        // the plural address the FAQ answers used beside the singular of every other text
        java.util.regex.Pattern plural = java.util.regex.Pattern.compile(
                "(يمكنكم|لكم|مصوّركم|تحصلون|سترون|اكتبوا|أرسلوا|اختاروا|أحضروا|اسألونا|منزلكم|صوركم|عنكم|بأنفسكم)");
        shipped.bundle("ar").orElseThrow().patterns().forEach((key, pattern) -> {
            if (key.endsWith(".keywords") || key.endsWith(".words") || key.endsWith(".question")) {
                return; // what clients type, and the questions in the client's own voice
            }
            assertThat(plural.matcher(pattern).find()).as("%s: %s", key, pattern).isFalse();
        });
    }

    @Test
    void render_nameWithMarkup_isHtmlEscapedButPatternMarkupKept() {
        String text = new Messages(shipped).render("en", greeting("<b>Bob & Co</b>"));

        assertThat(text).startsWith("Hello, &lt;b&gt;Bob &amp; Co&lt;/b&gt;! Welcome to <b>Lumen Photo Studio</b>.");
    }

    @Test
    void render_nameWithQuote_isEscaped() {
        String text = new Messages(shipped).render("en", greeting("\"Bo\""));

        assertThat(text).startsWith("Hello, &quot;Bo&quot;!");
    }

    @Test
    void render_keyMissingInLanguage_fallsBackToEnglish() {
        Bundles bundles = new Bundles(Map.of(
                "en", new Bundle("en", Map.of("only.en", "Hello, {name}!")),
                "el", new Bundle("el", Map.of())));

        assertThat(new Messages(bundles).render("el", Msg.of("only.en", "name", "Bob"))).isEqualTo("Hello, Bob!");
    }

    @Test
    void render_unknownLanguage_usesEnglish() {
        assertThat(new Messages(shipped).render("fr", Msg.of("menu.help"))).isEqualTo("❓ Help");
    }

    @Test
    void render_keyMissingEverywhere_rendersMarkedKey() {
        assertThat(new Messages(shipped).render("el", Msg.of("no.such.key"))).isEqualTo("⟦no.such.key⟧");
    }

    @Test
    void render_verbatim_escapedNotLookedUp() {
        assertThat(new Messages(shipped).render("el", Msg.verbatim("a<b"))).isEqualTo("a&lt;b");
    }

    @Test
    void render_icuPlural_oneAndOtherInEnglish() {
        Bundles bundles = new Bundles(Map.of("en", new Bundle("en",
                Map.of("photos", "{count, plural, one {# photo} other {# photos}}"))));
        Messages messages = new Messages(bundles);

        assertThat(messages.render("en", Msg.of("photos", "count", 1))).isEqualTo("1 photo");
        assertThat(messages.render("en", Msg.of("photos", "count", 25))).isEqualTo("25 photos");
    }

    @Test
    void replace_newBundles_rendersNewPatternForSameKey() {
        Messages messages = new Messages(new Bundles(Map.of("en", new Bundle("en", Map.of("k", "old {name}")))));
        assertThat(messages.render("en", Msg.of("k", "name", "x"))).isEqualTo("old x");

        messages.replace(new Bundles(Map.of("en", new Bundle("en", Map.of("k", "new {name}")))));

        assertThat(messages.render("en", Msg.of("k", "name", "x"))).isEqualTo("new x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"el", "ms", "zh"})
    void missingKeys_shippedLanguage_none(String tag) {
        assertThat(BundleCheck.check(Path.of("messages")))
                .filteredOn(p -> p.file().getFileName().toString().equals(tag + ".properties") && p.message().startsWith("missing"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "el", "ms", "zh", "ru", "es", "de", "ar"})
    void render_everyEnglishKey_rendersWithoutPlaceholdersLeft(String tag) {
        Messages messages = new Messages(shipped);
        Map<String, Object> args = sampleArguments();

        assertThat(shipped.base().patterns().keySet()).hasSizeGreaterThan(10).allSatisfy(key -> {
            String text = messages.render(tag, new Msg(key, args));
            assertThat(text).as("%s in %s", key, tag)
                    .isNotBlank()
                    .doesNotContain("⟦")
                    .satisfies(t -> assertThat(t.replace("{nme}", "")).doesNotContain("{", "}"));
        });
    }

    /** A value for every argument any shipped text takes, the names Latin (Maria, Anna) as a Greek or English studio's would be. */
    private static Map<String, Object> sampleArguments() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", "Maria");
        args.put("studio", "Lumen Photo Studio");
        args.put("command", "/foo");
        args.put("language", "Ελληνικά");
        args.put("zone", new studiobot.chat.Arg.Zone(java.time.ZoneId.of("Europe/Athens")));
        args.put("time", new studiobot.chat.Arg.TimeOfDay(java.time.Instant.parse("2026-12-01T08:00:00Z")));
        args.put("text", "Atlantis");
        args.put("file", "el.properties");
        args.put("details", "• 12: greeting.client: unknown placeholder {nme}");
        args.put("count", 3);
        java.time.Instant at = java.time.Instant.parse("2026-12-02T08:00:00Z");
        args.put("client", "Maria");
        args.put("photographer", "Anna");
        args.put("kind", "photo");
        args.put("asked", new studiobot.chat.Arg.Relative(at));
        args.put("deadline", new studiobot.chat.Arg.Relative(at));
        args.put("opening", new studiobot.chat.Arg.Relative(at));
        args.put("promise", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(24)));
        args.put("duration", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(8)));
        args.put("price", new studiobot.chat.Arg.Money(new java.math.BigDecimal("1800"), java.util.Currency.getInstance("EUR")));
        args.put("photos", 400);
        args.put("description", "From the preparations to the first dance.");
        args.put("editing", "full retouching");
        args.put("title", Msg.of("packages.title"));
        args.put("items", java.util.List.of(Msg.of("package.wedding.name")));
        // booking and agenda
        args.put("package", Msg.of("package.wedding.name"));
        args.put("when", new studiobot.chat.Arg.DateTime(at));
        args.put("from", new studiobot.chat.Arg.DateTime(at));
        args.put("at", new studiobot.chat.Arg.DateTime(at));
        args.put("other", new studiobot.chat.Arg.TimeIn(at, java.time.ZoneId.of("Asia/Kuala_Lumpur")));
        args.put("clientTime", new studiobot.chat.Arg.TimeIn(at, java.time.ZoneId.of("Asia/Kuala_Lumpur")));
        args.put("day", new studiobot.chat.Arg.Day(java.time.LocalDate.of(2026, 12, 2)));
        args.put("month", new studiobot.chat.Arg.Month(java.time.YearMonth.of(2026, 12)));
        args.put("horizon", new studiobot.chat.Arg.Length(java.time.Duration.ofDays(60)));
        args.put("cutoff", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(48)));
        args.put("number", 1);
        args.put("changes", 2);
        args.put("noShows", 1);
        args.put("score", 4);
        args.put("url", "https://example.com/review-us");
        args.put("remedy", studiobot.chat.Msg.of("feedback.remedy.reedit"));
        args.put("days", 8);
        args.put("question", Msg.of("package.wedding.question.venue"));
        args.put("answer", "Chapel of St. George");
        args.put("notice", Msg.of("booking.day.full"));
        args.put("beside", Msg.of("booking.times.studio"));
        args.put("answers", Msg.verbatim(""));
        args.put("place", "Ermou 12, 105 63 Athens");
        args.put("upcoming", Msg.of("booking.mine.noneUpcoming"));
        args.put("past", Msg.verbatim(""));
        args.put("studio", "Lumen Photo Studio");
        args.put("status", "done");
        args.put("done", "yes");
        args.put("delivery", Msg.verbatim(""));
        args.put("reason", Msg.verbatim("quiet for 2 days"));
        args.put("clientTime", new studiobot.chat.Arg.NowIn(java.time.ZoneId.of("Asia/Kuala_Lumpur")));
        args.put("lastIn", Msg.verbatim("💬 Thanks!"));
        args.put("lastOut", Msg.verbatim("📤 See you"));
        args.put("checkIn", new Msg.InLanguage("en", Msg.verbatim("Hello")));
        args.put("translation", Msg.verbatim(""));
        args.put("waiting", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(26)));
        args.put("usual", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(2)));
        args.put("left", new studiobot.chat.Arg.Length(java.time.Duration.ofDays(1)));
        args.put("window", new studiobot.chat.Arg.Length(java.time.Duration.ofDays(90)));
        args.put("since", new studiobot.chat.Arg.Length(java.time.Duration.ofDays(300)));
        args.put("step", "time");
        args.put("lastShoot", new studiobot.chat.Arg.DateTime(at));
        args.put("years", 2);
        args.put("on", new studiobot.chat.Arg.Day(java.time.LocalDate.of(2026, 12, 7)));
        args.put("until", new studiobot.chat.Arg.DateTime(at));
        args.put("offer", Msg.of("nudge.offer"));
        args.put("sneakPeekWithin", new studiobot.chat.Arg.Length(java.time.Duration.ofDays(3)));
        args.put("galleryWithin", new studiobot.chat.Arg.Length(java.time.Duration.ofDays(14)));
        args.put("changeCutoff", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(48)));
        args.put("minNotice", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(24)));
        args.put("scope", "Anna");
        args.put("bookings", 12);
        args.put("reschedules", 2);
        args.put("cancellations", 1);
        args.put("noShows", 0);
        args.put("rating", Msg.verbatim("⭐ 4.6"));
        args.put("answers", Msg.verbatim("💬 3"));
        args.put("nudges", Msg.verbatim("🔔 2"));
        args.put("comments", Msg.verbatim(""));
        args.put("count", 5);
        args.put("average", new java.math.BigDecimal("4.6"));
        args.put("five", 3);
        args.put("four", 2);
        args.put("three", 0);
        args.put("two", 0);
        args.put("one", 0);
        args.put("forwarded", 3);
        args.put("answered", 3);
        args.put("kept", 2);
        args.put("raised", 2);
        args.put("checkIn", 1);
        args.put("snoozed", 0);
        args.put("handled", 1);
        args.put("lost", 0);
        args.put("open", 0);
        args.put("median", new studiobot.chat.Arg.Length(java.time.Duration.ofMinutes(200)));
        args.put("promise", new studiobot.chat.Arg.Length(java.time.Duration.ofHours(24)));
        args.put("example", new studiobot.chat.Arg.Date(java.time.LocalDate.of(2027, 3, 12)));
        args.put("date", new studiobot.chat.Arg.Date(java.time.LocalDate.of(2027, 3, 12)));
        args.put("kind", "peek");
        args.put("late", "no");
        args.put("by", new studiobot.chat.Arg.DateTime(at));
        args.put("within", new studiobot.chat.Arg.Length(java.time.Duration.ofDays(3)));
        args.put("max", 10);
        args.put("photos", 2);
        args.put("length", 1200);
        args.put("link", "https://example.com/gallery");
        args.put("line", Msg.verbatim(""));
        args.put("protected", "yes");
        args.put("peek", Msg.verbatim("📷 sent"));
        args.put("gallery", Msg.verbatim(""));
        args.put("firstSeen", new studiobot.chat.Arg.Date(java.time.LocalDate.of(2026, 11, 23)));
        args.put("lines", 43);
        args.put("notes", 0);
        args.put("questions", 1);
        args.put("ratings", 1);
        args.put("toCome", 1);
        args.put("cancelled", 1);
        args.put("missing", 3);
        args.put("detail", "Unmatched braces");
        args.put("lacking", "few");
        args.put("needed", "one, few, many, other");
        args.put("foreign", "two");
        args.put("tag", "<div>");
        args.put("allowed", "b, i");
        args.put("near", "Tom & Jerry");
        args.put("limit", 64);
        args.put("what", "hours");
        args.put("set", "yes");
        args.put("ranges", Msg.verbatim("9–13"));
        args.put("to", new studiobot.chat.Arg.TimeOfDay(at));
        args.put("first", Msg.verbatim("a"));
        args.put("rest", Msg.verbatim("b"));
        args.put("part", "wed nine");
        args.put("parts", 3);
        args.put("facts", "address, changeCutoff");
        args.put("hasAddress", "yes");
        args.put("address", "Ermou 12");
        args.put("members", Msg.verbatim("Anna"));
        args.put("source", "config");
        args.put("packages", 2);
        args.put("offered", Msg.verbatim("Portrait"));
        args.put("hours", Msg.verbatim("Mo"));
        args.put("stale", 1);
        args.put("query", "Studio");
        args.put("listed", 8);
        args.put("key", "help.client");
        args.put("walk", "walk");
        args.put("current", Msg.verbatim("Hilfe"));
        args.put("english", Msg.verbatim("Help"));
        args.put("placeholders", Msg.verbatim("studio"));
        args.put("list", "studio “Lumen”");
        args.put("admin", "Eva");
        args.put("problems", "• help.client: studio is missing");

        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"el", "ms", "zh", "ru", "es", "de", "ar"})
    void render_languageName_isTheLanguagesOwnNotEnglish(String tag) {
        String text = new Messages(shipped).render(tag, Msg.of("language.name"));

        assertThat(text).isNotEqualTo("English").isEqualTo(shipped.bundle(tag).orElseThrow().pattern("language.name").orElseThrow());
    }

    private static String problems(String tag, int count) {
        String text = new Messages(shipped).render(tag, new Msg("admin.bundles.refused",
                Map.of("file", "el.properties", "count", count, "details", "")));
        return text;
    }

    @Test
    void render_arabicPlural_usesAllSixCategories() {
        assertThat(problems("ar", 0)).contains("لا توجد مشكلات");
        assertThat(problems("ar", 1)).contains("مشكلة واحدة");
        assertThat(problems("ar", 2)).contains("مشكلتان");
        assertThat(problems("ar", 3)).contains("3 مشكلات");
        assertThat(problems("ar", 11)).contains("11 مشكلة");
        assertThat(problems("ar", 100)).contains("100 مشكلة");
    }

    @Test
    void render_russianPlural_oneFewMany() {
        assertThat(problems("ru", 1)).contains("1 проблема");
        assertThat(problems("ru", 3)).contains("3 проблемы");
        assertThat(problems("ru", 5)).contains("5 проблем");
        assertThat(problems("ru", 21)).contains("21 проблема");
        assertThat(problems("ru", 22)).contains("22 проблемы");
    }

    @Test
    void render_chinesePlural_hasOneFormForEveryCount() {
        assertThat(problems("zh", 1)).contains("1 个问题");
        assertThat(problems("zh", 7)).contains("7 个问题");
    }

    @Test
    void render_englishPlural_oneAndOther() {
        assertThat(problems("en", 1)).contains(": 1 problem.");
        assertThat(problems("en", 4)).contains(": 4 problems.");
    }

    // The texts the conversation tests check by key and arguments, rendered: escaping, times in the
    // reader's zone, zone names, money, plurals and nested messages, in the languages they used.

    private static final Instant TUESDAY_10_IN_ATHENS = Instant.parse("2026-12-01T08:00:00Z");
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");

    /** Zone names from the zone directory (cities in the reader's language), as the bot names them. */
    private static Messages named() {
        return TestTexts.messages(shipped);
    }

    /** ICU puts narrow no-break spaces in times and numbers ("4:00\u202fPM"); compare them as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void render_questionForThePhotographer_clientsWordsEscapedAndTheirLocalTimeInTheReadersFormat() {
        Msg question = Msg.of("handoff.question", Map.of(
                "client", "Maria",
                "language", "Ελληνικά",
                "time", new Arg.TimeIn(TUESDAY_10_IN_ATHENS, KUALA_LUMPUR),
                "text", "Μπορώ να φέρω τον <b>σκύλο</b> μου & τη γάτα;"));

        assertThat(plain(named().render("el", ATHENS, TUESDAY_10_IN_ATHENS, question)))
                .startsWith("💬 <b>")
                .contains("Maria").contains("Ελληνικά").contains("4:00 μ.μ.")
                .endsWith("\n\nΜπορώ να φέρω τον &lt;b&gt;σκύλο&lt;/b&gt; μου &amp; τη γάτα;");
    }

    @Test
    void render_answerExpected_relativeTimeAndZoneNameInTheReadersZoneAndLanguage() {
        Msg working = Msg.of("handoff.sent.working", Map.of(
                "photographer", "Anna",
                "deadline", new Arg.Relative(TUESDAY_10_IN_ATHENS.plus(Duration.ofHours(24))),
                "opening", new Arg.Relative(TUESDAY_10_IN_ATHENS.plus(Duration.ofHours(24))),
                "zone", new Arg.Zone(KUALA_LUMPUR)));

        assertThat(plain(named().render("el", KUALA_LUMPUR, TUESDAY_10_IN_ATHENS, working)))
                .contains("Anna").contains("αύριο, 4:00 μ.μ.").contains("Κουάλα Λουμπούρ (UTC+08:00)");
    }

    @Test
    void render_photographerAway_whenBackAndTheLatestAnswerInEnglish() {
        Instant evening = Instant.parse("2026-12-01T19:00:00Z");
        Msg away = Msg.of("handoff.sent.away", Map.of(
                "photographer", "Anna",
                "opening", new Arg.Relative(Instant.parse("2026-12-02T07:00:00Z")),
                "deadline", new Arg.Relative(Instant.parse("2026-12-02T19:00:00Z")),
                "zone", new Arg.Zone(ATHENS)));

        assertThat(plain(named().render("en", ATHENS, evening, away))).isEqualTo(
                "Anna is not at work right now and will be back tomorrow, 9:00 AM; you will have an answer here tomorrow, 9:00 PM at the latest (Athens (UTC+02:00)).");
    }

    @Test
    void render_mediaFromAClient_kindSelectedInTheReadersLanguage() {
        assertThat(new Messages(shipped).render("el", Msg.of("handoff.media", "client", "Maria", "kind", "photo")))
                .isEqualTo("📎 <b>Maria</b> έστειλε μια φωτογραφία:");
    }

    /** A package list as the front desk says it: the items are messages inside the message. */
    private static Msg packageList() {
        return Msg.of("packages.list", Map.of("title", Msg.of("packages.title"), "items", List.of(
                packageItem("portrait", Duration.ofHours(1), 25, "150"),
                packageItem("wedding", Duration.ofHours(8), 400, "1800"))));
    }

    private static Msg packageItem(String id, Duration duration, int photos, String price) {
        return Msg.of("packages.item", Map.of(
                "name", Msg.of("package." + id + ".name"),
                "description", Msg.of("package." + id + ".description"),
                "editing", Msg.of("package." + id + ".editing"),
                "duration", new Arg.Length(duration),
                "photos", photos,
                "price", new Arg.Money(new BigDecimal(price), Currency.getInstance("EUR"))));
    }

    @Test
    void render_packageList_eachItemWithPluralPhotosLengthAndPrice() {
        assertThat(plain(new Messages(shipped).render("en", packageList())))
                .startsWith("<b>Our packages</b>\n\n<b>Portrait session</b> – €150.00\n")
                .contains("⏱ 1 hour · 📷 25 edited photos · ✨ natural retouching")
                .contains("<b>Wedding day</b> – €1,800.00")
                .contains("⏱ 8 hours · 📷 400 edited photos");
    }

    @Test
    void render_packageListInGreekAndRussian_theirNumberFormatsInsideTheItems() {
        assertThat(plain(new Messages(shipped).render("el", packageList()))).contains("1.800,00 €").contains("400 επεξεργασμένες φωτογραφίες");
        assertThat(plain(new Messages(shipped).render("ru", packageList()))).contains("1 800,00 €").contains("400 обработанных фотографий");
    }

    @Test
    void render_zoneSet_zoneNamedInTheReadersLanguageWithTheTimeThere() {
        Msg athens = Msg.of("timezone.set", "zone", new Arg.Zone(ATHENS), "time", new Arg.TimeOfDay(TUESDAY_10_IN_ATHENS));
        Msg kualaLumpur = Msg.of("timezone.set", "zone", new Arg.Zone(KUALA_LUMPUR), "time", new Arg.TimeOfDay(TUESDAY_10_IN_ATHENS));
        Msg offset = Msg.of("timezone.set", "zone", new Arg.Zone(ZoneId.of("+05:30")), "time", new Arg.TimeOfDay(TUESDAY_10_IN_ATHENS));

        assertThat(plain(named().render("el", ATHENS, TUESDAY_10_IN_ATHENS, athens)))
                .isEqualTo("Εντάξει: η ζώνη ώρας σας είναι Αθήνα (UTC+02:00) (ώρα τώρα εκεί: 10:00 π.μ.).");
        assertThat(plain(named().render("zh", KUALA_LUMPUR, TUESDAY_10_IN_ATHENS, kualaLumpur))).contains("吉隆坡 (UTC+08:00)").contains("16:00");
        assertThat(plain(named().render("en", KUALA_LUMPUR, TUESDAY_10_IN_ATHENS, kualaLumpur)))
                .isEqualTo("Got it: your time zone is Kuala Lumpur (UTC+08:00). It is 4:00 PM there now.");
        assertThat(plain(named().render("de", ZoneId.of("+05:30"), TUESDAY_10_IN_ATHENS, offset))).contains("UTC+05:30");
    }

    @Test
    void render_currentZone_namedInTheReadersLanguage() {
        Msg current = Msg.of("timezone.current", "zone", new Arg.Zone(ATHENS), "time", new Arg.TimeOfDay(TUESDAY_10_IN_ATHENS));

        assertThat(plain(named().render("el", ATHENS, TUESDAY_10_IN_ATHENS, current))).startsWith("Η ζώνη ώρας σας είναι Αθήνα (UTC+02:00)");
    }

    // The booking texts the booking conversation tests check by key and arguments, rendered: the
    // reader's time with the other side's beside it, the calendar's heading by language, escaped
    // answers, counted changes. Maria books from Kuala Lumpur (UTC+8), Anna shoots in Athens (UTC+2).

    /** Monday 23 November 2026, 16:00 in Kuala Lumpur: when Maria books. */
    private static final Instant MONDAY_IN_NOVEMBER = Instant.parse("2026-11-23T08:00:00Z");
    /** Tuesday 24 November 2026, 16:00 in Kuala Lumpur, 10:00 in Athens. */
    private static final Instant TUESDAY_SHOOT = Instant.parse("2026-11-24T08:00:00Z");
    private static final Msg PORTRAIT = Msg.of("package.portrait.name");

    private static String bookingText(String tag, ZoneId zone, Msg msg) {
        return plain(named().render(tag, zone, MONDAY_IN_NOVEMBER, msg));
    }

    private static String bookingLabel(String tag, ZoneId zone, Msg msg) {
        return plain(named().renderLabel(tag, zone, MONDAY_IN_NOVEMBER, msg));
    }

    /** A moment for the client, with the studio's time beside it. */
    private static Msg whenForClient(Instant at) {
        return Msg.of("booking.when.studio", "when", new Arg.DateTime(at), "other", new Arg.TimeIn(at, ATHENS));
    }

    /** A moment for the photographer, with the client's time beside it. */
    private static Msg whenForPhotographer(Instant at) {
        return Msg.of("booking.when.client", "when", new Arg.DateTime(at), "other", new Arg.TimeIn(at, KUALA_LUMPUR));
    }

    private static Msg answered(String packageId, String question, Msg answer) {
        return Msg.of("booking.answers", "items", List.of(Msg.of("booking.answer",
                "question", Msg.of("package." + packageId + ".question." + question), "answer", answer)));
    }

    @Test
    void firstDayOfWeek_byLanguage_sundayInEnglishMondayInGreek() {
        assertThat(named().firstDayOfWeek("en")).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(named().firstDayOfWeek("el")).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void renderLabel_calendarHeadingInEnglish_monthAndYearThenTwoLetterWeekdays() {
        assertThat(bookingLabel("en", KUALA_LUMPUR, Msg.of("booking.calendar.month", "month", new Arg.Month(java.time.YearMonth.of(2026, 11)))))
                .isEqualTo("November 2026");
        assertThat(java.util.Arrays.stream(new java.time.DayOfWeek[] {java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY,
                        java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                        java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY})
                .map(d -> bookingLabel("en", KUALA_LUMPUR, Msg.of("booking.calendar.weekday", "day", new Arg.Weekday(d)))))
                .containsExactly("Su", "Mo", "Tu", "We", "Th", "Fr", "Sa");
    }

    @Test
    void renderLabel_timeButton_readersTimeWithTheOtherSidesInBrackets() {
        Instant evening = Instant.parse("2026-11-24T15:00:00Z");
        Instant friday = Instant.parse("2026-11-27T12:00:00Z");

        assertThat(bookingLabel("en", KUALA_LUMPUR, Msg.of("booking.slot.beside", "time", new Arg.TimeOfDay(TUESDAY_SHOOT),
                "other", new Arg.TimeIn(TUESDAY_SHOOT, ATHENS)))).isEqualTo("4:00 PM (10:00 AM)");
        assertThat(bookingLabel("en", KUALA_LUMPUR, Msg.of("booking.slot.beside", "time", new Arg.TimeOfDay(evening),
                "other", new Arg.TimeIn(evening, ATHENS)))).isEqualTo("11:00 PM (5:00 PM)");
        assertThat(bookingLabel("el", ATHENS, Msg.of("booking.slot.beside", "time", new Arg.TimeOfDay(friday),
                "other", new Arg.TimeIn(friday, KUALA_LUMPUR)))).isEqualTo("2:00 μ.μ. (8:00 μ.μ.)");
        assertThat(bookingLabel("en", ATHENS, Msg.of("booking.slot", "time", new Arg.TimeOfDay(TUESDAY_SHOOT)))).isEqualTo("10:00 AM");
    }

    @Test
    void render_bookingSteps_inTheClientsZoneWithTheStudiosTimeBesideAndHerAnswerEscaped() {
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.calendar", "package", PORTRAIT, "zone", new Arg.Zone(KUALA_LUMPUR))))
                .contains("Times are in your time zone, Kuala Lumpur (UTC+08:00)");
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.times", Map.of("package", PORTRAIT,
                "day", new Arg.Day(java.time.LocalDate.of(2026, 11, 24)), "zone", new Arg.Zone(KUALA_LUMPUR),
                "beside", Msg.of("booking.times.studio")))))
                .startsWith("<b>Portrait session</b> on Tuesday, November 24: choose a time.")
                .contains("The studio's own time is in brackets.");
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.question", Map.of("number", 1, "count", 1, "package", PORTRAIT,
                "question", Msg.of("package.portrait.question.purpose")))))
                .contains("question 1 of 1").contains("What are the photos for");

        String summary = bookingText("en", KUALA_LUMPUR, Msg.of("booking.summary", Map.of(
                "package", PORTRAIT,
                "when", whenForClient(TUESDAY_SHOOT),
                "photographer", "Anna",
                "duration", new Arg.Length(Duration.ofHours(1)),
                "price", new Arg.Money(new BigDecimal("150"), Currency.getInstance("EUR")),
                "answers", answered("portrait", "purpose", Msg.verbatim("A gift for my mum <3 & dad")))));

        assertThat(summary).contains("🗓 Tuesday, November 24, 2026 at 4:00 PM (10:00 AM studio time)")
                .contains("📷 Anna").contains("⏱ 1 hour").contains("💶 €150.00")
                .endsWith("A gift for my mum &lt;3 &amp; dad");
    }

    @Test
    void render_moveSteps_fromTheOldTimeToTheNew() {
        Instant thursday = Instant.parse("2026-11-26T08:00:00Z");
        Instant friday = Instant.parse("2026-11-27T10:00:00Z");

        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.calendar.move", Map.of("package", PORTRAIT, "from", new Arg.DateTime(thursday),
                "zone", new Arg.Zone(KUALA_LUMPUR))))).startsWith("Moving <b>Portrait session</b>");
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.summary.move", Map.of("package", PORTRAIT, "from", new Arg.DateTime(thursday),
                "when", whenForClient(friday), "photographer", "Anna", "duration", new Arg.Length(Duration.ofHours(1))))))
                .contains("from Thursday, November 26, 2026 at 4:00 PM").contains("to 🗓 Friday, November 27, 2026 at 6:00 PM");
    }

    @Test
    void render_skippedAnswer_isADashUnderItsQuestion() {
        assertThat(bookingText("en", KUALA_LUMPUR, answered("wedding", "shots", Msg.of("booking.answer.skipped"))))
                .endsWith("people who mean a lot to you.</b>\n–");
    }

    @Test
    void render_newsToTheClient_dateTimeInTheirZoneWithTheStudiosTimeBeside() {
        Instant thursday = Instant.parse("2026-11-26T08:00:00Z");
        Instant lateThursday = Instant.parse("2026-11-26T15:00:00Z");
        Instant friday = Instant.parse("2026-11-27T12:00:00Z");

        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.confirmed", Map.of("package", PORTRAIT, "photographer", "Anna",
                "when", whenForClient(TUESDAY_SHOOT), "studio", "Lumen Photo Studio"))))
                .startsWith("✅ <b>Booked!</b> Portrait session with Anna, Tuesday, November 24, 2026 at 4:00 PM (10:00 AM studio time).");
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.reminder", Map.of("package", PORTRAIT, "photographer", "Anna",
                "when", new Arg.DateTime(lateThursday), "studio", "Lumen Photo Studio"))))
                .startsWith("⏰ A reminder from <b>Lumen Photo Studio</b>: your Portrait session with Anna is on Thursday, November 26, 2026 at 11:00 PM.");
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.moved.byStudio", Map.of("package", PORTRAIT, "photographer", "Anna",
                "when", whenForClient(friday)))))
                .contains("Anna has moved your Portrait session. It is now Friday, November 27, 2026 at 8:00 PM (2:00 PM studio time).");
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.cancelled.byStudio", Map.of("package", PORTRAIT, "photographer", "Anna",
                "when", whenForClient(thursday)))))
                .isEqualTo("ℹ️ Anna has had to cancel your Portrait session of Thursday, November 26, 2026 at 4:00 PM (10:00 AM studio time)."
                        + " We are sorry. Write to us, and we'll find another time together.");
    }

    @Test
    void render_myBookings_eachWithTheStudiosTimeBesideADoneOneTicked() {
        Instant thursday = Instant.parse("2026-11-26T08:00:00Z");
        Msg item = Msg.of("booking.mine.item", Map.of("package", PORTRAIT, "when", whenForClient(thursday), "photographer", "Anna", "done", "no"));
        Msg done = Msg.of("booking.mine.item", Map.of("package", PORTRAIT, "when", whenForClient(thursday), "photographer", "Anna", "done", "yes"));

        assertThat(bookingText("en", KUALA_LUMPUR, item))
                .contains("Portrait session with Anna, Thursday, November 26, 2026 at 4:00 PM (10:00 AM studio time)").doesNotContain("✓");
        assertThat(bookingText("en", KUALA_LUMPUR, done)).endsWith(" ✓");
        assertThat(bookingLabel("en", KUALA_LUMPUR, Msg.of("booking.mine.open", "package", PORTRAIT, "day", new Arg.Day(java.time.LocalDate.of(2026, 11, 26)))))
                .isEqualTo("📅 Portrait session, Thursday, November 26");
    }

    @Test
    void render_tooLate_theCutoffInWordsAndWhomToWrite() {
        assertThat(bookingText("en", KUALA_LUMPUR, Msg.of("booking.tooLate", "cutoff", new Arg.Length(Duration.ofHours(48)), "photographer", "Anna")))
                .isEqualTo("Your shoot is less than 2 days away, so it can no longer be changed here. Please write to Anna, who will gladly help.");
    }

    @Test
    void render_alertsToThePhotographerInGreek_theClientsTimeBesideAndTheirChangesCounted() {
        Instant friday = Instant.parse("2026-11-27T10:00:00Z");
        Msg answers = answered("portrait", "purpose", Msg.verbatim("A gift for my mum <3 & dad"));

        assertThat(bookingText("el", ATHENS, Msg.of("booking.alert.new", Map.of("package", PORTRAIT, "when", whenForPhotographer(TUESDAY_SHOOT),
                "client", "Maria", "language", "English", "answers", answers))))
                .contains("Maria").contains("English").contains("10:00 π.μ.").contains("4:00 μ.μ.")
                .contains("A gift for my mum &lt;3 &amp; dad");
        assertThat(bookingText("el", ATHENS, Msg.of("booking.alert.moved", Map.of("package", PORTRAIT, "client", "Maria",
                "from", whenForPhotographer(Instant.parse("2026-11-26T08:00:00Z")), "when", whenForPhotographer(friday), "changes", 1))))
                .contains("Maria").contains("10:00 π.μ. (4:00 μ.μ.").contains("12:00 μ.μ. (6:00 μ.μ.")
                .contains("Είναι η πρώτη αλλαγή"); // "this is their first change"
        assertThat(bookingText("el", ATHENS, Msg.of("booking.alert.cancelled", Map.of("package", PORTRAIT, "client", "Maria",
                "when", whenForPhotographer(friday), "changes", 2, "at", new Arg.DateTime(MONDAY_IN_NOVEMBER)))))
                .contains("Έχει κάνει μέχρι τώρα 2 αλλαγές."); // "2 changes so far"
    }

    @Test
    void render_agendaInGreek_dayClientLanguageAndTheirLocalTimeAndRelativeButtons() {
        Msg agenda = Msg.of("agenda", "zone", new Arg.Zone(ATHENS), "days", List.of(Msg.of("agenda.day",
                "day", new Arg.Day(java.time.LocalDate.of(2026, 11, 24)), "items", List.of(Msg.of("agenda.item", Map.of(
                        "time", new Arg.TimeOfDay(TUESDAY_SHOOT), "client", "Maria", "package", PORTRAIT, "language", "English",
                        "clientTime", new Arg.TimeIn(TUESDAY_SHOOT, KUALA_LUMPUR), "photographer", "none", "done", "no"))))));

        assertThat(bookingText("el", ATHENS, agenda))
                .contains("Τρίτη 24 Νοεμβρίου").contains("10:00 π.μ. – Maria").contains("English, ").contains(": 4:00 μ.μ.");
        assertThat(bookingLabel("el", ATHENS, Msg.of("agenda.open", "when", new Arg.Relative(TUESDAY_SHOOT), "client", "Maria")))
                .isEqualTo("αύριο, 10:00 π.μ. · Maria");
        assertThat(bookingLabel("el", ATHENS, Msg.of("agenda.open", "when", new Arg.Relative(Instant.parse("2026-11-26T08:00:00Z")), "client", "Maria")))
                .isEqualTo("Πέμπτη 26 Νοεμβρίου 2026 στις 10:00 π.μ. · Maria");
    }
}
