package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneDirectoryTest {
    private static final List<String> LANGUAGES = List.of("en", "el", "ms", "zh", "ru", "es", "de", "ar");
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ZoneDirectory directory;

    @BeforeAll
    static void buildOnce() {
        long started = System.nanoTime();
        directory = ZoneDirectory.build(LANGUAGES);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // a measurement for the log, not an assertion (see ZoneDirectoryBenchmark)
        System.out.println("zone directory: built in " + millis + " ms (first use of ICU time zones in this JVM), " + directory.describe());
    }

    private static ZoneMatch recognise(String text) {
        return directory.recognise(text);
    }

    private static ZoneMatch found(String zoneId) {
        return new ZoneMatch.Found(ZoneId.of(zoneId));
    }

    // ---- cities in the studio's languages

    @Test
    void recognise_greekCityWithTonos_findsAthens() {
        assertThat(recognise("Αθήνα")).isEqualTo(new ZoneMatch.Found(ATHENS));
    }

    @Test
    void recognise_greekCityWithoutTonos_findsAthens() {
        assertThat(recognise("αθηνα")).isEqualTo(new ZoneMatch.Found(ATHENS));
    }

    @Test
    void recognise_greekCapitalsWithoutTonos_findsAthens() {
        assertThat(recognise("ΑΘΗΝΑ")).isEqualTo(new ZoneMatch.Found(ATHENS));
    }

    @Test
    void recognise_englishCity_findsAthens() {
        assertThat(recognise("Athens")).isEqualTo(new ZoneMatch.Found(ATHENS));
    }

    @Test
    void recognise_chineseCity_findsKualaLumpur() {
        assertThat(recognise("吉隆坡")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
    }

    @Test
    void recognise_chineseCityWithSpaces_findsKualaLumpur() {
        assertThat(recognise("吉 隆 坡")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
    }

    @Test
    void recognise_twoWordCity_findsKualaLumpur() {
        assertThat(recognise("Kuala Lumpur")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
    }

    @Test
    void recognise_russianCity_findsMoscow() {
        assertThat(recognise("Москва")).isEqualTo(found("Europe/Moscow"));
    }

    @Test
    void recognise_arabicCity_findsCairo() {
        assertThat(recognise("القاهرة")).isEqualTo(found("Africa/Cairo"));
    }

    @Test
    void recognise_arabicCityTypedWithHaaForTaaMarbuta_findsCairo() {
        assertThat(recognise("القاهره")).isEqualTo(found("Africa/Cairo"));
    }

    @Test
    void recognise_spanishCity_findsNewYork() {
        assertThat(recognise("Nueva York")).isEqualTo(found("America/New_York"));
    }

    @Test
    void recognise_russianHyphenatedCity_findsNewYork() {
        assertThat(recognise("Нью-Йорк")).isEqualTo(found("America/New_York"));
    }

    @Test
    void recognise_greekCity_findsLondon() {
        assertThat(recognise("Λονδίνο")).isEqualTo(found("Europe/London"));
    }

    @Test
    void recognise_cityPartOfZoneId_findsZone() {
        assertThat(recognise("Port of Spain")).isEqualTo(found("America/Port_of_Spain"));
    }

    // ---- countries

    @Test
    void recognise_countryWithOneZone_findsIt() {
        assertThat(recognise("Greece")).isEqualTo(new ZoneMatch.Found(ATHENS));
        assertThat(recognise("Ελλάδα")).isEqualTo(new ZoneMatch.Found(ATHENS));
    }

    @Test
    void recognise_countryWithTwoZonesOfOneClock_findsTheMostPopulous() {
        assertThat(recognise("Malaysia")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
        assertThat(recognise("马来西亚")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
    }

    @Test
    void recognise_usa_severalZonesEastCoastFirst() {
        ZoneMatch match = recognise("USA");

        assertThat(match).isInstanceOf(ZoneMatch.Several.class);
        List<ZoneId> zones = ((ZoneMatch.Several) match).zones();
        assertThat(zones).hasSizeBetween(4, 6).doesNotHaveDuplicates()
                .startsWith(ZoneId.of("America/New_York"))
                .contains(ZoneId.of("America/Chicago"), ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void recognise_russiaInRussian_severalZonesMoscowFirst() {
        ZoneMatch match = recognise("Россия");

        assertThat(match).isInstanceOf(ZoneMatch.Several.class);
        assertThat(((ZoneMatch.Several) match).zones()).hasSizeBetween(3, 6)
                .startsWith(ZoneId.of("Europe/Moscow"))
                .contains(ZoneId.of("Asia/Vladivostok"));
    }

    @Test
    void recognise_australia_severalZonesWithOneZonePerClock() {
        ZoneMatch match = recognise("Australia");

        assertThat(match).isInstanceOf(ZoneMatch.Several.class);
        assertThat(((ZoneMatch.Several) match).zones()).hasSizeBetween(3, 6)
                .startsWith(ZoneId.of("Australia/Sydney"))
                .contains(ZoneId.of("Australia/Perth"))
                .doesNotContain(ZoneId.of("Australia/Melbourne")); // Sydney's clock
    }

    @Test
    void recognise_chinaInChinese_beijingTimeOnly() {
        assertThat(recognise("中国")).isEqualTo(found("Asia/Shanghai"));
    }

    // ---- curated large cities

    @ParameterizedTest
    @ValueSource(strings = {"München", "Munich", "Мюнхен", "慕尼黑", "ميونخ", "Múnich", "Μόναχο", "Muenchen", "munchen"})
    void recognise_munichInAnyLanguage_findsBerlin(String name) {
        assertThat(recognise(name)).isEqualTo(new ZoneMatch.Found(BERLIN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thessaloniki            | Europe/Athens",
        "Θεσσαλονίκη             | Europe/Athens",
        "Penang                  | Asia/Kuala_Lumpur",
        "George Town             | Asia/Kuala_Lumpur",
        "槟城                     | Asia/Kuala_Lumpur",
        "Guangzhou               | Asia/Shanghai",
        "广州                     | Asia/Shanghai",
        "Saint Petersburg        | Europe/Moscow",
        "Санкт-Петербург         | Europe/Moscow",
        "Barcelona               | Europe/Madrid",
        "Alexandria              | Africa/Cairo",
        "الإسكندرية              | Africa/Cairo",
        "Jeddah                  | Asia/Riyadh",
        "جدة                     | Asia/Riyadh",
        "San Francisco           | America/Los_Angeles",
        "Los Angeles             | America/Los_Angeles",
        "Wiesbaden               | Europe/Berlin",
        "Saarbrücken             | Europe/Berlin",
        "Kota Kinabalu           | Asia/Kuching",
        "Las Palmas              | Atlantic/Canary",
    })
    void recognise_curatedCity_findsZone(String name, String zone) {
        assertThat(recognise(name)).isEqualTo(found(zone));
    }

    @Test
    void recognise_ambiguousCuratedName_severalMostLikelyFirst() {
        assertThat(recognise("San Jose")).isEqualTo(new ZoneMatch.Several(
                List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Costa_Rica"))));
    }

    // ---- zone ids and offsets

    @Test
    void recognise_zoneIdInLowerCase_findsZone() {
        assertThat(recognise("europe/athens")).isEqualTo(new ZoneMatch.Found(ATHENS));
    }

    @Test
    void recognise_zoneIdAsWritten_findsZone() {
        assertThat(recognise("Asia/Kuala_Lumpur")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
    }

    @Test
    void recognise_oldLinkId_findsCurrentName() {
        assertThat(recognise("Asia/Calcutta")).isEqualTo(found("Asia/Kolkata"));
        assertThat(recognise("US/Eastern")).isEqualTo(found("America/New_York"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UTC+3      | +03:00",
        "GMT-5      | -05:00",
        "+05:30     | +05:30",
        "UTC +5:45  | +05:45",
        "utc−3      | -03:00",
        "UTC        | Z",
        "gmt+0      | Z",
        "UTC+0530   | +05:30",
        "UTC+14     | +14:00",
        "UTC-12:00  | -12:00",
        "ＵＴＣ＋８  | +08:00",
        "UTC+٣      | +03:00",
        "GMT+۵:۳۰   | +05:30",
        "‏UTC+٤‏ | +04:00",
    })
    void recognise_utcOffset_findsZoneOffset(String text, String offset) {
        assertThat(recognise(text)).isEqualTo(new ZoneMatch.Found(ZoneOffset.of(offset)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC+15", "GMT-14:30", "+05:75", "UTC+3:5"})
    void recognise_offsetOutOfRangeOrMalformed_notFound(String text) {
        assertThat(recognise(text)).isInstanceOf(ZoneMatch.NotFound.class);
    }

    // ---- spelling

    @Test
    void recognise_fullWidthLatin_findsTokyo() {
        assertThat(recognise("Ｔｏｋｙｏ")).isEqualTo(found("Asia/Tokyo"));
    }

    @Test
    void recognise_hyphenatedLowerCase_findsKualaLumpur() {
        assertThat(recognise("kuala-lumpur")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
    }

    @Test
    void recognise_extraSpacesAndFullStop_findsNewYork() {
        assertThat(recognise("  New  York. ")).isEqualTo(found("America/New_York"));
    }

    @Test
    void recognise_accentsLeftOut_findsSaoPaulo() {
        assertThat(recognise("Sao Paulo")).isEqualTo(recognise("São Paulo")).isEqualTo(found("America/Sao_Paulo"));
    }

    @Test
    void recognise_swappedLetters_findsAthens() {
        assertThat(recognise("Athnes")).isEqualTo(new ZoneMatch.Found(ATHENS));
    }

    @Test
    void recognise_missingLetter_findsKualaLumpur() {
        assertThat(recognise("Kuala Lumpr")).isEqualTo(new ZoneMatch.Found(KUALA_LUMPUR));
    }

    @Test
    void recognise_typoInNameShorterThanSixLetters_notFound() {
        assertThat(recognise("Pariz")).isInstanceOf(ZoneMatch.NotFound.class);
    }

    @Test
    void recognise_cityWithCountry_findsCity() {
        assertThat(recognise("Munich, Germany")).isEqualTo(new ZoneMatch.Found(BERLIN));
        assertThat(recognise("Perth, Australia")).isEqualTo(found("Australia/Perth"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "北京市           | Asia/Shanghai",
        "香港特别行政区   | Asia/Hong_Kong",
        "Αθήνας          | Europe/Athens",
        "στην Αθήνα      | Europe/Athens",
        "di KL           | Asia/Kuala_Lumpur",
        "KL              | Asia/Kuala_Lumpur",
        "NYC             | America/New_York",
    })
    void recognise_suffixedInflectedOrAbbreviated_findsThePlace(String text, String zone) {
        assertThat(recognise(text)).isEqualTo(found(zone));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Portland, Maine        | America/Los_Angeles",
        "Birmingham, Alabama    | Europe/London",
        "Sydney, Nova Scotia    | Australia/Sydney",
    })
    void recognise_aQualifiedPlaceIsNeverSwappedForItsNamesake(String text, String namesake) {
        assertThat(recognise(text)).isNotEqualTo(found(namesake));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Portland, Maine        | America/New_York",
        "Portland, OR           | America/Los_Angeles",
        "Birmingham, Alabama    | America/Chicago",
        "Sydney, Nova Scotia    | America/Halifax",
        "Perth, Western Australia | Australia/Perth",
    })
    void recognise_aPlaceQualifiedByItsStateOrProvince_findsThatPlacesZone(String text, String zone) {
        assertThat(recognise(text)).isEqualTo(found(zone));
    }

    @Test
    void recognise_inflectedRussianInSentence_findsMoscow() {
        assertThat(recognise("я в Москве")).isEqualTo(found("Europe/Moscow"));
    }

    @Test
    void recognise_gibberish_notFound() {
        assertThat(recognise("asdfgh")).isInstanceOf(ZoneMatch.NotFound.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "😀", "🎉🎉 👍", "...", "?!"})
    void recognise_nothingToRead_notFound(String text) {
        assertThat(recognise(text)).isInstanceOf(ZoneMatch.NotFound.class);
    }

    // ---- one table across the eight languages: cities, countries, ids, offsets

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // en
        "Athens                     | Europe/Athens",
        "London                     | Europe/London",
        "Tokyo                      | Asia/Tokyo",
        "Singapore                  | Asia/Singapore",
        "Germany                    | Europe/Berlin",
        "Japan                      | Asia/Tokyo",
        "Mexico City                | America/Mexico_City",
        "Ho Chi Minh City           | Asia/Ho_Chi_Minh",
        // el
        "Θεσσαλονίκη                | Europe/Athens",
        "Λευκωσία                   | Asia/Nicosia",
        "Κύπρος                     | Asia/Nicosia",
        "Παρίσι                     | Europe/Paris",
        "Βερολίνο                   | Europe/Berlin",
        "Κωνσταντινούπολη           | Europe/Istanbul",
        "Γερμανία                   | Europe/Berlin",
        "Μελβούρνη                  | Australia/Melbourne",
        // ms
        "Kuala Lumpur               | Asia/Kuala_Lumpur",
        "Kuching                    | Asia/Kuching",
        "Pulau Pinang               | Asia/Kuala_Lumpur",
        "Johor Bahru                | Asia/Kuala_Lumpur",
        "Jepun                      | Asia/Tokyo",
        "Kaherah                    | Africa/Cairo",
        "Mekah                      | Asia/Riyadh",
        "Bandar Seri Begawan        | Asia/Brunei",
        // zh
        "北京                        | Asia/Shanghai",
        "上海                        | Asia/Shanghai",
        "香港                        | Asia/Hong_Kong",
        "台北                        | Asia/Taipei",
        "东京                        | Asia/Tokyo",
        "伦敦                        | Europe/London",
        "德国                        | Europe/Berlin",
        "新加坡                      | Asia/Singapore",
        // ru
        "Санкт-Петербург            | Europe/Moscow",
        "Екатеринбург               | Asia/Yekaterinburg",
        "Новосибирск                | Asia/Novosibirsk",
        "Владивосток                | Asia/Vladivostok",
        "Минск                      | Europe/Minsk",
        "Германия                   | Europe/Berlin",
        "Греция                     | Europe/Athens",
        "Казань                     | Europe/Moscow",
        // es
        "Madrid                     | Europe/Madrid",
        "Sevilla                    | Europe/Madrid",
        "Ciudad de México           | America/Mexico_City",
        "Bogotá                     | America/Bogota",
        "Buenos Aires               | America/Argentina/Buenos_Aires",
        "Atenas                     | Europe/Athens",
        "Alemania                   | Europe/Berlin",
        "Londres                    | Europe/London",
        // de
        "Wien                       | Europe/Vienna",
        "Zürich                     | Europe/Zurich",
        "Köln                       | Europe/Berlin",
        "Düsseldorf                 | Europe/Berlin",
        "Griechenland               | Europe/Athens",
        "Österreich                 | Europe/Vienna",
        "Schweiz                    | Europe/Zurich",
        "Athen                      | Europe/Athens",
        // ar
        "دبي                        | Asia/Dubai",
        "الرياض                     | Asia/Riyadh",
        "مكة                        | Asia/Riyadh",
        "أبو ظبي                    | Asia/Dubai",
        "مصر                        | Africa/Cairo",
        "اليونان                    | Europe/Athens",
        "ماليزيا                    | Asia/Kuala_Lumpur",
        "الدار البيضاء              | Africa/Casablanca",
        // ids and offsets
        "America/Argentina/Buenos_Aires | America/Argentina/Buenos_Aires",
        "ASIA/SINGAPORE             | Asia/Singapore",
        "Europe/Kiev                | Europe/Kyiv",
        "Asia/Saigon                | Asia/Ho_Chi_Minh",
        "Etc/GMT-3                  | Etc/GMT-3",
        "UTC+8                      | +08:00",
        "GMT+2                      | +02:00",
        "UTC-03:30                  | -03:30",
    })
    void recognise_tableAcrossLanguages_findsZone(String text, String zone) {
        assertThat(recognise(text)).isEqualTo(found(zone));
    }

    // ---- accuracy on realistic input, typos included

    /** What people type when asked for their city; expected zone (for a country: the first of several). */
    private static final String[][] REALISTIC = {
        {"athens", "Europe/Athens"}, {"Athens, Greece", "Europe/Athens"}, {"ATHENS", "Europe/Athens"},
        {"Athina", "Europe/Athens"}, {"Athnes", "Europe/Athens"}, {"Αθηνα", "Europe/Athens"},
        {"αθήνα ελλάδα", "Europe/Athens"}, {"Thesaloniki", "Europe/Athens"}, {"Salonika", "Europe/Athens"},
        {"Heraklion Crete", "Europe/Athens"}, {"Πειραιάς", "Europe/Athens"}, {"Patra", "Europe/Athens"},
        {"Limassol", "Asia/Nicosia"}, {"Λεμεσός", "Asia/Nicosia"}, {"Larnaka", "Asia/Nicosia"}, {"Cyprus", "Asia/Nicosia"},
        {"KL", "Asia/Kuala_Lumpur"}, {"kuala lumpur malaysia", "Asia/Kuala_Lumpur"}, {"Kuala Lumpr", "Asia/Kuala_Lumpur"},
        {"Petaling Jaya", "Asia/Kuala_Lumpur"}, {"Shah Alam", "Asia/Kuala_Lumpur"}, {"penang", "Asia/Kuala_Lumpur"},
        {"JB", "Asia/Kuala_Lumpur"}, {"Melaka", "Asia/Kuala_Lumpur"}, {"Ipoh", "Asia/Kuala_Lumpur"}, {"Kota Kinabalu", "Asia/Kuching"},
        {"Singapura", "Asia/Singapore"}, {"Singapur", "Asia/Singapore"}, {"Jakarta", "Asia/Jakarta"}, {"Bali", "Asia/Makassar"},
        {"Bangkok", "Asia/Bangkok"}, {"Phuket", "Asia/Bangkok"}, {"Manila", "Asia/Manila"}, {"Hanoi", "Asia/Ho_Chi_Minh"},
        {"Saigon", "Asia/Ho_Chi_Minh"}, {"北京", "Asia/Shanghai"}, {"Beijing", "Asia/Shanghai"}, {"Bejing", "Asia/Shanghai"},
        {"深圳", "Asia/Shanghai"}, {"Shenzhen", "Asia/Shanghai"}, {"成都", "Asia/Shanghai"}, {"杭州", "Asia/Shanghai"},
        {"Hongkong", "Asia/Hong_Kong"}, {"香 港", "Asia/Hong_Kong"}, {"Taipei", "Asia/Taipei"}, {"臺北", "Asia/Taipei"},
        {"高雄", "Asia/Taipei"}, {"Tokio", "Asia/Tokyo"}, {"Osaka", "Asia/Tokyo"}, {"Seoul", "Asia/Seoul"}, {"Busan", "Asia/Seoul"},
        {"Mumbai", "Asia/Kolkata"}, {"Bombay", "Asia/Kolkata"}, {"Delhi", "Asia/Kolkata"}, {"Bangalore", "Asia/Kolkata"},
        {"Dubai", "Asia/Dubai"}, {"Dubay", "Asia/Dubai"}, {"Abu Dhabi", "Asia/Dubai"}, {"Doha", "Asia/Qatar"},
        {"Riyadh", "Asia/Riyadh"}, {"Riyad", "Asia/Riyadh"}, {"Jeddah", "Asia/Riyadh"}, {"جده", "Asia/Riyadh"},
        {"Cairo", "Africa/Cairo"}, {"Kairo", "Africa/Cairo"}, {"Alexandria Egypt", "Africa/Cairo"}, {"Istanbul", "Europe/Istanbul"},
        {"Stambul", "Europe/Istanbul"}, {"Tel Aviv", "Asia/Jerusalem"}, {"Beirut", "Asia/Beirut"}, {"Amman", "Asia/Amman"},
        {"Moscow", "Europe/Moscow"}, {"Moskva", "Europe/Moscow"}, {"москва", "Europe/Moscow"}, {"Питер", "Europe/Moscow"},
        {"St. Petersburg", "Europe/Moscow"}, {"в Москве", "Europe/Moscow"}, {"Екатеринбург", "Asia/Yekaterinburg"},
        {"Kyiv", "Europe/Kyiv"}, {"Kiev", "Europe/Kyiv"}, {"Minsk", "Europe/Minsk"}, {"Almaty", "Asia/Almaty"},
        {"London UK", "Europe/London"}, {"Londres", "Europe/London"}, {"Manchester", "Europe/London"}, {"Edinburgh", "Europe/London"},
        {"Dublin", "Europe/Dublin"}, {"Paris", "Europe/Paris"}, {"Paris, France", "Europe/Paris"}, {"Lyon", "Europe/Paris"},
        {"Berlin", "Europe/Berlin"}, {"Berlim", "Europe/Berlin"}, {"Hamburg", "Europe/Berlin"}, {"Frankfurt am Main", "Europe/Berlin"},
        {"Munchen", "Europe/Berlin"}, {"Vienna", "Europe/Vienna"}, {"Zurich", "Europe/Zurich"}, {"Geneva", "Europe/Zurich"},
        {"Amsterdam", "Europe/Amsterdam"}, {"Brussels", "Europe/Brussels"}, {"Rome", "Europe/Rome"}, {"Milano", "Europe/Rome"},
        {"Madrid", "Europe/Madrid"}, {"Barcelona, Spain", "Europe/Madrid"}, {"Barcelonna", "Europe/Madrid"}, {"Tenerife", "Atlantic/Canary"},
        {"Lisbon", "Europe/Lisbon"}, {"Lisboa", "Europe/Lisbon"}, {"Porto", "Europe/Lisbon"}, {"Warsaw", "Europe/Warsaw"},
        {"Prague", "Europe/Prague"}, {"Budapest", "Europe/Budapest"}, {"Stockholm", "Europe/Stockholm"}, {"Oslo", "Europe/Oslo"},
        {"New York", "America/New_York"}, {"NYC", "America/New_York"}, {"Nueva York", "America/New_York"}, {"Washington DC", "America/New_York"},
        {"Boston", "America/New_York"}, {"Miami", "America/New_York"}, {"Chicago", "America/Chicago"}, {"Houston TX", "America/Chicago"},
        {"Dallas", "America/Chicago"}, {"Denver", "America/Denver"}, {"Phoenix", "America/Phoenix"}, {"Los Angeles", "America/Los_Angeles"},
        {"Los Angles", "America/Los_Angeles"}, {"San Francisco", "America/Los_Angeles"}, {"Seattle", "America/Los_Angeles"},
        {"Toronto", "America/Toronto"}, {"Montreal", "America/Toronto"}, {"Vancouver", "America/Vancouver"},
        {"Mexico City", "America/Mexico_City"}, {"CDMX", "America/Mexico_City"}, {"Guadalajara", "America/Mexico_City"},
        {"Bogota", "America/Bogota"}, {"Medellin", "America/Bogota"}, {"Lima", "America/Lima"}, {"Santiago de Chile", "America/Santiago"},
        {"Buenos Aires", "America/Argentina/Buenos_Aires"}, {"Sao Paulo", "America/Sao_Paulo"}, {"Rio de Janeiro", "America/Sao_Paulo"},
        {"Sydney", "Australia/Sydney"}, {"Sidney", "Australia/Sydney"}, {"Melbourne", "Australia/Melbourne"}, {"Auckland", "Pacific/Auckland"},
        {"Johannesburg", "Africa/Johannesburg"}, {"Cape Town", "Africa/Johannesburg"}, {"Nairobi", "Africa/Nairobi"}, {"Lagos", "Africa/Lagos"},
        {"USA", "America/New_York"}, {"Россия", "Europe/Moscow"}, {"Spain", "Europe/Madrid"}, {"Deutschland", "Europe/Berlin"},
        {"UTC+2", "+02:00"}, {"GMT +8", "+08:00"}, {"utc 5:30", "+05:30"}, {"Europe/Athens", "Europe/Athens"},
    };

    @Test
    void recognise_realisticInputs_accuracyAbove90Percent() {
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : REALISTIC) {
            ZoneMatch match = recognise(row[0]);
            ZoneId expected = ZoneId.of(row[1]);
            boolean ok = match.equals(new ZoneMatch.Found(expected))
                    || (match instanceof ZoneMatch.Several several && several.zones().get(0).equals(expected));
            if (ok) {
                right++;
            } else {
                misses.add(row[0] + " -> " + match);
            }
        }
        double percent = 100.0 * right / REALISTIC.length;
        System.out.println(String.format(Locale.ROOT, "zone recognition: %d/%d (%.1f%%)", right, REALISTIC.length, percent));
        System.out.println("zone recognition misses: " + misses);

        assertThat(REALISTIC.length).isGreaterThanOrEqualTo(100);
        assertThat(percent).as("misses: %s", misses).isGreaterThan(90.0);
    }

    // ---- nearest zone to a shared location

    @Test
    void nearest_athens_athens() {
        assertThat(directory.nearest(37.9838, 23.7275)).isEqualTo(ATHENS);
    }

    @Test
    void nearest_kualaLumpur_kualaLumpurNotSingapore() {
        assertThat(directory.nearest(3.1390, 101.6869)).isEqualTo(KUALA_LUMPUR);
    }

    @Test
    void nearest_seaBetweenCreteAndLibya_aNeighbouringCoastsZone() {
        assertThat(directory.nearest(34.0, 24.0)).isIn(ATHENS, ZoneId.of("Africa/Tripoli"), ZoneId.of("Africa/Cairo"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Yuma, the issue's example                     |  32.6927 | -114.6277 | America/Phoenix
            Mildura, the issue's example                  | -34.2080 |  142.1246 | Australia/Melbourne
            Somerton AZ, not listed, nearer Mexico        |  32.60   | -114.71   | America/Phoenix
            Parker AZ, not listed, across from California |  34.15   | -114.29   | America/Phoenix
            Red Cliffs VIC, not listed                    | -34.31   |  142.19   | Australia/Melbourne
            Merbein VIC, not listed, near New South Wales | -34.17   |  142.06   | Australia/Melbourne
            Robinvale VIC, not listed                     | -34.58   |  142.77   | Australia/Melbourne
            Berri SA, not listed                          | -34.28   |  140.60   | Australia/Adelaide
            Broken Hill, the other side's own             | -31.95   |  141.45   | Australia/Broken_Hill
            Fernie BC, not listed, Mountain time          |  49.50   | -115.06   | America/Edmonton
            Mandan ND, not listed                         |  46.83   | -100.89   | America/Chicago
            Crestview FL, not listed, Central time        |  30.76   |  -86.57   | America/Chicago
            Port St. Joe FL, not listed, Eastern time     |  29.81   |  -85.30   | America/New_York
            """)
    void nearest_nearAZoneBorder_keepsTheClockOfThePlaceNotOfTheNearestBigCity(String place, double latitude, double longitude, String zone) {
        ZoneId found = directory.nearest(latitude, longitude);

        for (String day : List.of("2027-01-15T12:00:00Z", "2027-04-15T12:00:00Z", "2027-07-15T12:00:00Z", "2027-10-15T12:00:00Z")) {
            Instant at = Instant.parse(day);
            assertThat(found.getRules().getOffset(at)).as("%s: %s on %s", place, found, day).isEqualTo(ZoneId.of(zone).getRules().getOffset(at));
        }
    }

    @Test
    void nearest_munich_berlinNotVaduzOrZurich() {
        assertThat(directory.nearest(48.1372, 11.5756)).isEqualTo(BERLIN);
    }

    @Test
    void nearest_shanghai_shanghai() {
        assertThat(directory.nearest(31.2304, 121.4737)).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void nearest_delhi_kolkataNotKathmandu() {
        assertThat(directory.nearest(28.6139, 77.2090)).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void nearest_acrossTheDateLine_fiji() {
        assertThat(directory.nearest(-17.7, 179.9)).isEqualTo(directory.nearest(-17.7, -179.99)).isEqualTo(ZoneId.of("Pacific/Fiji"));
    }

    @Test
    void nearest_latitudeOutOfRange_rejectedNamingTheValue() {
        assertThatThrownBy(() -> directory.nearest(91, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("91");
        assertThatThrownBy(() -> directory.nearest(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    // ---- suggestions

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "el | Europe/Athens Asia/Nicosia",
        "ms | Asia/Kuala_Lumpur Asia/Singapore Asia/Jakarta",
        "zh | Asia/Shanghai Asia/Singapore Asia/Taipei Asia/Hong_Kong",
        "ru | Europe/Moscow Asia/Yekaterinburg Europe/Minsk Asia/Almaty",
        "es | Europe/Madrid America/Mexico_City America/Bogota America/Argentina/Buenos_Aires",
        "de | Europe/Berlin Europe/Vienna Europe/Zurich",
        "ar | Asia/Riyadh Africa/Cairo Asia/Dubai",
        "en | Europe/London America/New_York America/Los_Angeles Australia/Sydney",
    })
    void suggestions_languageWithoutRegion_usualZonesOfTheLanguage(String language, String zones) {
        List<ZoneId> expected = List.of(zones.split(" ")).stream().map(ZoneId::of).toList();

        assertThat(directory.suggestions(language, language)).containsExactlyElementsOf(expected);
        assertThat(directory.suggestions(language, null)).containsExactlyElementsOf(expected);
    }

    @Test
    void suggestions_britishEnglish_londonFirstWithoutDuplicates() {
        assertThat(directory.suggestions("en", "en-GB"))
                .containsExactly(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Australia/Sydney"));
    }

    @Test
    void suggestions_brazilianPortuguese_saoPauloFirst() {
        List<ZoneId> zones = directory.suggestions("en", "pt-BR");

        assertThat(zones).hasSizeBetween(1, 4).doesNotHaveDuplicates().startsWith(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void suggestions_americanEnglish_fourUsClocksFromEastToWest() {
        assertThat(directory.suggestions("en", "en_US"))
                .containsExactly(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"), ZoneId.of("America/Denver"), ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void suggestions_traditionalChinese_taipeiFirst() {
        assertThat(directory.suggestions("zh", "zh-hant"))
                .containsExactly(ZoneId.of("Asia/Taipei"), ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Singapore"), ZoneId.of("Asia/Hong_Kong"));
    }

    @Test
    void suggestions_telegramLanguageWithoutBundle_itsLikelyCountryFirst() {
        assertThat(directory.suggestions("en", "fr")).hasSizeLessThanOrEqualTo(4).startsWith(ZoneId.of("Europe/Paris"));
    }

    @Test
    void suggestions_bundleLanguageWithoutTable_itsLikelyCountry() {
        assertThat(directory.suggestions("it", null)).startsWith(ZoneId.of("Europe/Rome"));
    }

    // ---- city names

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Europe/Athens      | el | Αθήνα",
        "Europe/Athens      | en | Athens",
        "Europe/Athens      | de | Athen",
        "Asia/Kuala_Lumpur  | zh | 吉隆坡",
        "Asia/Kuala_Lumpur  | ms | Kuala Lumpur",
        "Europe/Moscow      | ru | Москва",
        "America/New_York   | es | Nueva York",
        "Africa/Cairo       | ar | القاهرة",
        "Europe/Vienna      | de | Wien",
        "Asia/Kolkata       | en | Kolkata",
        "Europe/Kyiv        | en | Kyiv",
        "Europe/Athens      | xx | Athens",
    })
    void cityName_zoneInLanguage_exemplarCity(String zone, String language, String name) {
        assertThat(directory.cityName(ZoneId.of(zone), language)).isEqualTo(name);
    }

    @Test
    void cityName_offset_utcText() {
        assertThat(directory.cityName(ZoneOffset.ofHours(3), "el")).isEqualTo("UTC+03:00");
        assertThat(directory.cityName(ZoneOffset.ofHoursMinutes(-3, -30), "en")).isEqualTo("UTC-03:30");
        assertThat(directory.cityName(ZoneOffset.UTC, "zh")).isEqualTo("UTC");
    }

    @Test
    void cityName_fixedOffsetRegion_utcText() {
        assertThat(directory.cityName(ZoneId.of("Etc/GMT-3"), "en")).isEqualTo("UTC+03:00");
        assertThat(directory.cityName(ZoneId.of("UTC"), "en")).isEqualTo("UTC");
    }

    @Test
    void cityName_everyRecognisedCityRoundTrips() {
        for (String city : List.of("Αθήνα", "吉隆坡", "Москва", "القاهرة", "Nueva York", "Wien", "Kuching")) {
            ZoneMatch match = recognise(city);
            assertThat(match).isInstanceOf(ZoneMatch.Found.class);
            ZoneId zone = ((ZoneMatch.Found) match).zone();
            assertThat(recognise(directory.cityName(zone, "el"))).as(city).isEqualTo(match);
        }
    }

    // ---- the parts

    @Test
    void key_greekWithAndWithoutTonos_same() {
        assertThat(ZoneDirectory.key("Αθήνα")).isEqualTo(ZoneDirectory.key("ΑΘΗΝΑ")).isEqualTo("αθηνα");
    }

    @Test
    void key_fullWidthAndPunctuation_plainLowerCase() {
        assertThat(ZoneDirectory.key("Ｔｏｋｙｏ")).isEqualTo("tokyo");
        assertThat(ZoneDirectory.key("St. John's")).isEqualTo("stjohns");
        assertThat(ZoneDirectory.key("Straße")).isEqualTo("strasse");
        assertThat(ZoneDirectory.key("Łódź")).isEqualTo("lodz");
    }

    @Test
    void key_kanaVoicingMarkKept() {
        assertThat(ZoneDirectory.key("ガ")).isNotEqualTo(ZoneDirectory.key("カ"));
    }

    @ParameterizedTest
    @CsvSource({"athens,athnes,true", "athens,athen,true", "athens,athenss,true", "athens,atxens,true",
        "athens,thens,true", "athens,ahtnes,false", "athens,athins,true", "athens,atenas,false", "athens,athens,true"})
    void withinOneEdit_pairs(String a, String b, boolean expected) {
        assertThat(ZoneDirectory.withinOneEdit(a, b)).isEqualTo(expected);
        assertThat(ZoneDirectory.withinOneEdit(b, a)).isEqualTo(expected);
    }

    @Test
    void aliases_everyKeyIsStoredNormalised() throws IOException {
        List<String> notNormalised = new ArrayList<>();
        int entries = 0;
        for (String line : lines("/studiobot/i18n/zone-aliases.properties")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            entries++;
            String key = line.substring(0, line.indexOf('=')).strip();
            if (!ZoneDirectory.key(key).equals(key)) {
                notNormalised.add(key + " (should be " + ZoneDirectory.key(key) + ")");
            }
        }
        assertThat(entries).isGreaterThan(1000);
        assertThat(notNormalised).isEmpty();
    }

    @Test
    void coordinates_everyRowHasAZoneIdAndCoordinatesInRange() throws IOException {
        int rows = 0;
        for (String line : lines("/studiobot/i18n/zone-coordinates.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] columns = line.split("\t");
            assertThat(columns).as(line).hasSizeBetween(3, 4);
            assertThat(Double.parseDouble(columns[1])).as(line).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(columns[2])).as(line).isBetween(-180.0, 180.0);
            assertThat(columns[0]).as(line).matches("[A-Z][A-Za-z_]+(/[A-Za-z_\\-]+)+");
        }
        assertThat(rows).isGreaterThan(400);
    }

    @Test
    void build_unknownLanguageTag_rejectedNamingIt() {
        assertThatThrownBy(() -> ZoneDirectory.build(List.of("123")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("123");
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ZoneDirectory.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }
}
