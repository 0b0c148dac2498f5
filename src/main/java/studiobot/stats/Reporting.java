package studiobot.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.Conversations;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.people.Role;
import studiobot.people.Staff;

/**
 * {@code /stats}: a photographer's own figures, or for an admin the studio's and each
 * photographer's, over the last 30 days, 90 days or year: bookings, changes, missed shoots,
 * ratings and their latest comments, the first answers to forwarded questions against the
 * studio's reply promise, and the quiet-client nudges with how they ended.
 */
final class Reporting {
    /** The periods offered, in days. */
    static final List<Integer> PERIODS = List.of(30, 90, 365);
    /** A period longer than this many days is pictured by month. */
    private static final int MONTHLY_AFTER_DAYS = 120;
    /** A comment is shown up to this many characters. */
    private static final int COMMENT_SHOWN = 300;
    /** The whole studio, as a scope on a button. */
    static final String STUDIO = "studio";

    record Choice(int days, String scope) {}

    static final Action<Choice> SHOW = Action.of("stats", ArgCodec.pair(
            ArgCodec.word(n -> Integer.toString(n), Integer::valueOf, w -> PERIODS.stream().map(String::valueOf).anyMatch(w::equals)),
            1, ArgCodec.ID, Choice::days, Choice::scope, Choice::new));

    private final StudioConfig config;
    private final Stats stats;
    private final Staff staff;

    Reporting(StudioConfig config, Stats stats, Staff staff) {
        this.config = config;
        this.stats = stats;
        this.staff = staff;
    }

    List<Reply> command(Request r) {
        return show(r, new Choice(PERIODS.get(0), STUDIO), false);
    }

    List<Reply> pressed(Request r, Choice choice) {
        return show(r, choice, true);
    }

    /** Whether this person may see that scope: an admin any, a photographer only their own. */
    boolean mayShow(Request r, Choice choice) {
        return r.is(Role.ADMIN) ? choice.scope().equals(STUDIO) || staff.current().photographerById(choice.scope()).isPresent()
                : staff.photographer(r.person().userId()).isPresent();
    }

    private List<Reply> show(Request r, Choice choice, boolean inPlace) {
        Optional<Photographer> own = staff.photographer(r.person().userId());
        // a photographer sees their own; an admin the studio, or the photographer chosen
        Optional<Photographer> of = r.is(Role.ADMIN) ? staff.current().photographerById(choice.scope()) : own;
        String scope = r.is(Role.ADMIN) ? of.map(Photographer::id).orElse(STUDIO) : own.map(Photographer::id).orElse(STUDIO);
        Instant to = r.now();
        Instant from = to.minus(Duration.ofDays(choice.days()));
        Stats.Figures f = stats.of(of.map(Photographer::id).orElse(null), of.map(Photographer::telegramId).orElse(0L), from, to);

        Map<String, Object> args = new LinkedHashMap<>();
        args.put("scope", of.map(Photographer::name).orElse(STUDIO));
        args.put("studio", config.studio().name());
        args.put("days", choice.days());
        args.put("bookings", f.bookings());
        args.put("reschedules", f.reschedules());
        args.put("cancellations", f.cancellations());
        args.put("noShows", f.noShows());
        args.put("rating", rating(f));
        args.put("answers", answers(f));
        args.put("nudges", nudges(f));
        args.put("comments", f.comments().isEmpty() ? Msg.verbatim("")
                : Msg.of("stats.comments", "items", f.comments().stream()
                        .map(c -> Msg.of("stats.comment", "text", shortened(c.text()), "score", c.score())).toList()));
        Reply text = r.reply(Msg.of("stats", args)).withButtons(buttons(r, choice.days(), scope));
        List<Reply> replies = new ArrayList<>();
        replies.add(inPlace ? r.inPlace(text) : text);
        if (f.bookings() > 0 || java.util.Arrays.stream(f.ratings()).sum() > 0) {
            // where people would rather look than read: bookings per week, and the ratings' scores
            replies.add(Reply.document(r.chat(), studiobot.chat.Timing.NOW, studiobot.chat.MessageKind.ANSWER,
                    Msg.of("stats.chart", "days", choice.days()), chart(f, from, to, scope)));
        }
        return replies;
    }

    /**
     * The bookings made in each week of the period (in the studio's zone, each from its Monday), or
     * in each month for a period longer than a season, so the labels stay readable; and the ratings' scores.
     */
    private Reply.Chart chart(Stats.Figures f, Instant from, Instant to, String scope) {
        java.time.ZoneId zone = config.studio().timeZone();
        java.time.LocalDate start = java.time.LocalDate.ofInstant(from, zone);
        java.time.LocalDate end = java.time.LocalDate.ofInstant(to, zone);
        boolean monthly = java.time.temporal.ChronoUnit.DAYS.between(start, end) > MONTHLY_AFTER_DAYS;
        java.time.LocalDate first = monthly ? start.withDayOfMonth(1)
                : start.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.time.format.DateTimeFormatter label = java.time.format.DateTimeFormatter.ofPattern(monthly ? "MM.yy" : "dd.MM");
        List<java.time.LocalDate> buckets = new ArrayList<>();
        for (java.time.LocalDate b = first; !b.isAfter(end); b = monthly ? b.plusMonths(1) : b.plusWeeks(1)) {
            buckets.add(b);
        }
        int[] counts = new int[buckets.size()];
        for (Instant made : f.bookingsMade()) {
            java.time.LocalDate day = java.time.LocalDate.ofInstant(made, zone);
            long index = monthly ? java.time.temporal.ChronoUnit.MONTHS.between(first, day.withDayOfMonth(1))
                    : java.time.temporal.ChronoUnit.WEEKS.between(first, day);
            if (index >= 0 && index < counts.length) {
                counts[(int) index]++;
            }
        }
        List<String> labels = buckets.stream().map(label::format).toList();
        List<Integer> bookings = java.util.Arrays.stream(counts).boxed().toList();
        List<Integer> ratings = java.util.Arrays.stream(f.ratings()).boxed().toList();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end);
        return new Reply.Chart("stats-" + scope + "-" + days + "d-" + end + ".png", labels, bookings, ratings);
    }

    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= COMMENT_SHOWN ? text : text.substring(0, text.offsetByCodePoints(0, COMMENT_SHOWN)) + "…";
    }

    private static Msg rating(Stats.Figures f) {
        int[] n = f.ratings();
        int count = n[0] + n[1] + n[2] + n[3] + n[4];
        BigDecimal average = count == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(n[0] + 2L * n[1] + 3L * n[2] + 4L * n[3] + 5L * n[4]).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", count);
        args.put("average", average);
        args.put("five", n[4]);
        args.put("four", n[3]);
        args.put("three", n[2]);
        args.put("two", n[1]);
        args.put("one", n[0]);
        return Msg.of("stats.rating", args);
    }

    private Msg answers(Stats.Figures f) {
        Duration promise = config.policy().replyPromise();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("forwarded", f.forwarded());
        args.put("answered", f.firstAnswers().size());
        Duration median = Conversations.ReplyPace.median(f.firstAnswers(), 1).orElse(Duration.ZERO);
        args.put("median", new Arg.Length(median.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : Duration.ofMinutes(median.toMinutes())));
        args.put("kept", (int) f.firstAnswers().stream().filter(d -> d.compareTo(promise) <= 0).count());
        args.put("promise", new Arg.Length(promise));
        return Msg.of("stats.answers", args);
    }

    private static Msg nudges(Stats.Figures f) {
        Map<String, Integer> n = f.nudges();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("raised", n.values().stream().mapToInt(Integer::intValue).sum());
        args.put("answered", n.getOrDefault("answered", 0));
        args.put("checkIn", n.getOrDefault("check_in", 0));
        args.put("snoozed", n.getOrDefault("snoozed", 0));
        args.put("handled", n.getOrDefault("handled", 0));
        args.put("lost", n.getOrDefault("lost", 0));
        args.put("open", n.getOrDefault("open", 0));
        return Msg.of("stats.nudges", args);
    }

    private List<List<Button>> buttons(Request r, int days, String scope) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> periods = new ArrayList<>();
        for (int d : PERIODS) {
            if (d != days) {
                periods.add(SHOW.button(Msg.of("stats.days", "days", d), new Choice(d, scope)));
            }
        }
        rows.add(periods);
        if (r.is(Role.ADMIN)) {
            List<Button> scopes = new ArrayList<>();
            if (!scope.equals(STUDIO)) {
                scopes.add(SHOW.button(Msg.of("stats.scope.studio"), new Choice(days, STUDIO)));
            }
            for (Photographer p : staff.current().photographers()) {
                if (!p.id().equals(scope)) {
                    scopes.add(SHOW.button(Msg.verbatim("📷 " + p.name()), new Choice(days, p.id())));
                }
            }
            if (!scopes.isEmpty()) {
                rows.add(scopes);
            }
        }
        return rows;
    }
}
