package studiobot.feedback;

import studiobot.booking.BookingTimeline;
import studiobot.booking.Bookings;
import studiobot.booking.Deliveries;
import studiobot.chat.Entry;
import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.people.People;
import studiobot.people.Role;
import studiobot.people.Staff;

/**
 * After the shoot: the sneak peek and the gallery, with the photographer's reminders of the
 * studio's promises; the rating, the thanks and the review link, and a low score's apology and alert.
 */
public final class FeedbackFeature implements Feature {
    private final AskingForRating asking;
    private final Delivering delivering;

    public FeedbackFeature(StudioConfig config, Bookings bookings, Ratings ratings, Deliveries deliveries, People people, Staff staff) {
        this.asking = new AskingForRating(config, bookings, ratings, people, staff);
        this.delivering = new Delivering(config, bookings, deliveries, people, staff);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("sneakpeek", r -> delivering.owed(r, Deliveries.Kind.SNEAK_PEEK), Role.PHOTOGRAPHER, Role.ADMIN);
        registry.menuCommand("gallery", r -> delivering.owed(r, Deliveries.Kind.GALLERY), Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Entry.SNEAK_PEEK, delivering::composeSneakPeek, delivering::mayDeliver, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Entry.GALLERY, delivering::composeGallery, delivering::mayDeliver, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.answerOrMedia(Delivering.COMPOSING, delivering::collected);
        registry.action(Delivering.SEND, delivering::send, delivering::isOwnDraft, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Delivering.DISCARD, delivering::discard, delivering::isOwnDraft, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.job(BookingTimeline.SNEAK_PEEK_DUE, (job, now) -> delivering.remind(job, now, Deliveries.Kind.SNEAK_PEEK));
        registry.job(BookingTimeline.GALLERY_DUE, (job, now) -> delivering.remind(job, now, Deliveries.Kind.GALLERY));
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
