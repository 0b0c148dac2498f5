package studiobot.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import studiobot.booking.BookingFlow.AnswerQuestion;
import studiobot.booking.BookingFlow.AskQuestion;
import studiobot.booking.BookingFlow.Back;
import studiobot.booking.BookingFlow.BackToPackages;
import studiobot.booking.BookingFlow.Begin;
import studiobot.booking.BookingFlow.BookingGone;
import studiobot.booking.BookingFlow.Cancel;
import studiobot.booking.BookingFlow.Cancelled;
import studiobot.booking.BookingFlow.ChoosePackage;
import studiobot.booking.BookingFlow.Confirm;
import studiobot.booking.BookingFlow.Facts;
import studiobot.booking.BookingFlow.NoFreeDays;
import studiobot.booking.BookingFlow.NotInProgress;
import studiobot.booking.BookingFlow.Notice;
import studiobot.booking.BookingFlow.Outcome;
import studiobot.booking.BookingFlow.PickDay;
import studiobot.booking.BookingFlow.PickPackage;
import studiobot.booking.BookingFlow.PickTime;
import studiobot.booking.BookingFlow.ReadyToBook;
import studiobot.booking.BookingFlow.ReadyToMove;
import studiobot.booking.BookingFlow.ShowCalendar;
import studiobot.booking.BookingFlow.ShowMonth;
import studiobot.booking.BookingFlow.ShowSummary;
import studiobot.booking.BookingFlow.ShowTimes;
import studiobot.booking.BookingFlow.SkipQuestion;
import studiobot.booking.BookingFlow.Stale;
import studiobot.booking.BookingFlow.Step;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;

/**
 * The booking flow's decisions on plain data. The studio: Anna and Boris shoot in Athens on
 * Tuesdays 10:00-12:00; Anna also on Thursdays 10:00-12:00 and Sundays 05:00-08:00. Every package
 * lasts an hour; times step by the hour, at least two hours ahead, within two weeks. Now is Monday
 * 26 October 2026, 10:00 in Athens (winter time since the day before).
 */
class BookingFlowTest {
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-10-26T08:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 27);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 10, 29);
    private static final long FLOW = 7;
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;

    private static final String PORTRAIT = "{ id: portrait, duration: PT1H, price: 150, photos: 25, photographers: [anna, boris], questions: [purpose] }";
    private static final String FAMILY = "{ id: family, duration: PT1H, price: 200, photos: 40, photographers: [anna], questions: [who, where] }";
    private static final String MINI = "{ id: mini, duration: PT1H, price: 80, photos: 10, photographers: [anna] }";

    private final BookingFlow flow = studio(PORTRAIT, FAMILY, MINI);

    private static BookingFlow studio(String... packages) {
        StringBuilder yaml = new StringBuilder("studio: { name: Test Studio, timeZone: Europe/Athens, currency: EUR }\n"
                + "photographers:\n"
                + "  - { id: anna, name: Anna, telegramId: 2001, timeZone: Europe/Athens,"
                + " workingHours: { tue: [\"10:00-12:00\"], thu: [\"10:00-12:00\"], sun: [\"05:00-08:00\"] } }\n"
                + "  - { id: boris, name: Boris, telegramId: 2002, timeZone: Europe/Athens, workingHours: { tue: [\"10:00-12:00\"] } }\n"
                + "packages:\n");
        for (String p : packages) {
            yaml.append("  - ").append(p).append('\n');
        }
        yaml.append("policy: { minNotice: PT2H, horizon: P14D, slotStep: PT1H, buffer: PT0S, changeCutoff: PT48H }\n");
        StudioConfig config = new ConfigLoader().parse(yaml.toString());
        return new BookingFlow(config);
    }

    // --- plain data ---

    private static Facts facts(Busy... busy) {
        return new Facts(NOW, ATHENS, List.of(busy), Optional.empty(), false, Optional.empty());
    }

    private static Facts inZone(ZoneId zone) {
        return new Facts(NOW, zone, List.of(), Optional.empty(), false, Optional.empty());
    }

    private static Facts preferring(String ownPhotographer) {
        return new Facts(NOW, ATHENS, List.of(), Optional.empty(), false, Optional.of(ownPhotographer));
    }

    private static Facts moving(Booking b, boolean manages, Instant now) {
        return new Facts(now, ATHENS, List.of(), Optional.of(b), manages, Optional.empty());
    }

    private static Slot anna(String start) {
        return slot("anna", start);
    }

    private static Slot boris(String start) {
        return slot("boris", start);
    }

    private static Slot slot(String photographer, String start) {
        Instant at = Instant.parse(start);
        return new Slot(photographer, at, at.plus(Duration.ofHours(1)));
    }

    private static Busy busy(String photographer, String from, String to) {
        return new Busy(photographer, Instant.parse(from), Instant.parse(to));
    }

    private static Draft draft(String packageId) {
        return Draft.start(FLOW, MARIA, packageId, null, NOW);
    }

    /** Maria's portrait with Anna, Thursday 29 October at 10:00 in Athens: three days ahead. */
    private static Booking mariasPortrait() {
        Slot s = anna("2026-10-29T08:00:00Z");
        return new Booking(41, MARIA, "anna", "portrait", s.start(), s.end(), Booking.Status.CONFIRMED, List.of());
    }

    private static Draft moveOf(Booking b, long by) {
        return Draft.start(FLOW, by, b.packageId(), b.id(), NOW);
    }

    private static TreeSet<LocalDate> days(String... dates) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String d : dates) {
            days.add(LocalDate.parse(d));
        }
        return days;
    }

    private Outcome decide(Draft d, Step event) {
        return flow.decide(Optional.of(d), event, facts());
    }

    private static final TreeSet<LocalDate> ALL_FREE_DAYS = days("2026-10-27", "2026-10-29", "2026-11-01", "2026-11-03", "2026-11-05", "2026-11-08");
    private static final TreeSet<LocalDate> FREE_DAYS_BUT_TUESDAY = days("2026-10-29", "2026-11-01", "2026-11-03", "2026-11-05", "2026-11-08");
    private static final List<Slot> ANNAS_TUESDAY = List.of(anna("2026-10-27T08:00:00Z"), anna("2026-10-27T09:00:00Z"));
    /** Anna is taken on Tuesday at 10:00; Boris is not. */
    private static final Busy ANNAS_TUESDAY_TEN = busy("anna", "2026-10-27T08:00:00Z", "2026-10-27T09:00:00Z");
    private static final List<Slot> TUESDAY_BUT_ANNAS_TEN = List.of(boris("2026-10-27T08:00:00Z"), anna("2026-10-27T09:00:00Z"));
    private static final Busy ANNAS_WHOLE_TUESDAY = busy("anna", "2026-10-27T08:00:00Z", "2026-10-27T10:00:00Z");
    /** Anna is away for longer than the horizon. */
    private static final Busy ANNA_AWAY = busy("anna", "2026-10-26T00:00:00Z", "2026-11-10T00:00:00Z");

    // --- choosing a package ---

    @Test
    void pick_noPackageAndSeveralOnOffer_choosePackage() {
        assertThat(flow.pick(new PickPackage(Optional.empty()))).isEqualTo(new ChoosePackage());
    }

    @Test
    void pick_noPackageAndOnlyOneOnOffer_beginsIt() {
        assertThat(studio(MINI).pick(new PickPackage(Optional.empty()))).isEqualTo(new Begin("mini"));
    }

    @Test
    void pick_knownPackage_beginsIt() {
        assertThat(flow.pick(new PickPackage(Optional.of("family")))).isEqualTo(new Begin("family"));
    }

    @Test
    void pick_packageNoLongerOnOffer_stale() {
        assertThat(flow.pick(new PickPackage(Optional.of("wedding")))).isEqualTo(new Stale());
    }

    // --- the calendar ---

    @Test
    void open_newBooking_firstMonthWithAFreeDayAndEveryFreeDay() {
        Draft fresh = draft("portrait");

        assertThat(flow.open(fresh, facts())).isEqualTo(new ShowCalendar(fresh, YearMonth.of(2026, 10), ALL_FREE_DAYS, Notice.NONE));
    }

    @Test
    void open_everyPhotographerBusyThroughTheHorizon_noFreeDays() {
        Draft fresh = draft("family");

        assertThat(flow.open(fresh, facts(ANNA_AWAY)))
                .isEqualTo(new NoFreeDays(fresh));
    }

    @Test
    void open_move_onlyItsPhotographersDaysAndNotItsOwnTime() {
        Booking b = mariasPortrait();
        Draft move = moveOf(b, MARIA);

        ShowCalendar calendar = (ShowCalendar) flow.open(move, moving(b, false, NOW));
        // Boris's Tuesdays are not offered; Anna's Thursday still is, at 11:00
        assertThat(calendar.freeDays()).isEqualTo(ALL_FREE_DAYS);
        ShowTimes thursday = (ShowTimes) flow.decide(Optional.of(move), new PickDay(FLOW, THURSDAY), moving(b, false, NOW));
        assertThat(thursday.times()).containsExactly(anna("2026-10-29T09:00:00Z"));
        ShowTimes tuesday = (ShowTimes) flow.decide(Optional.of(move), new PickDay(FLOW, TUESDAY), moving(b, false, NOW));
        assertThat(tuesday.times()).containsExactly(anna("2026-10-27T08:00:00Z"), anna("2026-10-27T09:00:00Z"));
    }

    @Test
    void showMonth_aMonthWithFreeDays_thatMonth() {
        Draft d = draft("portrait");

        assertThat(decide(d, new ShowMonth(FLOW, YearMonth.of(2026, 11))))
                .isEqualTo(new ShowCalendar(d, YearMonth.of(2026, 11), ALL_FREE_DAYS, Notice.NONE));
    }

    @Test
    void showMonth_outsideTheFreeMonths_theNearestMonthWithFreeDays() {
        Draft d = draft("portrait");

        assertThat(((ShowCalendar) decide(d, new ShowMonth(FLOW, YearMonth.of(2027, 1)))).month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(((ShowCalendar) decide(d, new ShowMonth(FLOW, YearMonth.of(2026, 9)))).month()).isEqualTo(YearMonth.of(2026, 10));
    }

    // --- which flow ---

    @Test
    void decide_noFlowUnderWay_notInProgress() {
        assertThat(flow.decide(Optional.empty(), new PickDay(FLOW, TUESDAY), facts())).isEqualTo(new NotInProgress());
    }

    @Test
    void decide_buttonOfAnEarlierFlow_notInProgress() {
        Draft d = draft("portrait").withDay(TUESDAY);

        assertThat(decide(d, new Confirm(FLOW - 1))).isEqualTo(new NotInProgress());
        assertThat(decide(d, new Cancel(FLOW - 1))).isEqualTo(new NotInProgress());
        assertThat(decide(d, new AnswerQuestion(FLOW - 1, "A gift"))).isEqualTo(new NotInProgress());
    }

    // --- the day and the time ---

    @Test
    void pickDay_withFreeTimes_thoseTimesOnePerStartFirstPhotographerFirst() {
        Draft d = draft("portrait");

        assertThat(decide(d, new PickDay(FLOW, TUESDAY))).isEqualTo(new ShowTimes(d.withDay(TUESDAY), TUESDAY, ANNAS_TUESDAY, Notice.NONE));
    }

    @Test
    void pickDay_clientsOwnPhotographerFreeToo_offersTheirTimes() {
        ShowTimes times = (ShowTimes) flow.decide(Optional.of(draft("portrait")), new PickDay(FLOW, TUESDAY), preferring("boris"));

        assertThat(times.times()).containsExactly(boris("2026-10-27T08:00:00Z"), boris("2026-10-27T09:00:00Z"));
    }

    @Test
    void pickDay_nothingFreeThatDayAnyMore_calendarOfItsMonthSayingTheDayIsFull() {
        Draft d = draft("family");

        assertThat(flow.decide(Optional.of(d), new PickDay(FLOW, TUESDAY), facts(ANNAS_WHOLE_TUESDAY)))
                .isEqualTo(new ShowCalendar(d, YearMonth.of(2026, 10), FREE_DAYS_BUT_TUESDAY, Notice.DAY_FULL));
    }

    @Test
    void pickDay_theNightNewYorkFallsBack_timesFallOnTheClientsOwnDates() {
        // Anna's Sunday 05:00, 06:00, 07:00 in Athens; New York leaves summer time at 06:00Z on 1 November
        Draft d = draft("family");

        assertThat(((ShowTimes) flow.decide(Optional.of(d), new PickDay(FLOW, LocalDate.of(2026, 10, 31)), inZone(NEW_YORK))).times())
                .containsExactly(anna("2026-11-01T03:00:00Z")); // 23:00 EDT
        assertThat(((ShowTimes) flow.decide(Optional.of(d), new PickDay(FLOW, LocalDate.of(2026, 11, 1)), inZone(NEW_YORK))).times())
                .containsExactly(anna("2026-11-01T04:00:00Z"), anna("2026-11-01T05:00:00Z")); // 00:00 and 01:00 EDT
        // a week later, in standard time, the same Athens hours start an hour earlier on New York's clock
        assertThat(((ShowTimes) flow.decide(Optional.of(d), new PickDay(FLOW, LocalDate.of(2026, 11, 7)), inZone(NEW_YORK))).times())
                .containsExactly(anna("2026-11-08T03:00:00Z"), anna("2026-11-08T04:00:00Z")); // 22:00 and 23:00 EST
    }

    @Test
    void pickTime_offeredTimeOfAPackageWithQuestions_asksTheFirst() {
        Draft d = draft("family").withDay(TUESDAY);
        Slot chosen = anna("2026-10-27T09:00:00Z");

        assertThat(decide(d, new PickTime(FLOW, chosen.start(), "anna"))).isEqualTo(new AskQuestion(d.withSlot(chosen), "who", 1, 2));
    }

    @Test
    void pickTime_packageWithoutQuestions_summary() {
        Draft d = draft("mini").withDay(TUESDAY);
        Slot chosen = anna("2026-10-27T08:00:00Z");

        assertThat(decide(d, new PickTime(FLOW, chosen.start(), "anna"))).isEqualTo(new ShowSummary(d.withSlot(chosen)));
    }

    @Test
    void pickTime_anotherPhotographersTimeAtTheSameStart_takesThat() {
        Draft d = draft("portrait").withDay(TUESDAY);
        Slot chosen = boris("2026-10-27T08:00:00Z");

        assertThat(decide(d, new PickTime(FLOW, chosen.start(), "boris"))).isEqualTo(new AskQuestion(d.withSlot(chosen), "purpose", 1, 1));
    }

    @Test
    void pickTime_takenMeanwhile_thatDaysTimesSayingSoAndTheDraftAsItWas() {
        Instant annasTen = Instant.parse("2026-10-27T08:00:00Z");
        // on the draft's own day, and (from an older message) on another day: the draft stays as it was
        for (Draft d : List.of(draft("portrait").withDay(TUESDAY), draft("portrait").withDay(THURSDAY))) {
            assertThat(flow.decide(Optional.of(d), new PickTime(FLOW, annasTen, "anna"), facts(ANNAS_TUESDAY_TEN)))
                    .isEqualTo(new ShowTimes(d, TUESDAY, TUESDAY_BUT_ANNAS_TEN, Notice.SLOT_TAKEN));
        }
    }

    @Test
    void pickTime_lastTimeOfTheDayTaken_calendarSayingItWasTaken() {
        Draft d = draft("family").withDay(TUESDAY);

        Outcome outcome = flow.decide(Optional.of(d), new PickTime(FLOW, Instant.parse("2026-10-27T09:00:00Z"), "anna"), facts(ANNAS_WHOLE_TUESDAY));

        assertThat(outcome).isEqualTo(new ShowCalendar(d.withDay(null), YearMonth.of(2026, 10), FREE_DAYS_BUT_TUESDAY, Notice.SLOT_TAKEN));
    }

    @Test
    void pickTime_move_straightToTheSummaryWithoutQuestions() {
        Booking b = mariasPortrait();
        Draft move = moveOf(b, MARIA).withDay(THURSDAY);
        Slot chosen = anna("2026-10-29T09:00:00Z");

        assertThat(flow.decide(Optional.of(move), new PickTime(FLOW, chosen.start(), "anna"), moving(b, false, NOW)))
                .isEqualTo(new ShowSummary(move.withSlot(chosen)));
    }

    @Test
    void pickTime_moveToItsOwnTime_notOffered() {
        Booking b = mariasPortrait();
        Draft move = moveOf(b, MARIA).withDay(THURSDAY);

        assertThat(flow.decide(Optional.of(move), new PickTime(FLOW, b.start(), "anna"), moving(b, false, NOW)))
                .isEqualTo(new ShowTimes(move, THURSDAY, List.of(anna("2026-10-29T09:00:00Z")), Notice.SLOT_TAKEN));
    }

    // --- the questions ---

    private static Draft atFirstQuestion(String packageId) {
        return draft(packageId).withDay(TUESDAY).withSlot(anna("2026-10-27T08:00:00Z"));
    }

    @Test
    void answer_theLastQuestion_keptAndTheSummaryFollows() {
        Draft d = atFirstQuestion("portrait");

        assertThat(decide(d, new AnswerQuestion(FLOW, "  A gift for my mum \n")))
                .isEqualTo(new ShowSummary(d.withAnswer(new Answer("purpose", "A gift for my mum"))));
    }

    @Test
    void answer_aQuestionWithMoreToCome_asksTheNext() {
        Draft d = atFirstQuestion("family");

        assertThat(decide(d, new AnswerQuestion(FLOW, "Two adults and a dog")))
                .isEqualTo(new AskQuestion(d.withAnswer(new Answer("who", "Two adults and a dog")), "where", 2, 2));
    }

    @Test
    void answer_toADateQuestion_isKeptAsTheDay_orTheQuestionComesAgainSayingItWasUnclear() {
        BookingFlow withDate = studio("{ id: newborn, duration: PT1H, price: 200, photos: 40, photographers: [anna],"
                + " questions: [{ id: due, type: date }, name] }");
        Draft d = draft("newborn").withDay(TUESDAY).withSlot(anna("2026-10-27T08:00:00Z"));

        assertThat(withDate.decide(Optional.of(d), new AnswerQuestion(FLOW, "soon, in spring", Optional.empty()), facts()))
                .isEqualTo(new AskQuestion(d, "due", 1, 2, true, true));
        assertThat(withDate.decide(Optional.of(d), new AnswerQuestion(FLOW, "12.03.2027", Optional.of(LocalDate.of(2027, 3, 12))), facts()))
                .isEqualTo(new AskQuestion(d.withAnswer(new Answer("due", "2027-03-12")), "name", 2, 2, false, false));
    }

    @Test
    void answer_blank_asksTheSameQuestionAgain() {
        Draft d = atFirstQuestion("family");

        assertThat(decide(d, new AnswerQuestion(FLOW, " \n\t "))).isEqualTo(new AskQuestion(d, "who", 1, 2));
    }

    @Test
    void answer_longerThanKept_isAskedAgainWithItsLengthAndNothingIsKept() {
        Draft d = atFirstQuestion("portrait");
        String camera = "\uD83D\uDCF7"; // one character, two UTF-16 units
        String text = "a".repeat(BookingFlow.MAX_ANSWER - 1) + camera + "b";

        AskQuestion again = (AskQuestion) decide(d, new AnswerQuestion(FLOW, text));

        assertThat(again.tooLong()).as("characters, not UTF-16 units").isEqualTo(BookingFlow.MAX_ANSWER + 1);
        assertThat(again.draft().answers()).isEmpty();
    }

    @Test
    void answer_exactlyAsLongAsKept_isKeptWhole() {
        Draft d = atFirstQuestion("portrait");
        String text = "a".repeat(BookingFlow.MAX_ANSWER - 1) + "\uD83D\uDCF7";

        ShowSummary summary = (ShowSummary) decide(d, new AnswerQuestion(FLOW, text));

        assertThat(summary.draft().answers()).extracting(Answer::text).containsExactly(text);
    }

    @Test
    void answer_noQuestionOnScreen_notInProgress() {
        Draft atSummary = atFirstQuestion("portrait").withAnswer(new Answer("purpose", "A gift"));

        assertThat(decide(atSummary, new AnswerQuestion(FLOW, "More"))).isEqualTo(new NotInProgress());
        assertThat(decide(draft("portrait").withDay(TUESDAY), new AnswerQuestion(FLOW, "More"))).isEqualTo(new NotInProgress());
    }

    @Test
    void skip_atAQuestion_anEmptyAnswerAndTheNextStep() {
        Draft d = atFirstQuestion("portrait");

        assertThat(decide(d, new SkipQuestion(FLOW))).isEqualTo(new ShowSummary(d.withAnswer(new Answer("purpose", ""))));
    }

    @Test
    void skip_noQuestionOnScreen_stale() {
        assertThat(decide(atFirstQuestion("mini"), new SkipQuestion(FLOW))).isEqualTo(new Stale());
        assertThat(decide(draft("portrait").withDay(TUESDAY), new SkipQuestion(FLOW))).isEqualTo(new Stale());
    }

    // --- back and cancel ---

    @Test
    void back_atTheCalendarWithSeveralPackages_thePackagesAgain() {
        Draft d = draft("portrait");

        assertThat(decide(d, new Back(FLOW))).isEqualTo(new BackToPackages(d));
    }

    @Test
    void back_atTheCalendarOfTheOnlyPackage_cancelled() {
        Draft d = draft("mini");

        assertThat(studio(MINI).decide(Optional.of(d), new Back(FLOW), facts())).isEqualTo(new Cancelled(d));
    }

    @Test
    void back_atTheCalendarOfAMove_cancelledSoTheBookingStaysAsItWas() {
        Booking b = mariasPortrait();
        Draft move = moveOf(b, MARIA);

        assertThat(flow.decide(Optional.of(move), new Back(FLOW), moving(b, false, NOW))).isEqualTo(new Cancelled(move));
    }

    @Test
    void back_atTheTimes_calendarOfThatDaysMonth() {
        Draft d = draft("portrait").withDay(LocalDate.of(2026, 11, 3));

        assertThat(decide(d, new Back(FLOW))).isEqualTo(new ShowCalendar(d.withDay(null), YearMonth.of(2026, 11), ALL_FREE_DAYS, Notice.NONE));
    }

    @Test
    void back_atTheFirstQuestion_theTimesOfThatDayWithoutTheChosenOne() {
        Draft d = atFirstQuestion("portrait");

        assertThat(decide(d, new Back(FLOW))).isEqualTo(new ShowTimes(d.withDay(TUESDAY), TUESDAY, ANNAS_TUESDAY, Notice.NONE));
    }

    @Test
    void back_atTheFirstQuestionWhenNothingIsFreeAnyMore_noFreeDays() {
        Draft d = atFirstQuestion("family");

        assertThat(flow.decide(Optional.of(d), new Back(FLOW), facts(ANNA_AWAY)))
                .isEqualTo(new NoFreeDays(d.withDay(null)));
    }

    @Test
    void back_atTheSummaryAfterAnswers_theLastQuestionAgainWithoutItsAnswer() {
        Draft first = atFirstQuestion("family");
        Draft summary = first.withAnswer(new Answer("who", "Us")).withAnswer(new Answer("where", "Home"));

        assertThat(decide(summary, new Back(FLOW))).isEqualTo(new AskQuestion(first.withAnswer(new Answer("who", "Us")), "where", 2, 2));
    }

    @Test
    void back_answersOfAQuestionnaireShortenedSince_stale() {
        Draft d = atFirstQuestion("portrait").withAnswer(new Answer("purpose", "A gift")).withAnswer(new Answer("style", "Warm"));

        assertThat(decide(d, new Back(FLOW))).isEqualTo(new Stale());
    }

    @Test
    void cancel_atAnyStep_cancelled() {
        for (Draft d : List.of(draft("portrait"), draft("portrait").withDay(TUESDAY), atFirstQuestion("portrait"))) {
            assertThat(decide(d, new Cancel(FLOW))).isEqualTo(new Cancelled(d));
        }
    }

    // --- confirm ---

    private static Draft atSummary() {
        return atFirstQuestion("portrait").withAnswer(new Answer("purpose", "A gift"));
    }

    @Test
    void confirm_newBookingAndTheSlotStillFree_readyToBook() {
        assertThat(decide(atSummary(), new Confirm(FLOW))).isEqualTo(new ReadyToBook(atSummary()));
    }

    @Test
    void confirm_slotTakenSinceItWasChosen_thatDaysTimesAsTheyNowAre() {
        Outcome outcome = flow.decide(Optional.of(atSummary()), new Confirm(FLOW), facts(ANNAS_TUESDAY_TEN));

        assertThat(outcome).isEqualTo(new ShowTimes(atSummary().withDay(TUESDAY), TUESDAY, TUESDAY_BUT_ANNAS_TEN, Notice.SLOT_TAKEN));
    }

    @Test
    void confirm_slotNowInsideTheMinimumNotice_takenLikeAnyOther() {
        Facts tuesdayNine = new Facts(Instant.parse("2026-10-27T07:00:00Z"), ATHENS, List.of(), Optional.empty(), false, Optional.empty());

        Outcome outcome = flow.decide(Optional.of(atSummary()), new Confirm(FLOW), tuesdayNine);

        assertThat(outcome).isEqualTo(new ShowTimes(atSummary().withDay(TUESDAY), TUESDAY, List.of(anna("2026-10-27T09:00:00Z")), Notice.SLOT_TAKEN));
    }

    @Test
    void confirm_beforeTheTimeOrTheLastQuestion_stale() {
        assertThat(decide(draft("portrait").withDay(TUESDAY), new Confirm(FLOW))).isEqualTo(new Stale());
        assertThat(decide(atFirstQuestion("portrait"), new Confirm(FLOW))).isEqualTo(new Stale());
    }

    @Test
    void taken_storeRefusedTheLastTimeOfTheDay_calendarSayingItWasTaken() {
        Draft d = atFirstQuestion("family").withAnswer(new Answer("who", "Us")).withAnswer(new Answer("where", "Home"));

        assertThat(flow.taken(d, facts(ANNAS_WHOLE_TUESDAY)))
                .isEqualTo(new ShowCalendar(d.withDay(null), YearMonth.of(2026, 10), FREE_DAYS_BUT_TUESDAY, Notice.SLOT_TAKEN));
    }

    // --- confirming a move ---

    private static Draft moveToThursdayEleven(Booking b, long by) {
        return moveOf(b, by).withDay(THURSDAY).withSlot(anna("2026-10-29T09:00:00Z"));
    }

    @Test
    void confirm_moveByItsClientBeforeTheCutoff_readyToMoveByTheClient() {
        Booking b = mariasPortrait();
        Draft move = moveToThursdayEleven(b, MARIA);

        assertThat(flow.decide(Optional.of(move), new Confirm(FLOW), moving(b, false, NOW))).isEqualTo(new ReadyToMove(move, b, true));
    }

    @Test
    void confirm_moveByItsClientWithinTheCutoff_bookingGone() {
        Booking b = mariasPortrait();
        Draft move = moveToThursdayEleven(b, MARIA);
        Instant dayAndAHalfBefore = b.start().minus(Duration.ofHours(36));

        assertThat(flow.decide(Optional.of(move), new Confirm(FLOW), moving(b, false, dayAndAHalfBefore))).isEqualTo(new BookingGone(move));
    }

    @Test
    void confirm_moveByItsPhotographerWithinTheClientsCutoff_readyToMoveForTheClient() {
        Booking b = mariasPortrait();
        Draft move = moveToThursdayEleven(b, ANNA);
        Instant dayAndAHalfBefore = b.start().minus(Duration.ofHours(36));

        assertThat(flow.decide(Optional.of(move), new Confirm(FLOW), moving(b, true, dayAndAHalfBefore))).isEqualTo(new ReadyToMove(move, b, false));
    }

    @Test
    void confirm_moveBySomeoneWhoMayNotManageIt_bookingGone() {
        Booking b = mariasPortrait();
        Draft move = moveToThursdayEleven(b, ANNA);

        assertThat(flow.decide(Optional.of(move), new Confirm(FLOW), moving(b, false, NOW))).isEqualTo(new BookingGone(move));
    }

    @Test
    void confirm_moveOfABookingCancelledOrDeletedMeanwhile_bookingGone() {
        Booking b = mariasPortrait();
        Booking cancelled = new Booking(b.id(), b.clientId(), b.photographerId(), b.packageId(), b.start(), b.end(), Booking.Status.CANCELLED, List.of());
        Draft move = moveToThursdayEleven(b, MARIA);

        assertThat(flow.decide(Optional.of(move), new Confirm(FLOW), moving(cancelled, false, NOW))).isEqualTo(new BookingGone(move));
        assertThat(decide(move, new Confirm(FLOW))).isEqualTo(new BookingGone(move));
    }

    // --- purity ---

    @Test
    void bookingFlow_usesNoChatMessagesPeopleStoreOrClock() {
        noClasses().that().haveNameMatching("studiobot\\.booking\\.BookingFlow(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("studiobot.chat..", "studiobot.i18n..", "studiobot.people..",
                        "studiobot.store..", "studiobot.delivery..", "java.sql..")
                .orShould().dependOnClassesThat().belongToAnyOf(Bookings.class, Notices.class, Changes.class, Reminders.class,
                        Access.class, Reserving.class, Clock.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("studiobot.booking"));
    }
}
