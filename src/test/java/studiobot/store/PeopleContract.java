package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.people.People;
import studiobot.people.Person;

/** What every {@link People} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class PeopleContract {
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    static final long ANNA = 900;
    static final long NIKOS = 901;

    People people;

    /** Nobody met yet. */
    abstract People open();

    /** The same people after the program restarted: what was stored is still there. */
    abstract People reopen();

    @BeforeEach
    void openTheStore() {
        people = open();
    }

    void restart() {
        people = reopen();
    }

    @Test
    void seenInsertsSomeoneNew() {
        Person alice = people.seen(101, "Alice Ng", "ms", T0);

        assertThat(alice).isEqualTo(new Person(101, "Alice Ng", "ms", null, null));
        assertThat(people.find(101)).contains(alice);
    }

    @Test
    void seenAgainRefreshesNameAndLanguageButKeepsEverythingElse() {
        people.seen(101, "Alice", "ms", T0);
        people.chooseLocale(101, "el");
        people.setZone(101, KUALA_LUMPUR);
        people.setAwaiting(101, "zone");
        people.takeClient(101, ANNA);
        people.firstZoneQuestion(101, T0);
        people.firstScriptOffer(101, T0);

        Person again = people.seen(101, "Alice Ng", "zh", T0.plus(Duration.ofDays(2)));

        assertThat(again).isEqualTo(new Person(101, "Alice Ng", "zh", "el", KUALA_LUMPUR));
        assertThat(people.find(101)).contains(again);
        assertThat(people.awaiting(101)).contains("zone");
        assertThat(people.photographerOf(101)).contains(ANNA);
        assertThat(people.firstZoneQuestion(101, T0.plus(Duration.ofDays(2)))).isFalse();
        assertThat(people.firstScriptOffer(101, T0.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void seenWithoutALanguageKeepsTheOneKnown() {
        people.seen(101, "Alice", "ms", T0);

        Person again = people.seen(101, "Alice", null, T0.plusSeconds(60));

        assertThat(again.telegramLanguage()).isEqualTo("ms");
        assertThat(people.find(101).orElseThrow().telegramLanguage()).isEqualTo("ms");
    }

    @Test
    void chosenLocaleAndZoneRoundTripAndSurviveARestartAndLaterSightings() {
        people.seen(101, "Alice", "ms", T0);

        people.chooseLocale(101, "zh");
        people.setZone(101, KUALA_LUMPUR);
        restart();
        people.seen(101, "Alice", "en", T0.plusSeconds(60));

        Person alice = people.find(101).orElseThrow();
        assertThat(alice.chosen()).contains("zh");
        assertThat(alice.knownZone()).contains(KUALA_LUMPUR);
        assertThat(alice.telegramLanguage()).isEqualTo("en");
    }

    @Test
    void findSomeoneUnknownIsEmpty() {
        people.seen(101, "Alice", "ms", T0);

        assertThat(people.find(202)).isEmpty();
    }

    @Test
    void awaitingIsEmptyUntilSetAndClearedByNull() {
        people.seen(101, "Alice", "ms", T0);
        people.seen(202, "Boris", "en", T0);
        assertThat(people.awaiting(101)).isEmpty();

        people.setAwaiting(101, "zone");

        assertThat(people.awaiting(101)).contains("zone");
        assertThat(people.awaiting(202)).isEmpty();

        people.setAwaiting(101, null);

        assertThat(people.awaiting(101)).isEmpty();
    }

    @Test
    void theFirstPhotographerToTakeAClientKeepsThem() {
        people.seen(101, "Alice", "ms", T0);
        people.seen(202, "Boris", "en", T0);
        assertThat(people.photographerOf(101)).isEmpty();

        people.takeClient(101, ANNA);
        people.takeClient(101, NIKOS);

        assertThat(people.photographerOf(101)).contains(ANNA);
        assertThat(people.photographerOf(202)).isEmpty();
    }

    @Test
    void theZoneQuestionIsFirstOnlyOncePerPerson() {
        people.seen(101, "Alice", "ms", T0);
        people.seen(202, "Boris", "en", T0);

        assertThat(people.firstZoneQuestion(101, T0)).isTrue();
        assertThat(people.firstZoneQuestion(101, T0.plusSeconds(1))).isFalse();
        assertThat(people.firstZoneQuestion(202, T0.plusSeconds(2))).isTrue();
        // the script offer is a separate first time
        assertThat(people.firstScriptOffer(101, T0.plusSeconds(3))).isTrue();
    }

    @Test
    void theScriptOfferIsFirstOnlyOncePerPerson() {
        people.seen(101, "Alice", "ms", T0);
        people.seen(202, "Boris", "en", T0);

        assertThat(people.firstScriptOffer(101, T0)).isTrue();
        assertThat(people.firstScriptOffer(101, T0.plusSeconds(1))).isFalse();
        assertThat(people.firstScriptOffer(202, T0.plusSeconds(2))).isTrue();
        assertThat(people.firstZoneQuestion(101, T0.plusSeconds(3))).isTrue();
    }

    @Test
    void whatWasAskedOfferedAndTakenSurvivesARestart() {
        people.seen(101, "Alice", "ms", T0);
        people.setAwaiting(101, "zone");
        people.takeClient(101, ANNA);
        people.firstZoneQuestion(101, T0);
        people.firstScriptOffer(101, T0);

        restart();

        assertThat(people.awaiting(101)).contains("zone");
        assertThat(people.photographerOf(101)).contains(ANNA);
        assertThat(people.firstZoneQuestion(101, T0.plusSeconds(60))).isFalse();
        assertThat(people.firstScriptOffer(101, T0.plusSeconds(60))).isFalse();
    }

    @Test
    void changesToSomeoneNeverSeenAreNotKept() {
        people.chooseLocale(202, "el");
        people.setZone(202, KUALA_LUMPUR);
        people.setAwaiting(202, "zone");
        people.takeClient(202, ANNA);

        assertThat(people.find(202)).isEmpty();
        assertThat(people.awaiting(202)).isEmpty();
        assertThat(people.photographerOf(202)).isEmpty();
        assertThat(people.firstZoneQuestion(202, T0)).isFalse();
        assertThat(people.firstScriptOffer(202, T0)).isFalse();

        Person later = people.seen(202, "Boris", "en", T0.plusSeconds(60));

        assertThat(later).isEqualTo(new Person(202, "Boris", "en", null, null));
        assertThat(people.awaiting(202)).isEmpty();
        assertThat(people.photographerOf(202)).isEmpty();
        assertThat(people.firstZoneQuestion(202, T0.plusSeconds(60))).isTrue();
    }
}
