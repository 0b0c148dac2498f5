package studiobot.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking being made, or a booking being moved ({@code bookingId} set), saved after every step so
 * that it survives a restart. {@code flowId} is the flow's number: buttons carry it, so a press on an
 * older flow's message is recognised as stale. The step is whatever is missing first.
 */
public record Draft(long flowId, long ownerId, String packageId, Long bookingId, LocalDate day, Slot slot,
                    List<Answer> answers, Instant startedAt) {

    public Draft {
        answers = List.copyOf(answers);
    }

    public static Draft start(long flowId, long ownerId, String packageId, Long bookingId, Instant now) {
        return new Draft(flowId, ownerId, packageId, bookingId, null, null, List.of(), now);
    }

    public boolean isMove() {
        return bookingId != null;
    }

    public Draft withDay(LocalDate value) {
        return new Draft(flowId, ownerId, packageId, bookingId, value, null, answers, startedAt);
    }

    public Draft withSlot(Slot value) {
        return new Draft(flowId, ownerId, packageId, bookingId, day, value, answers, startedAt);
    }

    public Draft withAnswer(Answer answer) {
        List<Answer> more = new ArrayList<>(answers);
        more.add(answer);
        return new Draft(flowId, ownerId, packageId, bookingId, day, slot, more, startedAt);
    }

    public Draft withoutLastAnswer() {
        return new Draft(flowId, ownerId, packageId, bookingId, day, slot, answers.subList(0, Math.max(0, answers.size() - 1)), startedAt);
    }
}
