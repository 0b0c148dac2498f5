package studiobot.feedback;

import studiobot.booking.BookingTimeline;
import studiobot.booking.Bookings;
import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.people.People;
import studiobot.people.Role;

/** After the shoot: the rating, the thanks and the review link, and a low score's apology and alert. */
public final class FeedbackFeature implements Feature {
    private final AskingForRating asking;

    public FeedbackFeature(StudioConfig config, Bookings bookings, Ratings ratings, People people) {
        this.asking = new AskingForRating(config, bookings, ratings, people);
    }

    @Override
    public void register(Registry registry) {
        registry.job(BookingTimeline.RATING_REQUEST, (job, now) -> asking.ask(job, now, "feedback.request"));
        registry.job(BookingTimeline.RATING_REMINDER, (job, now) -> asking.ask(job, now, "feedback.reminder"));
        registry.action(AskingForRating.RATE, asking::rated, asking::mayRate, Role.CLIENT);
        registry.action(AskingForRating.SKIP, asking::skipped, asking::awaitsComment, Role.CLIENT);
        registry.answer(AskingForRating.COMMENT, asking::commented);
        registry.action(AskingForRating.REMEDY, asking::remedyChosen, asking::mayChooseRemedy, Role.CLIENT);
        registry.action(AskingForRating.OFFER, asking::offer, asking::mayHandle, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(AskingForRating.RESOLVE, asking::resolve, asking::mayHandle, Role.PHOTOGRAPHER, Role.ADMIN);
    }
}
