package studiobot.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.booking.Booking;
import studiobot.booking.Bookings;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.Entry;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.chat.Timing;
import studiobot.chat.Topic;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.feedback.Ratings.Rating;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.schedule.Job;

/**
 * After the shoot: the rating request the booking's timeline plans, and its one reminder (both
 * wait out the client's quiet hours); the 1–5 buttons, recorded once; then an optional comment (or
 * Skip). Every client who rates is thanked; one who gives 4 or 5 is offered the studio's public
 * review link when it has one. A score of 3 or less gets an apology instead, and the photographer
 * hears of it at once, with the client's comment when it comes and a button to answer them.
 */
final class AskingForRating {
    /** Scores of 3 or less are a complaint. */
    static final int LOW = 3;

    record Score(long bookingId, int score) {}

    static final Action<Score> RATE = Action.of("rate", ArgCodec.pair(ArgCodec.LONG, 1,
            ArgCodec.word(n -> Integer.toString(n), Integer::valueOf, w -> w.matches("[1-5]")), Score::bookingId, Score::score, Score::new));
    static final Action<Long> SKIP = Action.of("rateskip", ArgCodec.LONG);
    /** The bot asked for a comment on this booking's rating. */
    static final Topic<Long> COMMENT = Topic.of("ratecomment", ArgCodec.LONG);

    private final StudioConfig config;
    private final Bookings bookings;
    private final Ratings ratings;
    private final People people;

    AskingForRating(StudioConfig config, Bookings bookings, Ratings ratings, People people) {
        this.config = config;
        this.bookings = bookings;
        this.ratings = ratings;
        this.people = people;
    }

    /** The request, or its reminder: sent while the shoot still warrants a rating and none came. */
    List<Reply> ask(Job job, Instant now, String key) {
        Optional<Booking> booking = bookings.find(Long.parseLong(job.payload()))
                .filter(b -> b.status() == Booking.Status.CONFIRMED || b.status() == Booking.Status.DONE)
                .filter(b -> ratings.of(b.id()).isEmpty());
        if (booking.isEmpty()) {
            return List.of();
        }
        Booking b = booking.get();
        String client = people.find(b.clientId()).map(Person::name).orElse("");
        List<Button> stars = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            stars.add(RATE.button(Msg.of("feedback.star", "score", score), new Score(b.id(), score)));
        }
        return List.of(Reply.mayWait(new ChatId(b.clientId()), MessageKind.QUESTION, Msg.of(key, Map.of(
                        "name", client,
                        "package", packageName(b),
                        "photographer", photographerName(b),
                        "studio", config.studio().name())))
                .withButtons(List.of(stars)));
    }

    /** Whether a score button is this person's: their own shoot (one rated already gets a polite notice). */
    boolean mayRate(Request r, Score s) {
        return bookings.find(s.bookingId()).filter(b -> b.clientId() == r.person().userId()).isPresent();
    }

    List<Reply> rated(Request r, Score s) {
        Booking b = bookings.find(s.bookingId()).orElseThrow();
        if (!ratings.rate(b.id(), b.clientId(), s.score(), r.now())) {
            return List.of(r.refuse(Msg.of("feedback.already")));
        }
        people.setAwaiting(r.person().userId(), COMMENT.awaiting(b.id()));
        List<Reply> replies = new ArrayList<>();
        String key = s.score() <= LOW ? "feedback.sorry" : "feedback.thanks.score";
        replies.add(r.inPlace(r.reply(Msg.of(key, Map.of("score", s.score(), "package", packageName(b), "photographer", photographerName(b))))
                .withButtons(List.of(List.of(SKIP.button(Msg.of("feedback.skip"), b.id()))))
                .as(MessageKind.QUESTION)));
        if (s.score() <= LOW) {
            photographerOf(b).ifPresent(p -> replies.add(toPhotographer(p, b, Msg.of("feedback.alert.low", Map.of(
                    "client", r.person().name(),
                    "package", packageName(b),
                    "when", new Arg.DateTime(b.start()),
                    "score", s.score())))));
        }
        return replies;
    }

    /** Whether the comment on this rating is still awaited: the person's own, and none given yet. */
    boolean awaitsComment(Request r, long bookingId) {
        return ratings.of(bookingId).filter(x -> x.clientId() == r.person().userId() && !x.commented()).isPresent();
    }

    /** The comment typed after a rating. */
    List<Reply> commented(Request r, long bookingId) {
        String text = r.text().strip();
        if (text.isEmpty() || !awaitsComment(r, bookingId)) {
            people.setAwaiting(r.person().userId(), null);
            return List.of(r.reply(Msg.of("feedback.already")));
        }
        return close(r, bookingId, text);
    }

    /** Skip: no comment. */
    List<Reply> skipped(Request r, long bookingId) {
        return close(r, bookingId, "");
    }

    private List<Reply> close(Request r, long bookingId, String comment) {
        ratings.comment(bookingId, comment, r.now());
        people.setAwaiting(r.person().userId(), null);
        Rating rating = ratings.of(bookingId).orElseThrow();
        Booking b = bookings.find(bookingId).orElseThrow();
        List<Reply> replies = new ArrayList<>();
        if (rating.score() <= LOW) {
            replies.add(r.inPlace(r.reply(Msg.of("feedback.sorry.thanks", "name", r.person().name(), "photographer", photographerName(b)))));
            if (!comment.isEmpty()) {
                photographerOf(b).ifPresent(p -> replies.add(toPhotographer(p, b, Msg.of("feedback.alert.comment", Map.of(
                        "client", r.person().name(), "package", packageName(b), "score", rating.score(), "text", comment)))));
            }
        } else if (config.studio().reviewUrl().isEmpty()) {
            replies.add(r.inPlace(r.reply(Msg.of("feedback.thanks", "name", r.person().name()))));
        } else {
            replies.add(r.inPlace(r.reply(Msg.of("feedback.thanks.review", "name", r.person().name(), "url", config.studio().reviewUrl()))));
        }
        return replies;
    }

    private Reply toPhotographer(Photographer p, Booking b, Msg text) {
        return Reply.now(new ChatId(p.telegramId()), MessageKind.ALERT, text)
                .withButtons(List.of(List.of(Entry.REPLY_TO_CLIENT.button(Msg.of("handoff.reply"), b.clientId()))))
                .about(b.clientId());
    }

    private Optional<Photographer> photographerOf(Booking b) {
        return config.photographerById(b.photographerId());
    }

    private String photographerName(Booking b) {
        return photographerOf(b).map(Photographer::name).orElse(config.studio().name());
    }

    private static Msg packageName(Booking b) {
        return Msg.of("package." + b.packageId() + ".name");
    }
}
