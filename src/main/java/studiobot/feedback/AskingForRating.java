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
 * review link when it has one. A score of 3 or less gets an apology and a choice of the studio's
 * remedies instead; the photographer hears of it at once (and of the comment and the remedy chosen
 * when they come), with one-tap actions: answer the client, offer the remedies, mark it resolved.
 * Only once resolved is a low scorer offered the review link.
 */
final class AskingForRating {
    /** Scores of 3 or less are a complaint. */
    static final int LOW = 3;

    record Score(long bookingId, int score) {}

    /** A remedy the client picks for a low score. */
    record Remedy(long bookingId, String remedy) {}

    static final Action<Score> RATE = Action.of("rate", ArgCodec.pair(ArgCodec.LONG, 1,
            ArgCodec.word(n -> Integer.toString(n), Integer::valueOf, w -> w.matches("[1-5]")), Score::bookingId, Score::score, Score::new));
    static final Action<Long> SKIP = Action.of("rateskip", ArgCodec.LONG);
    static final Action<Remedy> REMEDY = Action.of("remedy", ArgCodec.pair(ArgCodec.LONG, 1, ArgCodec.ID,
            Remedy::bookingId, Remedy::remedy, Remedy::new));
    /** The photographer's "offer a remedy" under a low score's alert: the client is asked to choose. */
    static final Action<Long> OFFER = Action.of("offerfix", ArgCodec.LONG);
    /** The photographer's "mark resolved": the complaint is settled, and the review link may now be offered. */
    static final Action<Long> RESOLVE = Action.of("resolved", ArgCodec.LONG);
    /** The bot asked for a comment on this booking's rating. */
    static final Topic<Long> COMMENT = Topic.of("ratecomment", ArgCodec.LONG);

    private final StudioConfig config;
    private final Bookings bookings;
    private final Ratings ratings;
    private final People people;

    private final studiobot.people.Staff staff;

    AskingForRating(StudioConfig config, Bookings bookings, Ratings ratings, People people, studiobot.people.Staff staff) {
        this.staff = staff;
        this.config = config;
        this.bookings = bookings;
        this.ratings = ratings;
        this.people = people;
    }

    /** The request, or its reminder: sent while the shoot still warrants a rating and none came. */
    List<Reply> ask(Job job, Instant now, String key) {
        Optional<Booking> booking = bookings.find(Long.parseLong(job.payload()))
                .filter(Booking::mayBeRated)
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
        // a notice, not a question: a rating is the client's to give, and leaving it is no silence to watch
        return List.of(Reply.mayWait(new ChatId(b.clientId()), MessageKind.NOTICE, Msg.of(key, Map.of(
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
        // the comment is optional: an answer, not a question whose silence is watched
        replies.add(r.inPlace(r.reply(Msg.of(key, Map.of("score", s.score(), "package", packageName(b), "photographer", photographerName(b))))
                .withButtons(List.of(List.of(SKIP.button(Msg.of("feedback.skip"), b.id()))))));
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
            replies.add(remedies(new ChatId(b.clientId()), b, Msg.of("feedback.remedies")));
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

    /** The remedies the studio offers, as buttons under {@code text}, to the client. */
    private Reply remedies(ChatId client, Booking b, Msg text) {
        List<List<Button>> rows = new ArrayList<>();
        for (String remedy : config.policy().remedies()) {
            rows.add(List.of(REMEDY.button(Msg.of("feedback.remedy." + remedy), new Remedy(b.id(), remedy))));
        }
        return Reply.now(client, MessageKind.QUESTION, text).withButtons(rows);
    }

    /** Whether this client's low rating still awaits their choice of remedy. */
    boolean mayChooseRemedy(Request r, Remedy choice) {
        return config.policy().remedies().contains(choice.remedy())
                && ratings.of(choice.bookingId()).filter(x -> x.clientId() == r.person().userId() && x.score() <= LOW && x.remedy() == null).isPresent();
    }

    List<Reply> remedyChosen(Request r, Remedy choice) {
        ratings.chooseRemedy(choice.bookingId(), choice.remedy(), r.now());
        Booking b = bookings.find(choice.bookingId()).orElseThrow();
        Msg remedy = Msg.of("feedback.remedy." + choice.remedy());
        List<Reply> replies = new ArrayList<>();
        replies.add(r.inPlace(r.reply(Msg.of("feedback.remedy.chosen", "photographer", photographerName(b), "remedy", remedy))));
        photographerOf(b).ifPresent(p -> replies.add(toPhotographer(p, b, Msg.of("feedback.alert.remedy", Map.of(
                "client", r.person().name(), "package", packageName(b), "remedy", remedy)))));
        return replies;
    }

    /** Whether this photographer (the shoot's own, or an admin) may still act on this booking's complaint. */
    boolean mayHandle(Request r, long bookingId) {
        boolean theirs = bookings.find(bookingId).filter(b -> !studiobot.people.Person.isErased(b.clientId())
                && staff.looksAfter(r.person().userId(), b.photographerId())).isPresent();
        return theirs && ratings.of(bookingId).filter(x -> x.score() <= LOW && !x.resolved()).isPresent();
    }

    /** "Offer a remedy": the client is asked to choose, unless they already did. */
    List<Reply> offer(Request r, long bookingId) {
        Booking b = bookings.find(bookingId).orElseThrow();
        String client = people.find(b.clientId()).map(Person::name).orElse("");
        if (ratings.of(bookingId).map(Rating::remedy).isPresent()) {
            return List.of(r.refuse(Msg.of("feedback.remedy.already", "client", client)));
        }
        return List.of(
                remedies(new ChatId(b.clientId()), b, Msg.of("feedback.remedies.offered", "photographer", photographerName(b))),
                r.reply(Msg.of("feedback.remedies.sent", "client", client)));
    }

    /** "Mark resolved": the complaint is settled; now the client is thanked and offered the review link. */
    List<Reply> resolve(Request r, long bookingId) {
        ratings.resolve(bookingId, r.now());
        Booking b = bookings.find(bookingId).orElseThrow();
        String client = people.find(b.clientId()).map(Person::name).orElse("");
        Msg thanks = config.studio().reviewUrl().isEmpty()
                ? Msg.of("feedback.resolved.thanks", "name", client)
                : Msg.of("feedback.resolved.review", "name", client, "url", config.studio().reviewUrl());
        return List.of(
                r.inPlace(r.reply(Msg.of("feedback.resolved", "client", client, "package", packageName(b)))),
                Reply.mayWait(new ChatId(b.clientId()), MessageKind.NOTICE, thanks));
    }

    private Reply toPhotographer(Photographer p, Booking b, Msg text) {
        return Reply.now(new ChatId(p.telegramId()), MessageKind.ALERT, text)
                .withButtons(List.of(
                        List.of(Entry.REPLY_TO_CLIENT.button(Msg.of("handoff.reply"), b.clientId())),
                        List.of(OFFER.button(Msg.of("feedback.offerRemedy"), b.id()), RESOLVE.button(Msg.of("feedback.resolve"), b.id()))))
                .about(b.clientId());
    }

    private Optional<Photographer> photographerOf(Booking b) {
        return staff.current().photographerById(b.photographerId());
    }

    private String photographerName(Booking b) {
        return staff.current().photographerName(b.photographerId());
    }

    private static Msg packageName(Booking b) {
        return Msg.of("package." + b.packageId() + ".name");
    }
}
