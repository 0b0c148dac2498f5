package studiobot.team;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.TimeRange;
import studiobot.i18n.LocaleResolver;
import studiobot.people.Staff;
import studiobot.people.Team;

/**
 * The team in the chat. An admin makes a one-time invitation ({@code /invite}, valid for
 * {@link #INVITATION_HOLDS}); whoever opens it joins as a photographer, sets the name clients see
 * ({@code /name}) and their working hours ({@code /hours}); an admin gives them packages in
 * {@code /team}, and until then no client can book them. An admin can remove an invited
 * photographer: their bookings still to come are listed to the admins, to move or cancel, and
 * nothing of them is dropped. The config's own photographers are changed in the config.
 */
final class Teamwork {
    static final Duration INVITATION_HOLDS = Duration.ofDays(2);
    static final String LINK_PREFIX = "join_";

    static final Action<String> OPEN = Action.of("tmo", ArgCodec.ID);
    record Toggle(String member, String pkg) {}
    static final Action<Toggle> PACKAGE = Action.of("tmp", ArgCodec.pair(ArgCodec.ID, 1, ArgCodec.ID, Toggle::member, Toggle::pkg, Toggle::new));
    static final Action<String> REMOVE = Action.of("tmr", ArgCodec.ID);
    static final Action<String> REMOVE_SURE = Action.of("tmry", ArgCodec.ID);
    static final Action<ArgCodec.Nothing> LIST = Action.plain("tml");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StudioConfig config;
    private final Staff staff;
    private final Team team;
    private final LocaleResolver locales;
    private final studiobot.people.People people;
    private final Supplier<Optional<String>> botUsername;
    private final BiFunction<String, Instant, List<studiobot.booking.Booking>> upcomingOf;
    private final Function<List<studiobot.booking.Booking>, List<List<Button>>> cardButtons;

    Teamwork(StudioConfig config, Staff staff, Team team, LocaleResolver locales, studiobot.people.People people,
             Supplier<Optional<String>> botUsername, BiFunction<String, Instant, List<studiobot.booking.Booking>> upcomingOf,
             Function<List<studiobot.booking.Booking>, List<List<Button>>> cardButtons) {
        this.config = config;
        this.staff = staff;
        this.team = team;
        this.locales = locales;
        this.people = people;
        this.botUsername = botUsername;
        this.upcomingOf = upcomingOf;
        this.cardButtons = cardButtons;
    }

    // --- invitations ---

    List<Reply> invite(Request r) {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant until = r.now().plus(INVITATION_HOLDS);
        team.invite(token, r.person().userId(), until, r.now());
        String payload = LINK_PREFIX + token;
        Optional<String> bot = botUsername.get();
        return List.of(r.reply(Msg.of("team.invite", Map.of("studio", config.studio().name(), "until", new Arg.DateTime(until),
                "kind", bot.isPresent() ? "link" : "command",
                "link", bot.map(name -> "https://t.me/" + name + "?start=" + payload).orElse("/start " + payload)))));
    }

    /** Someone opened an invitation link. */
    List<Reply> join(Request r) {
        long user = r.person().userId();
        if (staff.photographer(user).isPresent()) {
            return List.of(r.reply(Msg.of("team.join.already")));
        }
        String token = r.args().get(0).substring(LINK_PREFIX.length());
        Team.Claim claim = team.claim(token, user, r.now());
        if (claim != Team.Claim.JOINED) {
            return List.of(r.reply(switch (claim) {
                case USED -> Msg.of("team.join.used");
                case EXPIRED -> Msg.of("team.join.expired");
                default -> Msg.of("team.join.unknown");
            }));
        }
        String name = r.person().name().isBlank() ? "Photographer" : r.person().name();
        ZoneId zone = staff.shownZone(r.person());
        team.put(new Team.Member("p" + user, user, name, zone, locales.languageOf(r.person()), Map.of(), Set.of(),
                Team.Source.INVITED, Team.State.ACTIVE, r.now()));
        staff.refresh();
        List<Reply> replies = new ArrayList<>();
        replies.add(r.reply(Msg.of("team.joined", "studio", config.studio().name(), "name", name)));
        for (long admin : config.admins()) {
            replies.add(Reply.now(new ChatId(admin), MessageKind.ALERT, Msg.of("team.joined.admin", "name", name))
                    .withButtons(List.of(List.of(OPEN.button(Msg.of("team.open", "name", name), "p" + user)))));
        }
        return replies;
    }

    // --- a photographer's own ---

    private Optional<Team.Member> own(Request r) {
        return team.members().stream().filter(m -> m.telegramId() == r.person().userId() && m.state() == Team.State.ACTIVE).findFirst();
    }

    List<Reply> name(Request r) {
        Optional<Team.Member> me = own(r);
        if (me.isEmpty()) {
            return List.of(r.reply(Msg.of("command.notAllowed")));
        }
        if (me.get().source() == Team.Source.CONFIG) {
            return List.of(r.reply(Msg.of("team.fromConfig", "what", "name")));
        }
        String name = String.join(" ", r.args()).strip();
        if (name.isEmpty() || name.length() > 64) {
            return List.of(r.reply(Msg.of("team.name.ask")));
        }
        team.put(me.get().named(name));
        staff.refresh();
        return List.of(r.reply(Msg.of("team.name", "name", name)));
    }

    List<Reply> hours(Request r) {
        Optional<Team.Member> me = own(r);
        if (me.isEmpty()) {
            return List.of(r.reply(Msg.of("command.notAllowed")));
        }
        if (r.args().isEmpty()) {
            return List.of(r.reply(hoursShown(me.get(), "team.hours")));
        }
        if (me.get().source() == Team.Source.CONFIG) {
            return List.of(r.reply(Msg.of("team.fromConfig", "what", "hours")));
        }
        HoursText.Read read = HoursText.read(String.join(" ", r.args()).replace(" ; ", ";"), locales.languageOf(r.person()));
        if (!read.ok()) {
            return List.of(r.reply(Msg.of(read.badOrder() ? "team.hours.order" : "team.hours.bad", "part", read.unreadable())));
        }
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        hours.putAll(me.get().hours());
        read.days().forEach((day, ranges) -> {
            if (ranges.isEmpty()) {
                hours.remove(day);
            } else {
                hours.put(day, ranges);
            }
        });
        // the hours are in the zone the photographer reads times in now
        ZoneId zone = staff.shownZone(r.person());
        Team.Member updated = new Team.Member(me.get().id(), me.get().telegramId(), me.get().name(), zone, me.get().locale(), hours,
                me.get().packages(), me.get().source(), me.get().state(), me.get().joinedAt());
        team.put(updated);
        staff.refresh();
        return List.of(r.reply(hoursShown(updated, "team.hours.saved")));
    }

    /** The week's hours, Monday first, each day named in the reader's language with its times in the member's zone. */
    private static Msg hoursShown(Team.Member m, String key) {
        List<Msg> days = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 1, 5);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<TimeRange> ranges = m.hours().getOrDefault(d, List.of());
            LocalDate date = monday.plusDays(d.getValue() - 1L);
            if (ranges.isEmpty()) {
                days.add(Msg.of("team.hours.off", "day", new Arg.Weekday(d)));
                continue;
            }
            List<Msg> shown = ranges.stream().map(t -> Msg.of("team.hours.range",
                    "from", new Arg.TimeIn(date.atTime(t.start()).atZone(m.zone()).toInstant(), m.zone()),
                    "to", new Arg.TimeIn(date.atTime(t.end()).atZone(m.zone()).toInstant(), m.zone()))).toList();
            days.add(Msg.of("team.hours.day", "day", new Arg.Weekday(d), "ranges", Msg.joined(shown, "team.hours.more")));
        }
        return Msg.of(key, Map.of("zone", new Arg.Zone(m.zone()), "days", Msg.joined(days, "team.hours.lines"),
                "set", m.hours().isEmpty() ? "no" : "yes"));
    }

    // --- the team, for admins ---

    List<Reply> list(Request r) {
        List<List<Button>> rows = new ArrayList<>();
        List<Msg> lines = new ArrayList<>();
        for (Team.Member m : team.members()) {
            if (m.state() != Team.State.ACTIVE) {
                continue;
            }
            lines.add(Msg.of("team.member", Map.of("name", m.name(), "source", m.source().name().toLowerCase(java.util.Locale.ROOT),
                    "packages", m.packages().size(), "hours", m.hours().isEmpty() ? "no" : "yes")));
            rows.add(List.of(OPEN.button(Msg.of("team.open", "name", m.name()), m.id())));
        }
        return List.of(r.inPlace(r.reply(Msg.of("team", "studio", config.studio().name(), "members",
                lines.isEmpty() ? Msg.of("team.empty") : Msg.joined(lines, "team.hours.lines"))).withButtons(rows)));
    }

    boolean isMember(Request r, String id) {
        return member(id).filter(m -> m.state() == Team.State.ACTIVE).isPresent();
    }

    boolean isInvitedMember(Request r, String id) {
        return member(id).filter(m -> m.state() == Team.State.ACTIVE && m.source() == Team.Source.INVITED).isPresent();
    }

    boolean isTogglable(Request r, Toggle t) {
        return isInvitedMember(r, t.member()) && config.packageById(t.pkg()).isPresent();
    }

    private Optional<Team.Member> member(String id) {
        return team.members().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    List<Reply> open(Request r, String id) {
        Team.Member m = member(id).orElseThrow();
        List<List<Button>> rows = new ArrayList<>();
        if (m.source() == Team.Source.INVITED) {
            for (StudioConfig.PackageOffer offer : config.packages()) {
                rows.add(List.of(PACKAGE.button(Msg.of("team.package.button", "on", m.packages().contains(offer.id()) ? "yes" : "no",
                        "package", Msg.of("package." + offer.id() + ".name")), new Toggle(m.id(), offer.id()))));
            }
            rows.add(List.of(REMOVE.button(Msg.of("team.remove.button"), m.id())));
        }
        rows.add(List.of(LIST.button(Msg.of("team.back"))));
        List<Msg> packages = config.packages().stream().filter(o -> m.packages().contains(o.id()))
                .map(o -> Msg.of("package." + o.id() + ".name")).toList();
        return List.of(r.inPlace(r.reply(Msg.of("team.card", Map.of(
                "name", m.name(),
                "source", m.source().name().toLowerCase(java.util.Locale.ROOT),
                "language", new Msg.InLanguage(m.locale(), Msg.of("language.name")),
                "hours", hoursShown(m, "team.card.hours"),
                "offered", packages.isEmpty() ? Msg.of("team.card.packages.none", "name", m.name()) : Msg.joined(packages, "team.hours.more"))))
                .withButtons(rows)));
    }

    List<Reply> toggle(Request r, Toggle t) {
        Team.Member m = member(t.member()).orElseThrow();
        Set<String> packages = new LinkedHashSet<>(m.packages());
        if (!packages.remove(t.pkg())) {
            packages.add(t.pkg());
        }
        team.put(m.withPackages(packages));
        staff.refresh();
        return open(r, m.id());
    }

    List<Reply> askRemove(Request r, String id) {
        Team.Member m = member(id).orElseThrow();
        int count = upcomingOf.apply(m.id(), r.now()).size();
        return List.of(r.inPlace(r.reply(Msg.of("team.remove.confirm", "name", m.name(), "count", count)).withButtons(List.of(
                List.of(REMOVE_SURE.button(Msg.of("team.remove.yes"), m.id())),
                List.of(OPEN.button(Msg.of("team.remove.no"), m.id()))))));
    }

    List<Reply> remove(Request r, String id) {
        Team.Member m = member(id).orElseThrow();
        team.put(m.in(Team.State.REMOVED));
        staff.refresh();
        List<studiobot.booking.Booking> left = upcomingOf.apply(m.id(), r.now());
        List<Reply> replies = new ArrayList<>();
        replies.add(r.inPlace(r.reply(Msg.of("team.removed", "name", m.name(), "count", left.size()))));
        // every admin hears, with a button for each booking still to come: none is dropped in silence
        for (long admin : config.admins()) {
            if (admin == r.person().userId() || left.isEmpty()) {
                continue;
            }
            replies.add(Reply.now(new ChatId(admin), MessageKind.ALERT, Msg.of("team.removed", "name", m.name(), "count", left.size()))
                    .withButtons(cardButtons.apply(left)));
        }
        if (!left.isEmpty()) {
            replies.set(0, replies.get(0).withButtons(cardButtons.apply(left)));
        }
        return replies;
    }
}
