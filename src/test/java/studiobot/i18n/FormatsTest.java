package studiobot.i18n;

import java.util.List;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studiobot.chat.Arg;

class FormatsTest {
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final ULocale EN = new ULocale("en");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final Formats formats = new Formats((zone, tag) -> tag.equals("el") && zone.equals(ATHENS) ? "Αθήνα" : "Athens");

    @Test
    void dateTime_athensSpringForward_showsSummerTimeHour() {
        // 01:00Z on 29 March 2026 Athens jumps from 03:00 to 04:00 local
        assertThat(spaces(formats.dateTime(Instant.parse("2026-03-29T00:30:00Z"), ATHENS, EN))).isEqualTo("Sunday, March 29, 2026 at 2:30 AM");
        assertThat(spaces(formats.dateTime(Instant.parse("2026-03-29T01:30:00Z"), ATHENS, EN))).isEqualTo("Sunday, March 29, 2026 at 4:30 AM");
    }

    @Test
    void timeOfDay_newYorkFallBack_showsTheRepeatedHourTwice() {
        assertThat(spaces(formats.timeOfDay(Instant.parse("2026-11-01T05:30:00Z"), NEW_YORK, EN))).isEqualTo("1:30 AM");
        assertThat(spaces(formats.timeOfDay(Instant.parse("2026-11-01T06:30:00Z"), NEW_YORK, EN))).isEqualTo("1:30 AM");
        assertThat(spaces(formats.timeOfDay(Instant.parse("2026-11-01T07:30:00Z"), NEW_YORK, EN))).isEqualTo("2:30 AM");
    }

    @Test
    void dateTime_sydneySpringForwardInOctober_skipsTheMissingHour() {
        assertThat(spaces(formats.dateTime(Instant.parse("2026-10-03T15:30:00Z"), SYDNEY, EN))).isEqualTo("Sunday, October 4, 2026 at 1:30 AM");
        assertThat(spaces(formats.dateTime(Instant.parse("2026-10-03T16:30:00Z"), SYDNEY, EN))).isEqualTo("Sunday, October 4, 2026 at 3:30 AM");
    }

    @Test
    void dateTime_kualaLumpurWithoutDst_isEightHoursAheadAllYear() {
        assertThat(spaces(formats.timeOfDay(Instant.parse("2026-01-01T00:00:00Z"), KUALA_LUMPUR, EN))).isEqualTo("8:00 AM");
        assertThat(spaces(formats.timeOfDay(Instant.parse("2026-07-01T00:00:00Z"), KUALA_LUMPUR, EN))).isEqualTo("8:00 AM");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Sunday, March 29, 2026 at 4:30 AM
            el | Κυριακή 29 Μαρτίου 2026 στις 4:30 π.μ.
            zh | 2026年3月29日星期日 04:30
            ru | воскресенье, 29 марта 2026 г. в 04:30
            de | Sonntag, 29. März 2026 um 04:30
            es | domingo, 29 de marzo de 2026, 4:30
            """)
    void dateTime_eachLanguage_usesItsOwnClockWeekdayAndMonthNames(String tag, String expected) {
        assertThat(spaces(formats.dateTime(Instant.parse("2026-03-29T01:30:00Z"), ATHENS, new ULocale(tag)))).isEqualTo(expected);
    }

    @Test
    void relative_tomorrowAndToday_dependOnTheReadersZone() {
        Instant lateEvening = Instant.parse("2026-12-01T23:30:00Z");

        assertThat(spaces(formats.relative(lateEvening, NOW, ATHENS, EN))).isEqualTo("tomorrow, 1:30 AM");
        assertThat(spaces(formats.relative(lateEvening, NOW, NEW_YORK, EN))).isEqualTo("today, 6:30 PM");
        assertThat(spaces(formats.relative(Instant.parse("2026-12-02T13:00:00Z"), NOW, ATHENS, new ULocale("el")))).isEqualTo("αύριο, 3:00 μ.μ.");
        assertThat(spaces(formats.relative(Instant.parse("2026-12-02T13:00:00Z"), NOW, ATHENS, new ULocale("ru")))).isEqualTo("завтра, 15:00");
    }

    @Test
    void relative_fartherThanADay_isTheFullDate() {
        assertThat(spaces(formats.relative(Instant.parse("2026-12-05T13:00:00Z"), NOW, ATHENS, EN))).isEqualTo("Saturday, December 5, 2026 at 3:00 PM");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | EUR | €1,800.00
            el | EUR | 1.800,00 €
            de | EUR | 1.800,00 €
            ru | EUR | 1 800,00 €
            ms | MYR | RM 1,800.00
            """)
    void money_isInTheReadersNumberFormat(String tag, String currency, String expected) {
        assertThat(spaces(formats.money(new BigDecimal("1800"), Currency.getInstance(currency), new ULocale(tag))))
                .isEqualTo(expected);
    }

    @Test
    void length_inWordsWithPlurals() {
        assertThat(spaces(formats.length(Duration.ofMinutes(90), EN))).isEqualTo("1 hour, 30 minutes");
        assertThat(spaces(formats.length(Duration.ofHours(8), EN))).isEqualTo("8 hours");
        assertThat(spaces(formats.length(Duration.ofMinutes(90), new ULocale("ru")))).isEqualTo("1 час 30 минут");
        assertThat(spaces(formats.length(Duration.ofHours(2), new ULocale("el")))).isEqualTo("2 ώρες");
    }

    @Test
    void zoneName_cityInTheReadersLanguageWithTheOffsetInForceNow() {
        assertThat(spaces(formats.zoneName(ATHENS, Instant.parse("2026-07-01T00:00:00Z"), new ULocale("el")))).isEqualTo("Αθήνα (UTC+03:00)");
        assertThat(spaces(formats.zoneName(ATHENS, Instant.parse("2026-12-01T00:00:00Z"), EN))).isEqualTo("Athens (UTC+02:00)");
        assertThat(spaces(formats.zoneName(ZoneOffset.ofHoursMinutes(5, 30), NOW, EN))).isEqualTo("UTC+05:30");
    }

    @Test
    void timeOfDay_fixedOffsetZone_isShiftedByTheOffset() {
        assertThat(spaces(formats.timeOfDay(NOW, ZoneOffset.ofHours(3), EN))).isEqualTo("11:00 AM");
    }

    @Test
    void timeIn_anotherZone_namesTheDayWhenItIsAnotherDayThere() {
        // Tuesday 1 December, 19:00 in Athens is Wednesday 01:00 in Kuala Lumpur; 10:00 in Athens is 16:00 there
        java.time.ZoneId kualaLumpur = java.time.ZoneId.of("Asia/Kuala_Lumpur");
        Instant evening = Instant.parse("2026-12-01T17:00:00Z");

        assertThat(spaces(formats.render(new Arg.TimeIn(evening, kualaLumpur), EN, ATHENS, NOW))).isEqualTo("Wed 1:00 AM");
        assertThat(spaces(formats.render(new Arg.TimeIn(NOW, kualaLumpur), EN, ATHENS, NOW))).isEqualTo("4:00 PM");
    }

    @Test
    void render_typedArgumentsOnly_otherValuesPassThrough() {
        assertThat(spaces(formats.render(new Arg.TimeOfDay(NOW), EN, ATHENS, NOW))).isEqualTo("10:00 AM");
        assertThat(spaces(formats.render(42, EN, ATHENS, NOW))).isEqualTo(42);
        assertThat(spaces(formats.render("x", EN, ATHENS, NOW))).isEqualTo("x");
    }

    /** ICU separates with no-break and narrow no-break spaces; compare them as plain spaces. */
    private static Object spaces(Object formatted) {
        return formatted instanceof String s ? s.replace('\u00a0', ' ').replace('\u202f', ' ') : formatted;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en | March 12, 2027", "en | ２０２７-０３-１２", "en | 12 March 2027", "en | 2027-03-12",
            "el | 12/3/2027", "el | 12 Μαρτίου 2027", "de | 12.03.2027", "de | 12. März 2027",
            "ru | 12.03.2027", "ru | 12 марта 2027", "ru | 12 марта 2027 г.", "ru | 12 марта 2027 года", "zh | 2027年3月12日", "zh | 2027/3/12",
            "es | 12/3/2027", "es | 12 de marzo de 2027", "ms | 12/03/2027", "ms | 12 Mac 2027",
            "ar | ١٢‏/٣‏/٢٠٢٧", "ar | ١٢/٣/٢٠٢٧", "ar | 12/3/2027", "ar | ٢٠٢٧-٠٣-١٢", "ar | 12 مارس 2027"})
    void readDay_aDateAsEachLanguageWritesIt(String tag, String typed) {
        assertThat(formats.readDay(typed, new ULocale(tag))).contains(LocalDate.of(2027, 3, 12));
    }

    @Test
    void readDay_noYearOrNoDate_isNothing() {
        assertThat(formats.readDay("12/03", new ULocale("en"))).isEmpty();
        assertThat(formats.readDay("in spring", new ULocale("en"))).isEmpty();
        assertThat(formats.readDay("31.02.2027", new ULocale("de"))).as("no such day").isEmpty();
        assertThat(formats.readDay("0012-03-12", new ULocale("en"))).as("no such year for a person").isEmpty();
        assertThat(formats.readDay("12/03/2027", new ULocale("en"))).as("12 March or 3 December: not guessed").isEmpty();
        assertThat(formats.readDay("12/03/2027", new ULocale("el"))).as("day first, as Greek writes it").contains(LocalDate.of(2027, 3, 12));
    }

    @Test
    void aDateWithItsYear_isWrittenTheReadersWay_andReadsBack() {
        for (String tag : List.of("en", "el", "ms", "zh", "ru", "es", "de", "ar")) {
            String shown = (String) formats.render(new studiobot.chat.Arg.Date(LocalDate.of(2027, 3, 12)), new ULocale(tag), ATHENS, Instant.EPOCH);
            assertThat(formats.readDay(shown, new ULocale(tag))).as("%s: %s", tag, shown).contains(LocalDate.of(2027, 3, 12));
        }
    }
}
