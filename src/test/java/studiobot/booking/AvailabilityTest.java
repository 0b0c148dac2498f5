package studiobot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;

class AvailabilityTest {
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Monday 30 November 2026 is in Athens winter time (UTC+2); the day before, at noon UTC. */
    private static final Instant SUNDAY_BEFORE = Instant.parse("2026-11-29T12:00:00Z");

    private static final String ANNA_MONDAY = "{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens,"
            + " workingHours: { mon: [\"09:00-13:00\", \"14:00-18:00\"] } }";
    private static final String PORTRAIT = "{ id: portrait, duration: PT1H, price: 150, photos: 25, photographers: [anna] }";
    private static final String NO_NOTICE_ONE_WEEK = "{ minNotice: PT0S, horizon: P7D, slotStep: PT30M, buffer: PT0S }";

    private static Availability studio(List<String> photographers, List<String> packages, String policy) {
        String yaml = "studio: { name: Test Studio, timeZone: Europe/Athens, currency: EUR }\n"
                + "photographers:\n" + list(photographers)
                + "packages:\n" + list(packages)
                + "policy: " + policy + "\n";
        StudioConfig config = new ConfigLoader().parse(yaml);
        return new Availability(config);
    }

    private static String list(List<String> items) {
        StringBuilder s = new StringBuilder();
        items.forEach(i -> s.append("  - ").append(i).append('\n'));
        return s.toString();
    }

    private static Availability annaMondays(String policy) {
        return studio(List.of(ANNA_MONDAY), List.of(PORTRAIT), policy);
    }

    private static List<String> localStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> LocalDateTime.ofInstant(s.start(), zone).toString()).toList();
    }

    private static List<Instant> starts(List<Slot> slots) {
        return slots.stream().map(Slot::start).toList();
    }

    private static Instant athens(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ATHENS).toInstant();
    }

    private static Busy annaBusy(String fromAthens, String toAthens) {
        return new Busy("anna", athens(fromAthens), athens(toAthens));
    }

    // ---- the grid and the ranges

    @Test
    void slots_mondayTwoRanges_stepsThroughEachRangeAndFitsTheShootInside() {
        List<Slot> slots = annaMondays(NO_NOTICE_ONE_WEEK).slots("portrait", SUNDAY_BEFORE, List.of());

        assertThat(localStarts(slots, ATHENS)).containsExactly(
                "2026-11-30T09:00", "2026-11-30T09:30", "2026-11-30T10:00", "2026-11-30T10:30",
                "2026-11-30T11:00", "2026-11-30T11:30", "2026-11-30T12:00",
                "2026-11-30T14:00", "2026-11-30T14:30", "2026-11-30T15:00", "2026-11-30T15:30",
                "2026-11-30T16:00", "2026-11-30T16:30", "2026-11-30T17:00");
        assertThat(slots).allSatisfy(s -> {
            assertThat(s.photographerId()).isEqualTo("anna");
            assertThat(Duration.between(s.start(), s.end())).isEqualTo(Duration.ofHours(1));
        });
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    @Test
    void slots_weddingOfEightHours_onlyOnADayWithARangeOfEightHours() {
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens,"
                        + " workingHours: { mon: [\"09:00-13:00\", \"14:00-18:00\"], tue: [\"09:00-18:00\"], wed: [\"09:00-17:00\"] } }"),
                List.of("{ id: wedding, duration: PT8H, price: 1800, photos: 400, photographers: [anna] }"),
                NO_NOTICE_ONE_WEEK);

        List<Slot> slots = availability.slots("wedding", SUNDAY_BEFORE, List.of());

        assertThat(localStarts(slots, ATHENS)).containsExactly(
                "2026-12-01T09:00", "2026-12-01T09:30", "2026-12-01T10:00", // Tuesday 9 h
                "2026-12-02T09:00"); // Wednesday exactly 8 h; Monday's 4 h ranges hold none
    }

    @Test
    void slots_unknownPackage_isEmpty() {
        Availability availability = annaMondays(NO_NOTICE_ONE_WEEK);

        assertThat(availability.slots("elopement", SUNDAY_BEFORE, List.of())).isEmpty();
        assertThat(availability.daysWithSlots("elopement", SUNDAY_BEFORE, List.of(), ATHENS)).isEmpty();
        assertThat(availability.slotsOn("elopement", LocalDate.of(2026, 11, 30), ATHENS, SUNDAY_BEFORE, List.of())).isEmpty();
    }

    // ---- notice and horizon

    @Test
    void slots_minNotice_firstStartIsExactlyNowPlusNotice() {
        // now Sunday 10:00Z; 24 h notice: Monday 10:00Z = 12:00 Athens is the earliest start
        List<Slot> slots = annaMondays("{ minNotice: PT24H, horizon: P7D, slotStep: PT30M, buffer: PT0S }")
                .slots("portrait", Instant.parse("2026-11-29T10:00:00Z"), List.of());

        assertThat(localStarts(slots, ATHENS)).startsWith("2026-11-30T12:00", "2026-11-30T14:00");
        assertThat(localStarts(slots, ATHENS)).doesNotContain("2026-11-30T11:30");
    }

    @Test
    void slots_horizon_lastStartIsBeforeNowPlusHorizon() {
        // now Sunday 12:00Z; 24 h horizon ends Monday 12:00Z = 14:00 Athens, which is itself out
        List<Slot> slots = annaMondays("{ minNotice: PT0S, horizon: PT24H, slotStep: PT30M, buffer: PT0S }")
                .slots("portrait", SUNDAY_BEFORE, List.of());

        assertThat(localStarts(slots, ATHENS)).endsWith("2026-11-30T11:30", "2026-11-30T12:00");
        assertThat(localStarts(slots, ATHENS)).doesNotContain("2026-11-30T14:00");
    }

    @Test
    void slots_horizonOfWeeks_offersEveryWorkingDayUpToIt() {
        List<Slot> slots = annaMondays("{ minNotice: PT0S, horizon: P15D, slotStep: PT30M, buffer: PT0S }")
                .slots("portrait", SUNDAY_BEFORE, List.of());

        assertThat(slots.stream().map(s -> LocalDate.ofInstant(s.start(), ATHENS)).distinct())
                .containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 14));
    }

    // ---- busy times and the buffer

    @Test
    void slots_busyWithBuffer_blocksTheBufferedIntervalOnly() {
        Availability availability = annaMondays("{ minNotice: PT0S, horizon: P7D, slotStep: PT30M, buffer: PT30M }");
        // booked 11:00-12:00, so 10:30-12:30 is blocked; and 14:00-15:00, so 13:30-15:30
        List<Busy> busy = List.of(annaBusy("2026-11-30T11:00", "2026-11-30T12:00"), annaBusy("2026-11-30T14:00", "2026-11-30T15:00"));

        List<Slot> slots = availability.slots("portrait", SUNDAY_BEFORE, busy);

        assertThat(localStarts(slots, ATHENS)).containsExactly(
                "2026-11-30T09:00", "2026-11-30T09:30",
                "2026-11-30T15:30", "2026-11-30T16:00", "2026-11-30T16:30", "2026-11-30T17:00");
    }

    @Test
    void slots_slotTouchingBufferedEdges_isOffered() {
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { mon: [\"09:00-18:00\"] } }"),
                List.of(PORTRAIT),
                "{ minNotice: PT0S, horizon: P7D, slotStep: PT30M, buffer: PT30M }");
        List<Busy> busy = List.of(annaBusy("2026-11-30T12:00", "2026-11-30T13:00"));

        List<String> starts = localStarts(availability.slots("portrait", SUNDAY_BEFORE, busy), ATHENS);

        // 10:30-11:30 ends where the buffer begins; 13:30 starts where it ends
        assertThat(starts).contains("2026-11-30T10:30", "2026-11-30T13:30");
        assertThat(starts).doesNotContain("2026-11-30T11:00", "2026-11-30T11:30", "2026-11-30T12:00", "2026-11-30T12:30", "2026-11-30T13:00");
    }

    @Test
    void slots_zeroBufferBackToBack_isOffered() {
        List<Busy> busy = List.of(annaBusy("2026-11-30T10:00", "2026-11-30T11:00"));

        List<String> starts = localStarts(annaMondays(NO_NOTICE_ONE_WEEK).slots("portrait", SUNDAY_BEFORE, busy), ATHENS);

        assertThat(starts).startsWith("2026-11-30T09:00", "2026-11-30T11:00");
    }

    @Test
    void slots_overlappingBusyTimes_areAllRespected() {
        Availability availability = annaMondays("{ minNotice: PT0S, horizon: P7D, slotStep: PT30M, buffer: PT30M }");
        List<Busy> busy = List.of(
                annaBusy("2026-11-30T14:00", "2026-11-30T16:00"),
                annaBusy("2026-11-30T14:30", "2026-11-30T15:00"), // inside the first
                annaBusy("2026-11-30T09:00", "2026-11-30T09:30"),
                annaBusy("2026-11-30T09:30", "2026-11-30T10:00")); // back to back, out of order

        List<String> starts = localStarts(availability.slots("portrait", SUNDAY_BEFORE, busy), ATHENS);

        assertThat(starts).containsExactly(
                "2026-11-30T10:30", "2026-11-30T11:00", "2026-11-30T11:30", "2026-11-30T12:00",
                "2026-11-30T16:30", "2026-11-30T17:00");
    }

    // ---- daylight saving

    @Test
    void slots_athensSpringForward_skipsTheMissingHourWithoutShifting() {
        // Sunday 29 March 2026: 03:00 EET becomes 04:00 EEST (01:00Z)
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { sun: [\"02:00-06:00\"] } }"),
                List.of(PORTRAIT),
                "{ minNotice: PT0S, horizon: P2D, slotStep: PT30M, buffer: PT0S }");

        List<Slot> slots = availability.slots("portrait", Instant.parse("2026-03-28T00:00:00Z"), List.of());

        assertThat(localStarts(slots, ATHENS)).containsExactly(
                "2026-03-29T02:00", "2026-03-29T02:30", "2026-03-29T04:00", "2026-03-29T04:30", "2026-03-29T05:00");
        assertThat(starts(slots)).containsExactly(
                Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-03-29T01:30:00Z"),
                Instant.parse("2026-03-29T02:00:00Z"));
        // 05:30 would end at 06:30 by the clock: the range holds three real hours, not four
        assertThat(slots.get(slots.size() - 1).end()).isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
    }

    @Test
    void slots_newYorkFallBack_repeatedTimesAppearOnceAtTheirFirstOccurrence() {
        // Sunday 1 November 2026: 02:00 EDT becomes 01:00 EST (06:00Z), so 01:00-01:59 happens twice
        Availability availability = studio(
                List.of("{ id: ben, name: Ben, telegramId: 2002, timeZone: America/New_York, workingHours: { sun: [\"00:00-04:00\"] } }"),
                List.of("{ id: portrait, duration: PT1H, price: 150, photos: 25, photographers: [ben] }"),
                "{ minNotice: PT0S, horizon: P2D, slotStep: PT30M, buffer: PT0S }");

        List<Slot> slots = availability.slots("portrait", Instant.parse("2026-10-31T00:00:00Z"), List.of());

        assertThat(localStarts(slots, NEW_YORK)).containsExactly(
                "2026-11-01T00:00", "2026-11-01T00:30", "2026-11-01T01:00", "2026-11-01T01:30",
                "2026-11-01T02:00", "2026-11-01T02:30", "2026-11-01T03:00");
        assertThat(starts(slots)).containsExactly(
                Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T04:30:00Z"),
                Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T05:30:00Z"), // EDT, first pass
                Instant.parse("2026-11-01T07:00:00Z"), Instant.parse("2026-11-01T07:30:00Z"),
                Instant.parse("2026-11-01T08:00:00Z"));
        // 01:30 EDT plus one real hour ends at 01:30 EST
        assertThat(slots.get(3).end()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    }

    @Test
    void slots_weddingAcrossFallBackNight_takesEightRealHoursAndEndsInsideTheRange() {
        // 00:00-08:00 on 1 November 2026 in New York lasts nine real hours (04:00Z to 13:00Z)
        Availability availability = studio(
                List.of("{ id: ben, name: Ben, telegramId: 2002, timeZone: America/New_York, workingHours: { sun: [\"00:00-08:00\"] } }"),
                List.of("{ id: wedding, duration: PT8H, price: 1800, photos: 400, photographers: [ben] }"),
                "{ minNotice: PT0S, horizon: P2D, slotStep: PT30M, buffer: PT0S }");

        List<Slot> slots = availability.slots("wedding", Instant.parse("2026-10-31T00:00:00Z"), List.of());

        assertThat(starts(slots)).containsExactly(
                Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T04:30:00Z"), Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(slots).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).isEqualTo(Duration.ofHours(8)));
        // the last ends exactly at 08:00 EST by the clock and by the instant
        assertThat(LocalDateTime.ofInstant(slots.get(2).end(), NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-11-01T08:00"));
    }

    @Test
    void slots_weddingOnSpringForwardNight_doesNotFitSevenRealHours() {
        // 00:00-08:00 Athens is eight hours on Sunday 22 March 2026 but seven on Sunday 29 March
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { sun: [\"00:00-08:00\"] } }"),
                List.of("{ id: wedding, duration: PT8H, price: 1800, photos: 400, photographers: [anna] }"),
                "{ minNotice: PT0S, horizon: P14D, slotStep: PT30M, buffer: PT0S }");

        List<Slot> slots = availability.slots("wedding", Instant.parse("2026-03-21T00:00:00Z"), List.of());

        assertThat(localStarts(slots, ATHENS)).containsExactly("2026-03-22T00:00");
    }

    @Test
    void slots_rangeEndingInsideTheSkippedHour_shootMustEndByTheClock() {
        // 00:00-03:30 Athens on 29 March 2026: 03:30 never shows; 02:00 + 1 h ends at 04:00 EEST by the clock
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { sun: [\"00:00-03:30\"] } }"),
                List.of(PORTRAIT),
                "{ minNotice: PT0S, horizon: P2D, slotStep: PT30M, buffer: PT0S }");

        List<Slot> slots = availability.slots("portrait", Instant.parse("2026-03-28T00:00:00Z"), List.of());

        assertThat(localStarts(slots, ATHENS)).containsExactly(
                "2026-03-29T00:00", "2026-03-29T00:30", "2026-03-29T01:00", "2026-03-29T01:30");
    }

    @Test
    void slots_rangeEndingInTheRepeatedHour_shootMustEndByItsFirstOccurrence() {
        // 00:00-01:30 New York on 1 November 2026 ends at 01:30 EDT (05:30Z); 01:00 EDT + 1 h is 01:00 EST, too late
        Availability availability = studio(
                List.of("{ id: ben, name: Ben, telegramId: 2002, timeZone: America/New_York, workingHours: { sun: [\"00:00-01:30\"] } }"),
                List.of("{ id: portrait, duration: PT1H, price: 150, photos: 25, photographers: [ben] }"),
                "{ minNotice: PT0S, horizon: P2D, slotStep: PT30M, buffer: PT0S }");

        List<Slot> slots = availability.slots("portrait", Instant.parse("2026-10-31T00:00:00Z"), List.of());

        assertThat(starts(slots)).containsExactly(Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T04:30:00Z"));
    }

    // ---- the viewer's calendar

    @Test
    void daysWithSlots_viewerInKualaLumpur_seesDatesOfTheirOwnCalendar() {
        // Monday 14:00-20:00 in Athens (UTC+2 in winter) is 20:00 Monday to 02:00 Tuesday in Kuala Lumpur (UTC+8)
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { mon: [\"14:00-20:00\"] } }"),
                List.of(PORTRAIT),
                NO_NOTICE_ONE_WEEK);

        assertThat(availability.daysWithSlots("portrait", SUNDAY_BEFORE, List.of(), ATHENS))
                .containsExactly(LocalDate.of(2026, 11, 30));
        assertThat(availability.daysWithSlots("portrait", SUNDAY_BEFORE, List.of(), KUALA_LUMPUR))
                .containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }

    @Test
    void slotsOn_viewerInKualaLumpur_listsTheSlotsStartingOnTheirDate() {
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { mon: [\"14:00-20:00\"] } }"),
                List.of(PORTRAIT),
                NO_NOTICE_ONE_WEEK);

        List<Slot> monday = availability.slotsOn("portrait", LocalDate.of(2026, 11, 30), KUALA_LUMPUR, SUNDAY_BEFORE, List.of());
        List<Slot> tuesday = availability.slotsOn("portrait", LocalDate.of(2026, 12, 1), KUALA_LUMPUR, SUNDAY_BEFORE, List.of());

        // Athens 17:00 is 15:00Z, 23:00 the same Monday in Kuala Lumpur; from Athens 18:00 on it is Tuesday there
        assertThat(localStarts(monday, KUALA_LUMPUR)).endsWith("2026-11-30T23:00", "2026-11-30T23:30");
        assertThat(monday).extracting(Slot::start).contains(Instant.parse("2026-11-30T15:00:00Z"));
        assertThat(localStarts(tuesday, KUALA_LUMPUR)).containsExactly("2026-12-01T00:00", "2026-12-01T00:30", "2026-12-01T01:00");
        assertThat(localStarts(tuesday, ATHENS)).containsExactly("2026-11-30T18:00", "2026-11-30T18:30", "2026-11-30T19:00");
        assertThat(availability.slotsOn("portrait", LocalDate.of(2026, 12, 1), ATHENS, SUNDAY_BEFORE, List.of())).isEmpty();
    }

    @Test
    void slotsOn_viewerInLosAngeles_seesMorningSlotsOnThePreviousDate() {
        // Monday 09:00 Athens is 07:00Z, 23:00 Sunday in Los Angeles (UTC-8)
        Availability availability = annaMondays(NO_NOTICE_ONE_WEEK);

        List<Slot> sunday = availability.slotsOn("portrait", LocalDate.of(2026, 11, 29), LOS_ANGELES, SUNDAY_BEFORE, List.of());

        assertThat(localStarts(sunday, LOS_ANGELES)).containsExactly("2026-11-29T23:00", "2026-11-29T23:30");
        assertThat(availability.daysWithSlots("portrait", SUNDAY_BEFORE, List.of(), LOS_ANGELES))
                .containsExactly(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30));
    }

    // ---- several photographers

    @Test
    void slots_twoPhotographers_offersBothOrderedByStartThenPhotographer() {
        // Ben works 08:00-10:00 in London (UTC+0), which is 10:00-12:00 in Athens
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { mon: [\"09:00-11:00\"] } }",
                        "{ id: ben, name: Ben, telegramId: 2002, timeZone: Europe/London, workingHours: { mon: [\"08:00-10:00\"] } }"),
                List.of("{ id: portrait, duration: PT1H, price: 150, photos: 25, photographers: [ben, anna] }"),
                NO_NOTICE_ONE_WEEK);

        List<Slot> slots = availability.slots("portrait", SUNDAY_BEFORE, List.of());

        assertThat(slots).containsExactly(
                new Slot("anna", Instant.parse("2026-11-30T07:00:00Z"), Instant.parse("2026-11-30T08:00:00Z")),
                new Slot("anna", Instant.parse("2026-11-30T07:30:00Z"), Instant.parse("2026-11-30T08:30:00Z")),
                new Slot("anna", Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-11-30T09:00:00Z")),
                new Slot("ben", Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-11-30T09:00:00Z")),
                new Slot("ben", Instant.parse("2026-11-30T08:30:00Z"), Instant.parse("2026-11-30T09:30:00Z")),
                new Slot("ben", Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z")));
    }

    @Test
    void slots_busyOfOnePhotographer_doesNotBlockTheOther() {
        Availability availability = studio(
                List.of("{ id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens, workingHours: { mon: [\"09:00-11:00\"] } }",
                        "{ id: ben, name: Ben, telegramId: 2002, timeZone: Europe/Athens, workingHours: { mon: [\"09:00-11:00\"] } }"),
                List.of("{ id: portrait, duration: PT1H, price: 150, photos: 25, photographers: [anna, ben] }"),
                "{ minNotice: PT0S, horizon: P7D, slotStep: PT30M, buffer: PT30M }");
        List<Busy> busy = List.of(annaBusy("2026-11-30T09:00", "2026-11-30T10:00"));

        List<Slot> slots = availability.slots("portrait", SUNDAY_BEFORE, busy);

        assertThat(slots).filteredOn(s -> s.photographerId().equals("anna")).isEmpty();
        assertThat(localStarts(slots, ATHENS)).containsExactly("2026-11-30T09:00", "2026-11-30T09:30", "2026-11-30T10:00");
        assertThat(slots).allSatisfy(s -> assertThat(s.photographerId()).isEqualTo("ben"));
    }

    // ---- confirming one slot

    @Test
    void isFree_offeredSlot_isTrue() {
        Availability availability = annaMondays(NO_NOTICE_ONE_WEEK);

        List<Slot> offered = availability.slots("portrait", SUNDAY_BEFORE, List.of());

        assertThat(offered).allSatisfy(s -> assertThat(availability.isFree(s, SUNDAY_BEFORE, List.of())).isTrue());
    }

    @Test
    void isFree_slotTakenMeanwhile_isFalse() {
        Availability availability = annaMondays("{ minNotice: PT0S, horizon: P7D, slotStep: PT30M, buffer: PT30M }");
        Slot slot = new Slot("anna", athens("2026-11-30T10:00"), athens("2026-11-30T11:00"));
        Slot nextDoor = new Slot("anna", athens("2026-11-30T12:00"), athens("2026-11-30T13:00"));
        List<Busy> taken = List.of(annaBusy("2026-11-30T10:30", "2026-11-30T11:30"));

        assertThat(availability.isFree(slot, SUNDAY_BEFORE, List.of())).isTrue();
        assertThat(availability.isFree(slot, SUNDAY_BEFORE, taken)).isFalse();
        assertThat(availability.isFree(nextDoor, SUNDAY_BEFORE, taken)).isTrue(); // touches the buffer
        assertThat(availability.isFree(slot, SUNDAY_BEFORE, List.of(new Busy("ben", slot.start(), slot.end())))).isTrue();
    }

    @Test
    void isFree_startOffTheStepGrid_isFalse() {
        Slot offGrid = new Slot("anna", athens("2026-11-30T09:10"), athens("2026-11-30T10:10"));

        assertThat(annaMondays(NO_NOTICE_ONE_WEEK).isFree(offGrid, SUNDAY_BEFORE, List.of())).isFalse();
    }

    @Test
    void isFree_beforeMinNotice_isFalse() {
        Availability availability = annaMondays("{ minNotice: PT24H, horizon: P7D, slotStep: PT30M, buffer: PT0S }");
        Slot slot = new Slot("anna", athens("2026-11-30T11:30"), athens("2026-11-30T12:30")); // 09:30Z
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        assertThat(availability.isFree(slot, now, List.of())).isFalse();
        assertThat(availability.isFree(slot, now.minus(Duration.ofMinutes(30)), List.of())).isTrue();
    }

    @Test
    void isFree_lengthOfNoPackageOrOutsideHours_isFalse() {
        Availability availability = annaMondays(NO_NOTICE_ONE_WEEK);

        assertThat(availability.isFree(new Slot("anna", athens("2026-11-30T09:00"), athens("2026-11-30T11:00")), SUNDAY_BEFORE, List.of())).isFalse();
        assertThat(availability.isFree(new Slot("anna", athens("2026-11-30T12:30"), athens("2026-11-30T13:30")), SUNDAY_BEFORE, List.of())).isFalse();
        assertThat(availability.isFree(new Slot("anna", athens("2026-12-01T09:00"), athens("2026-12-01T10:00")), SUNDAY_BEFORE, List.of())).isFalse();
        assertThat(availability.isFree(new Slot("zoe", athens("2026-11-30T09:00"), athens("2026-11-30T10:00")), SUNDAY_BEFORE, List.of())).isFalse();
    }

    @Test
    void isFree_secondOccurrenceOfARepeatedTime_isFalse() {
        Availability availability = studio(
                List.of("{ id: ben, name: Ben, telegramId: 2002, timeZone: America/New_York, workingHours: { sun: [\"00:00-04:00\"] } }"),
                List.of("{ id: portrait, duration: PT1H, price: 150, photos: 25, photographers: [ben] }"),
                "{ minNotice: PT0S, horizon: P2D, slotStep: PT30M, buffer: PT0S }");
        Instant now = Instant.parse("2026-10-31T00:00:00Z");

        // 01:00 EDT (05:00Z) is offered, 01:00 EST (06:00Z) is not
        assertThat(availability.isFree(new Slot("ben", Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T06:00:00Z")), now, List.of())).isTrue();
        assertThat(availability.isFree(new Slot("ben", Instant.parse("2026-11-01T06:00:00Z"), Instant.parse("2026-11-01T07:00:00Z")), now, List.of())).isFalse();
    }
}
