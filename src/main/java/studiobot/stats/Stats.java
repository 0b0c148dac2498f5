package studiobot.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Port: a photographer's or the studio's figures over a period, read from what the bot recorded. */
public interface Stats {
    /**
     * The figures of one photographer (by their id), or of the whole studio ({@code photographerId}
     * null), from {@code from} to {@code to}, both included (the moment of asking counts).
     *
     * @param ratings        how many ratings gave each score, index 0 for one star up to 4 for five
     * @param comments       the latest comments with their scores, newest first (at most three)
     * @param firstAnswers   how long each question forwarded to a photographer waited for its first answer (answered ones)
     * @param forwarded      questions forwarded to a photographer in the period
     * @param nudges         quiet-client nudges raised in the period, by how they ended (open, answered, check_in, ...)
     * @param bookingsMade   when each booking of the period was made
     */
    record Figures(int bookings, int reschedules, int cancellations, int noShows, int[] ratings, List<Comment> comments,
                   List<Duration> firstAnswers, int forwarded, Map<String, Integer> nudges, List<Instant> bookingsMade) {}

    record Comment(String text, int score) {}

    Figures of(String photographerId, long photographerTelegramId, Instant from, Instant to);
}
