package studiobot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studiobot.config.StudioConfig.PackageOffer;
import studiobot.config.StudioConfig.Photographer;
import studiobot.config.StudioConfig.Policy;
import studiobot.config.StudioConfig.TimeRange;

class ConfigLoaderTest {

    /** Only the required keys: everything else takes its default. */
    private static final String MINIMAL = """
            studio:
              name: Tiny Studio
              timeZone: Asia/Kuala_Lumpur
              currency: MYR
            photographers:
              - id: anna
                name: Anna
                telegramId: 3001
                timeZone: Asia/Kuala_Lumpur
            packages:
              - id: mini
                duration: PT30M
                price: 80
                photos: 10
                photographers: [anna]
            """;

    /** A valid config that the mistake cases below each break in exactly one place. */
    private static final String VALID = """
            studio:
              name: Tiny Studio
              timeZone: Asia/Kuala_Lumpur
              currency: MYR
              quietHours: { start: "21:00", end: "09:00" }
            admins: [1001, 1002]
            photographers:
              - id: anna
                name: Anna
                telegramId: 3001
                timeZone: Asia/Kuala_Lumpur
                workingHours:
                  mon: ["09:00-13:00", "14:00-18:00"]
              - id: cara
                name: Cara
                telegramId: 3002
                timeZone: Asia/Kuala_Lumpur
            packages:
              - id: mini
                duration: PT30M
                price: 80
                photos: 10
                photographers: [anna]
            policy:
              quietAfter: PT48H
              slotStep: PT30M
            """;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void loadDemo_builtInStudio_hasStudioPhotographerPackageAndPolicy() {
        StudioConfig config = loader.loadDemo();

        assertThat(config.studio().name()).isEqualTo("Lumen Photo Studio");
        assertThat(config.studio().timeZone()).isEqualTo(ZoneId.of("Europe/Athens"));
        assertThat(config.studio().currency()).isEqualTo(Currency.getInstance("EUR"));

        Photographer anna = config.photographers().stream()
                .filter(p -> p.id().equals("anna")).findFirst().orElseThrow();
        assertThat(anna.telegramId()).isEqualTo(2001L);
        assertThat(anna.locale()).isEqualTo("el");
        assertThat(anna.workingHours().get(DayOfWeek.MONDAY)).containsExactly(
                new TimeRange(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        assertThat(anna.workingHours()).doesNotContainKey(DayOfWeek.SUNDAY);

        PackageOffer wedding = config.packages().stream()
                .filter(p -> p.id().equals("wedding")).findFirst().orElseThrow();
        assertThat(wedding.duration()).isEqualTo(Duration.ofHours(8));
        assertThat(wedding.price()).isEqualByComparingTo(new BigDecimal("1800"));
        assertThat(wedding.photos()).isEqualTo(400);
        assertThat(wedding.photographers()).containsExactly("anna");

        assertThat(config.policy().quietAfter()).isEqualTo(Duration.ofHours(48));
        assertThat(config.policy().reminders()).containsExactly(Duration.ofHours(24), Duration.ofHours(2));
    }

    @Test
    void parse_minimalConfig_getsPolicyDefaultsAndQuietHours() {
        StudioConfig config = loader.parse(MINIMAL);

        Policy policy = config.policy();
        assertThat(policy.minNotice()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.horizon()).isEqualTo(Duration.ofDays(60));
        assertThat(policy.slotStep()).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.buffer()).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.changeCutoff()).isEqualTo(Duration.ofHours(48));
        assertThat(policy.reminders()).containsExactly(Duration.ofHours(24), Duration.ofHours(2));
        assertThat(policy.ratingAfter()).isEqualTo(Duration.ofHours(3));
        assertThat(policy.ratingReminderAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(policy.replyPromise()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.quietAfter()).isEqualTo(Duration.ofHours(48));
        assertThat(policy.abandonedAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.inactiveAfter()).isEqualTo(Duration.ofDays(300));

        assertThat(config.studio().quietHours())
                .isEqualTo(new StudioConfig.QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
        assertThat(config.studio().defaultLocale()).isEqualTo("en");
        assertThat(config.studio().reviewUrl()).isEmpty();
        assertThat(config.admins()).isEmpty();
        assertThat(config.photographers()).singleElement()
                .satisfies(p -> {
                    assertThat(p.locale()).isEqualTo("en");
                    assertThat(p.workingHours()).isEmpty();
                });
    }

    @Test
    void parse_validBaseOfTheMistakeCases_loads() {
        StudioConfig config = loader.parse(VALID);

        assertThat(config.photographers()).extracting(Photographer::id).containsExactly("anna", "cara");
        assertThat(config.admins()).containsExactly(1001L, 1002L);
        assertThat(config.policy().quietAfter()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void parse_quietAfterInSeconds_isAcceptedAsIsoDuration() {
        StudioConfig config = loader.parse(VALID.replace("quietAfter: PT48H", "quietAfter: PT5S"));

        assertThat(config.policy().quietAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void parse_workingHoursOutOfOrder_areSortedByStart() {
        StudioConfig config = loader.parse(mutate(
                "mon: [\"09:00-13:00\", \"14:00-18:00\"]", "mon: [\"14:00-18:00\", \"9:00-13:00\"]"));

        assertThat(config.photographers().get(0).workingHours().get(DayOfWeek.MONDAY)).containsExactly(
                new TimeRange(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new TimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0)));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("bad time zone",
                        mutate("\n  timeZone: Asia/Kuala_Lumpur\n", "\n  timeZone: Europe/Athen\n"),
                        "studio.timeZone", "Europe/Athen", "use an IANA time zone id such as Europe/Athens"),
                Arguments.of("duration without ISO-8601 form",
                        mutate("quietAfter: PT48H", "quietAfter: 48h"),
                        "policy.quietAfter", "48h", "use an ISO-8601 duration such as PT48H"),
                Arguments.of("month duration",
                        mutate("quietAfter: PT48H", "quietAfter: P1M"),
                        "policy.quietAfter", "P1M", "use an ISO-8601 duration such as PT48H"),
                Arguments.of("zero slot step",
                        mutate("slotStep: PT30M", "slotStep: PT0S"),
                        "policy.slotStep", "PT0S", "use a duration greater than zero"),
                Arguments.of("unknown key",
                        mutate("  name: Tiny Studio\n", "  nmae: Tiny Studio\n"),
                        "studio.nmae", "nmae",
                        "unknown key; known keys here are [address, currency, defaultLocale, location, name, quietHours, reviewUrl, timeZone]"),
                Arguments.of("unknown top-level key",
                        mutate("policy:\n", "polcy:\n"),
                        "polcy", "polcy",
                        "unknown key; known keys here are [admins, packages, photographers, policy, studio]"),
                Arguments.of("bad currency",
                        mutate("currency: MYR", "currency: EURO"),
                        "studio.currency", "EURO", "use an ISO 4217 currency code such as EUR"),
                Arguments.of("package with unknown photographer",
                        mutate("photographers: [anna]", "photographers: [bob]"),
                        "packages[0].photographers", "bob", "known photographer ids are [anna, cara]"),
                Arguments.of("overlapping working hours",
                        mutate("\"14:00-18:00\"]", "\"12:00-18:00\"]"),
                        "photographers[0].workingHours.mon", "12:00-18:00", "ranges of one day must not overlap"),
                Arguments.of("range ending before it starts",
                        mutate("mon: [\"09:00-13:00\", \"14:00-18:00\"]", "mon: [\"18:00-09:00\"]"),
                        "photographers[0].workingHours.mon", "18:00-09:00", "a range must start before it ends"),
                Arguments.of("bad day name",
                        mutate("mon: [", "mond: ["),
                        "photographers[0].workingHours.mond", "mond", "days are mon, tue, wed, thu, fri, sat, sun"),
                Arguments.of("bad range text",
                        mutate("\"14:00-18:00\"]", "\"2pm-6pm\"]"),
                        "photographers[0].workingHours.mon", "2pm-6pm", "use a range such as \"09:00-13:00\""),
                Arguments.of("negative price",
                        mutate("price: 80", "price: -5"),
                        "packages[0].price", "-5", "use a number of at least 0"),
                Arguments.of("fractional photo count",
                        mutate("photos: 10", "photos: 2.5"),
                        "packages[0].photos", "2.5", "use a whole number of at least 0"),
                Arguments.of("duplicate photographer ids",
                        mutate("id: cara", "id: anna"),
                        "photographers[1].id", "anna", "every photographer needs a different id"),
                Arguments.of("duplicate telegram ids",
                        mutate("telegramId: 3002", "telegramId: 3001"),
                        "photographers[1].telegramId", "3001", "two photographers cannot share one Telegram account"),
                Arguments.of("negative telegram id",
                        mutate("telegramId: 3002", "telegramId: -7"),
                        "photographers[1].telegramId", "-7", "a positive whole number"),
                Arguments.of("duplicate admin",
                        mutate("admins: [1001, 1002]", "admins: [1001, 1001]"),
                        "admins[1]", "1001", "each admin is listed once"),
                Arguments.of("review url without http(s)",
                        mutate("  currency: MYR\n", "  currency: MYR\n  reviewUrl: example.com/review\n"),
                        "studio.reviewUrl", "example.com/review", "use an http:// or https:// address"),
                Arguments.of("quiet hours start not a time",
                        mutate("start: \"21:00\"", "start: \"25:00\""),
                        "studio.quietHours.start", "25:00", "use a 24-hour time such as 09:00"),
                Arguments.of("bad photographer locale",
                        mutate("    name: Cara\n", "    name: Cara\n    locale: \"123\"\n"),
                        "photographers[1].locale", "123", "use a BCP 47 language tag"),
                Arguments.of("bad package id",
                        mutate("id: mini", "id: Mini Package"),
                        "packages[0].id", "Mini Package", "use lower-case letters, digits"),
                Arguments.of("zero reminder",
                        mutate("  slotStep: PT30M\n", "  slotStep: PT30M\n  reminders: [PT24H, PT0S]\n"),
                        "policy.reminders[1]", "PT0S", "use a duration greater than zero"),
                Arguments.of("unknown remedy",
                        mutate("  slotStep: PT30M\n", "  slotStep: PT30M\n  remedies: [reedit, discount]\n"),
                        "policy.remedies[1]", "discount", "use a list of reedit, reshoot, refund, tell"),
                Arguments.of("a remedy twice",
                        mutate("  slotStep: PT30M\n", "  slotStep: PT30M\n  remedies: [refund, refund]\n"),
                        "policy.remedies[1]", "refund", "each at most once"),
                Arguments.of("two package ids the texts would read as one",
                        mutate("id: mini", "id: mini-family").replace("policy:\n", "  - { id: mini_family, duration: PT1H, price: 1, photos: 1, photographers: [anna] }\npolicy:\n"),
                        "packages[1].id", "mini_family", "differ only by - and _"),
                Arguments.of("a map location off the map",
                        mutate("  currency: MYR\n", "  currency: MYR\n  address: Jalan Ampang 1\n  location: { lat: 93.1, lon: 101.7 }\n"),
                        "studio.location.lat", "93.1", "a latitude is within ±90"),
                Arguments.of("a map location without a longitude",
                        mutate("  currency: MYR\n", "  currency: MYR\n  address: Jalan Ampang 1\n  location: { lat: 3.15 }\n"),
                        "studio.location.lon", "", "a longitude is within ±180"),
                Arguments.of("a map location without an address",
                        mutate("  currency: MYR\n", "  currency: MYR\n  location: { lat: 3.15, lon: 101.7 }\n"),
                        "studio.location", "{\"lat\":3.15,\"lon\":101.7}", "give studio.address too"),
                Arguments.of("an unknown question type",
                        mutate("    photos: 10\n", "    photos: 10\n    questions: [{ id: venue, type: venue }]\n"),
                        "packages[0].questions.type", "venue", "or place (where the shoot takes place"),
                Arguments.of("a zero gallery promise",
                        mutate("  slotStep: PT30M\n", "  slotStep: PT30M\n  galleryWithin: P0D\n"),
                        "policy.galleryWithin", "P0D", "use a duration greater than zero"),
                Arguments.of("a package's promise that is not a duration",
                        mutate("    photos: 10\n", "    photos: 10\n    sneakPeekWithin: soon\n"),
                        "packages[0].sneakPeekWithin", "soon", "ISO-8601"),
                Arguments.of("an unknown anniversary",
                        mutate("    photos: 10\n", "    photos: 10\n    anniversary: monthly\n"),
                        "packages[0].anniversary", "monthly", "use yearly"),
                Arguments.of("a question of an unknown type",
                        mutate("    photos: 10\n", "    photos: 10\n    questions: [{ id: due, type: number }]\n"),
                        "packages[0].questions.type", "number", "use text (the default), date"),
                Arguments.of("protectPreviews not a flag",
                        mutate("  slotStep: PT30M\n", "  slotStep: PT30M\n  protectPreviews: maybe\n"),
                        "policy.protectPreviews", "maybe", "use true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void parse_mistake_namesKeyValueAndAllowed(String mistake, String yaml, String key, String value, String allowed) {
        assertThatThrownBy(() -> loader.parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(key + ": '" + value + "' is not allowed; ")
                .hasMessageContaining(allowed);
    }

    @Test
    void parse_missingStudioName_namesKeyAndSaysRequired() {
        assertThatThrownBy(() -> loader.parse(mutate("  name: Tiny Studio\n", "")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("studio.name: a missing value is not allowed; this key is required");
    }

    @Test
    void parse_missingPackages_namesKeyAndSaysRequired() {
        String withoutPackages = VALID.substring(0, VALID.indexOf("packages:")) + VALID.substring(VALID.indexOf("policy:"));

        assertThatThrownBy(() -> loader.parse(withoutPackages))
                .isInstanceOf(ConfigException.class)
                .hasMessage("packages: a missing value is not allowed; this key is required");
    }

    @Test
    void parse_malformedYaml_saysNotValidYamlAndWhere() {
        assertThatThrownBy(() -> loader.parse("studio: [unclosed"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config is not valid YAML: ")
                .hasMessageContaining("line 1");
    }

    @Test
    void parse_emptyText_saysTheFileMustBeAMapping() {
        assertThatThrownBy(() -> loader.parse(""))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be a YAML mapping with the keys studio, admins, photographers, packages, policy");
    }

    @Test
    void parse_telegramIdBeyondLongRange_isRefused() {
        String yaml = mutate("telegramId: 3002", "telegramId: 18446744073709553617");

        assertThatThrownBy(() -> loader.parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("photographers[1].telegramId: '18446744073709553617' is not allowed; ");
    }

    @Test
    void parse_keyGivenTwice_isRefused() {
        String yaml = mutate("  quietAfter: PT48H\n", "  quietAfter: PT48H\n  quietAfter: PT5S\n");

        assertThatThrownBy(() -> loader.parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("quietAfter");
    }

    private static String mutate(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("test setup: '" + from + "' is not in the base config");
        }
        String changed = VALID.replace(from, to);
        if (changed.equals(VALID)) {
            throw new IllegalArgumentException("test setup: replacing '" + from + "' changed nothing");
        }
        return changed;
    }

    @Test
    void parse_remedies_areTheStudiosChoiceInItsOrder_allOfThemByDefault() {
        assertThat(loader.parse(VALID).policy().remedies()).containsExactly("reedit", "reshoot", "refund", "tell");
        assertThat(loader.parse(mutate("  slotStep: PT30M\n", "  slotStep: PT30M\n  remedies: [tell, reedit]\n")).policy().remedies())
                .containsExactly("tell", "reedit");
    }

    @Test
    void parse_promises_thePolicysUnlessThePackageHasItsOwn() {
        StudioConfig defaults = loader.parse(VALID);
        assertThat(defaults.sneakPeekWithin("mini")).isEqualTo(Duration.ofDays(3));
        assertThat(defaults.galleryWithin("mini")).isEqualTo(Duration.ofDays(14));
        assertThat(defaults.policy().protectPreviews()).isFalse();

        StudioConfig own = loader.parse(mutate("  slotStep: PT30M\n", "  slotStep: PT30M\n  galleryWithin: P21D\n  protectPreviews: true\n")
                .replace("    photos: 10\n", "    photos: 10\n    galleryWithin: P42D\n"));
        assertThat(own.galleryWithin("mini")).isEqualTo(Duration.ofDays(42));
        assertThat(own.galleryWithin("no-such-package")).isEqualTo(Duration.ofDays(21));
        assertThat(own.sneakPeekWithin("mini")).isEqualTo(Duration.ofDays(3));
        assertThat(own.policy().protectPreviews()).isTrue();
        assertThat(defaults.policy().changesWindow()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.policy().anniversaryAhead()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void parse_aQuestionOfTypeDate_isAskedInItsPlaceAndKnownAsADate() {
        StudioConfig config = loader.parse(mutate("    photos: 10\n", "    photos: 10\n    questions: [people, { id: due, type: date }, { id: name }]\n"));

        StudioConfig.PackageOffer mini = config.packageById("mini").orElseThrow();
        assertThat(mini.questions()).containsExactly("people", "due", "name");
        assertThat(mini.asksDate("due")).isTrue();
        assertThat(mini.asksDate("people")).isFalse();
        assertThat(mini.asksDate("name")).isFalse();
    }

    @Test
    void parse_aQuestionOfTypePlaceAndAMapLocation_areKnown() {
        StudioConfig config = loader.parse(mutate("    photos: 10\n", "    photos: 10\n    questions: [{ id: venue, type: place }, people]\n")
                .replace("  currency: MYR\n", "  currency: MYR\n  address: Jalan Ampang 1, Kuala Lumpur\n  location: { lat: 3.1579, lon: 101.7116 }\n"));

        StudioConfig.PackageOffer mini = config.packageById("mini").orElseThrow();
        assertThat(mini.asksPlace("venue")).isTrue();
        assertThat(mini.asksPlace("people")).isFalse();
        assertThat(mini.asksDate("venue")).isFalse();
        assertThat(config.studio().mapPoint()).contains(new StudioConfig.MapPoint(3.1579, 101.7116));
        assertThat(loader.parse(VALID).studio().mapPoint()).as("optional").isEmpty();
    }
}
