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
        args.put("days", 8);
        args.put("question", Msg.of("package.wedding.question.venue"));
        args.put("answer", "Chapel of St. George");
        args.put("notice", Msg.of("booking.day.full"));
        args.put("beside", Msg.of("booking.times.studio"));
        args.put("answers", Msg.verbatim(""));
        args.put("upcoming", Msg.of("booking.mine.noneUpcoming"));
        args.put("past", Msg.verbatim(""));
        args.put("studio", "Lumen Photo Studio");
        args.put("status", "done");
        args.put("done", "yes");

        assertThat(shipped.base().patterns().keySet()).hasSizeGreaterThan(10).allSatisfy(key -> {
            String text = messages.render(tag, new Msg(key, args));
            assertThat(text).as("%s in %s", key, tag)
                    .isNotBlank()
                    .doesNotContain("⟦")
                    .satisfies(t -> assertThat(t.replace("{nme}", "")).doesNotContain("{", "}"));
        });
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
}
