package studiobot.booking;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A client's answer to one question of a package's questionnaire; empty when they skipped it. */
public record Answer(String question, String text) {
    /**
     * The day the answer holds, when it is one: a question of type date keeps its answer as an ISO
     * date; an answer given while the question was still free text, or skipped, holds none.
     */
    public Optional<LocalDate> day() {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
