package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.feedback.Ratings;
import studiobot.feedback.Ratings.Rating;

/** What every {@link Ratings} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class RatingsContract {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final long MARIA = 7001;

    Ratings ratings;

    abstract Ratings open();

    /** The same store after a restart. */
    abstract Ratings reopen();

    /** A booking of this client that may be rated; its id. */
    abstract long aBooking(long clientId);

    @BeforeEach
    void openTheStore() {
        ratings = open();
    }

    @Test
    void rate_once_isKeptAcrossARestart() {
        long booking = aBooking(MARIA);

        assertThat(ratings.rate(booking, MARIA, 4, NOW)).isTrue();
        ratings = reopen();

        assertThat(ratings.of(booking)).contains(new Rating(booking, MARIA, 4, NOW, null));
    }

    @Test
    void rate_again_changesNothing() {
        long booking = aBooking(MARIA);
        ratings.rate(booking, MARIA, 2, NOW);

        assertThat(ratings.rate(booking, MARIA, 5, NOW.plusSeconds(60))).isFalse();
        assertThat(ratings.of(booking).orElseThrow().score()).isEqualTo(2);
        assertThat(ratings.of(booking).orElseThrow().ratedAt()).isEqualTo(NOW);
    }

    @Test
    void comment_followsTheRatingOnce_anEmptyOneSaysSkipped() {
        long booking = aBooking(MARIA);
        long other = aBooking(MARIA);
        assertThat(ratings.comment(booking, "lovely", NOW)).as("no rating yet").isFalse();
        ratings.rate(booking, MARIA, 5, NOW);
        ratings.rate(other, MARIA, 3, NOW);

        assertThat(ratings.comment(booking, "Λατρέψαμε τις φωτογραφίες! 📷", NOW)).isTrue();
        assertThat(ratings.comment(booking, "again", NOW)).isFalse();
        assertThat(ratings.comment(other, "", NOW)).isTrue();
        ratings = reopen();

        assertThat(ratings.of(booking).orElseThrow().comment()).isEqualTo("Λατρέψαμε τις φωτογραφίες! 📷");
        assertThat(ratings.of(other).orElseThrow().commented()).isTrue();
        assertThat(ratings.of(other).orElseThrow().comment()).isEmpty();
    }

    @Test
    void of_unratedBooking_isEmpty() {
        assertThat(ratings.of(aBooking(MARIA))).isEmpty();
    }

    @Test
    void aComplaintsRemedyIsChosenOnceAndItIsResolvedOnce() {
        long booking = aBooking(MARIA);
        assertThat(ratings.chooseRemedy(booking, "reedit", NOW)).as("no rating yet").isFalse();
        ratings.rate(booking, MARIA, 2, NOW);

        assertThat(ratings.chooseRemedy(booking, "reedit", NOW)).isTrue();
        assertThat(ratings.chooseRemedy(booking, "refund", NOW)).isFalse();
        assertThat(ratings.resolve(booking, NOW.plusSeconds(3600))).isTrue();
        assertThat(ratings.resolve(booking, NOW.plusSeconds(7200))).isFalse();
        ratings = reopen();

        Rating r = ratings.of(booking).orElseThrow();
        assertThat(r.remedy()).isEqualTo("reedit");
        assertThat(r.resolvedAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(r.resolved()).isTrue();
    }
}
