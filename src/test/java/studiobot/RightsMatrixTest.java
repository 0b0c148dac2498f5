package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studiobot.chat.Input;
import studiobot.people.Role;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestConfigs;

/**
 * Who may reach what. The table below is the reviewed rights of every command and button action;
 * a new one fails the first test until someone decides who it is for. Then every command and
 * action is tried by a client, a photographer and an admin, and the cases where the role is right
 * but the thing belongs to someone else: another client's booking, another photographer's shoot,
 * client, figures or rating.
 */
class RightsMatrixTest extends DemoStudioConversation {
    private static final Set<Role> EVERYONE = Set.of();
    private static final Set<Role> CLIENT = EnumSet.of(Role.CLIENT);
    private static final Set<Role> STAFF = EnumSet.of(Role.PHOTOGRAPHER, Role.ADMIN);
    private static final Set<Role> PHOTOGRAPHER = EnumSet.of(Role.PHOTOGRAPHER);
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);

    /** Every command and who it is for. */
    static final Map<String, Set<Role>> COMMANDS = Map.ofEntries(
            Map.entry("start", EVERYONE), Map.entry("help", EVERYONE), Map.entry("language", EVERYONE), Map.entry("timezone", EVERYONE),
            Map.entry("book", CLIENT), Map.entry("mybookings", CLIENT), Map.entry("privacy", CLIENT),
            Map.entry("agenda", STAFF), Map.entry("sneakpeek", STAFF), Map.entry("gallery", STAFF), Map.entry("stats", STAFF),
            Map.entry("messages", ADMIN_ONLY), Map.entry("team", ADMIN_ONLY), Map.entry("invite", ADMIN_ONLY),
            Map.entry("hours", PHOTOGRAPHER), Map.entry("name", PHOTOGRAPHER));

    /**
     * Every action and who it is for. The ones for everyone are the booking flow (staff move a
     * booking through it), the menus, the FAQ and the settings: each press of theirs is checked
     * by its owner (the button is signed for one person; the flow or question is theirs).
     */
    static final Map<String, Set<Role>> ACTIONS = Map.ofEntries(
            Map.entry("menu", EVERYONE), Map.entry("help", EVERYONE), Map.entry("packages", EVERYONE), Map.entry("ask", EVERYONE),
            Map.entry("faq", EVERYONE), Map.entry("faqok", EVERYONE), Map.entry("faqno", EVERYONE), Map.entry("noop", EVERYONE),
            Map.entry("language", EVERYONE), Map.entry("setlang", EVERYONE), Map.entry("keeplang", EVERYONE),
            Map.entry("timezone", EVERYONE), Map.entry("setzone", EVERYONE),
            Map.entry("bkm", EVERYONE), Map.entry("bkd", EVERYONE), Map.entry("bkt", EVERYONE), Map.entry("bks", EVERYONE),
            Map.entry("bkc", EVERYONE), Map.entry("bkb", EVERYONE), Map.entry("bkx", EVERYONE),
            Map.entry("book", CLIENT), Map.entry("mine", CLIENT), Map.entry("mbo", CLIENT), Map.entry("mbr", CLIENT),
            Map.entry("mbx", CLIENT), Map.entry("mbxy", CLIENT), Map.entry("rate", CLIENT), Map.entry("rateskip", CLIENT),
            Map.entry("remedy", CLIENT), Map.entry("pexport", CLIENT), Map.entry("pforget", CLIENT), Map.entry("perase", CLIENT),
            Map.entry("pkeep", CLIENT),
            Map.entry("agenda", STAFF), Map.entry("ago", STAFF), Map.entry("agd", STAFF), Map.entry("agn", STAFF), Map.entry("agm", STAFF),
            Map.entry("agx", STAFF), Map.entry("agxy", STAFF), Map.entry("peek", STAFF), Map.entry("gallery", STAFF),
            Map.entry("dsend", STAFF), Map.entry("ddrop", STAFF), Map.entry("offerfix", STAFF), Map.entry("resolved", STAFF),
            Map.entry("ncheck", STAFF), Map.entry("nsnooze", STAFF), Map.entry("nlost", STAFF), Map.entry("nmine", STAFF),
            Map.entry("stats", STAFF),
            Map.entry("mhome", ADMIN_ONLY), Map.entry("mlang", ADMIN_ONLY), Map.entry("mkey", ADMIN_ONLY), Map.entry("msave", ADMIN_ONLY), Map.entry("mdrop", ADMIN_ONLY),
            Map.entry("tml", ADMIN_ONLY), Map.entry("tmo", ADMIN_ONLY), Map.entry("tmp", ADMIN_ONLY), Map.entry("tmr", ADMIN_ONLY),
            Map.entry("tmry", ADMIN_ONLY),
            Map.entry("relay", PHOTOGRAPHER), Map.entry("hclose", PHOTOGRAPHER));

    /** The actions without arguments: pressed with none, the role check alone decides. */
    private static final Set<String> PLAIN = Set.of("menu", "help", "packages", "ask", "noop", "language", "timezone", "keeplang",
            "mine", "agenda", "pexport", "pforget", "pkeep", "mhome", "tml");

    private static final long MARIA = 7001;
    private static final long IVAN = 7002;
    private static final long ANNA = 2001;
    private static final long NIKOS = 2002;
    private static final long ADMIN = 1001;

    /** A person of each role. */
    private static final Map<Role, Long> BY_ROLE = Map.of(Role.CLIENT, IVAN, Role.PHOTOGRAPHER, NIKOS, Role.ADMIN, ADMIN);



    @Override
    protected studiobot.config.StudioConfig config() {
        return TestConfigs.withSecondPhotographer("nikos", "Nikos", NIKOS, "en", "{ tue: [\"09:00-18:00\"] }");
    }


    private static String name(long user) {
        return Map.of(MARIA, "Maria", IVAN, "Ivan", ANNA, "Anna", NIKOS, "Nikos", ADMIN, "Admin").get(user);
    }

    private List<Sent> tell(long user, String text) {
        return harness.tell(user, name(user), "en", new Input.Text(text, 1));
    }

    private List<Sent> press(long user, Sent on, String action, Predicate<List<String>> args) {
        return harness.press(user, name(user), "en", on, action, args);
    }

    /** A press of a button no one was sent: signed for the presser, so only the rights decide. */
    private List<Sent> forge(long user, String action, String... args) {
        String data = harness.bot().callbacks().encode(user, action, List.of(args));
        return harness.tell(user, name(user), "en", BotHarness.press(data, 1));
    }

    /** What a refused press comes to: a short notice to the presser alone, and nothing else for anyone. */
    private void assertRefused(java.util.function.Supplier<List<Sent>> pressing, long presser, String notice) {
        int before = harness.noticesSaid().size();
        List<Sent> replies = pressing.get();
        assertThat(replies).as("nothing in any chat").isEmpty();
        List<Sent> notices = harness.noticesSaid();
        assertThat(notices.subList(before, notices.size())).as("one notice, to the presser").singleElement().satisfies(s -> {
            assertThat(s.to().value()).isEqualTo(presser);
            assertThat(s.key()).isEqualTo(notice);
        });
    }

    @Test
    void theRegisteredRightsAreTheReviewedOnes() {
        assertThat(harness.bot().router().commandRights()).isEqualTo(new java.util.TreeMap<>(COMMANDS));
        assertThat(harness.bot().router().actionRights()).isEqualTo(new java.util.TreeMap<>(ACTIONS));
    }

    static Stream<Arguments> commandsByRole() {
        return COMMANDS.keySet().stream().sorted().flatMap(c -> Stream.of(Role.values()).map(role -> Arguments.of(c, role)));
    }

    @ParameterizedTest(name = "/{0} by a {1}")
    @MethodSource("commandsByRole")
    void everyCommandByEveryRole(String command, Role role) {
        long user = BY_ROLE.get(role);
        boolean allowed = COMMANDS.get(command).isEmpty() || COMMANDS.get(command).contains(role);

        List<Sent> replies = tell(user, "/" + command);

        if (allowed) {
            assertThat(replies).as("answered").isNotEmpty().noneMatch(s -> "command.notAllowed".equals(s.key()));
        } else {
            assertThat(replies).singleElement().satisfies(s -> {
                assertThat(s.to().value()).isEqualTo(user);
                assertThat(s.key()).isEqualTo("command.notAllowed");
            });
        }
    }

    static Stream<Arguments> actionsByRole() {
        return ACTIONS.keySet().stream().sorted().flatMap(a -> Stream.of(Role.values()).map(role -> Arguments.of(a, role)));
    }

    @ParameterizedTest(name = "{0} pressed by a {1}")
    @MethodSource("actionsByRole")
    void everyActionByEveryRole(String action, Role role) {
        long user = BY_ROLE.get(role);
        boolean allowed = ACTIONS.get(action).isEmpty() || ACTIONS.get(action).contains(role);

        if (!allowed) {
            assertRefused(() -> forge(user, action), user, "button.stale");
            return;
        }
        int before = harness.noticesSaid().size();
        List<Sent> replies = forge(user, action);
        if (PLAIN.contains(action)) {
            List<Sent> notices = harness.noticesSaid();
            assertThat(notices.subList(before, notices.size())).as("a plain action its role may press is not refused")
                    .noneMatch(s -> "button.stale".equals(s.key()));
        }
        assertThat(replies).as("nothing reaches anyone but the presser").allMatch(s -> s.to().value() == user);
    }

    // --- ownership: the right role, someone else's thing ---

    // Tuesday 24 November, 10:00 in Athens: Maria's portrait with Anna
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T08:00:00Z");

    private long mariaBooksWithAnna() {
        Sent calendar = last(press(MARIA, last(tell(MARIA, "/book")), "book", args -> args.get(0).equals("portrait")));
        Sent times = last(press(MARIA, calendar, "bkd", args -> args.get(args.size() - 1).equals("20261124")));
        String start = Long.toString(TUESDAY_10.getEpochSecond() / 60, 36);
        Sent question = last(press(MARIA, times, "bkt", args -> args.get(1).equals(start)));
        List<Sent> done = press(MARIA, last(press(MARIA, question, "bks", BotHarness::any)), "bkc", BotHarness::any);
        assertThat(done).extracting(Sent::key).contains("booking.confirmed");
        return bookingIdOf(done);
    }

    private static long bookingIdOf(List<Sent> confirmed) {
        return confirmed.stream().map(s -> s.reply().attachment()).filter(a -> a instanceof studiobot.chat.Reply.CalendarEntry)
                .map(a -> ((studiobot.chat.Reply.CalendarEntry) a).fileName()).map(file -> Long.parseLong(file.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }

    private static String version(Instant start) {
        return Long.toString(start.getEpochSecond() / 60, 36);
    }

    @Test
    void anotherClientCannotReachMariasBooking() {
        long booking = mariaBooksWithAnna();
        Sent mine = last(tell(MARIA, "/mybookings"));

        // her own button, pressed by Ivan: signed for her, so stale for him
        String hers = mine.buttonData("mbo", BotHarness::any).orElseThrow();
        assertRefused(() -> harness.tell(IVAN, "Ivan", "en", BotHarness.press(hers, mine.messageId())), IVAN, "button.stale");
        // a button of his own naming her booking: not his
        assertRefused(() -> forge(IVAN, "mbo", Long.toString(booking), version(TUESDAY_10)), IVAN, "booking.unavailable");
        assertRefused(() -> forge(IVAN, "mbxy", Long.toString(booking), version(TUESDAY_10)), IVAN, "booking.unavailable");
        assertThat(last(tell(MARIA, "/mybookings")).rendered().html()).as("still booked").contains("Portrait");
    }

    @Test
    void anotherPhotographerCannotSeeOrChangeAnnasShootWhileAnAdminCan() {
        long booking = mariaBooksWithAnna();

        assertThat(last(tell(NIKOS, "/agenda")).rendered().html()).doesNotContain("Maria");
        assertThat(last(tell(ADMIN, "/agenda")).rendered().html()).contains("Maria");
        assertRefused(() -> forge(NIKOS, "ago", Long.toString(booking), version(TUESDAY_10)), NIKOS, "booking.unavailable");
        assertRefused(() -> forge(NIKOS, "agxy", Long.toString(booking), version(TUESDAY_10)), NIKOS, "booking.unavailable");
        assertThat(last(forge(ADMIN, "ago", Long.toString(booking), version(TUESDAY_10))).key()).isEqualTo("agenda.card");

        clock.set(TUESDAY_10.plus(Duration.ofHours(2)));
        assertRefused(() -> forge(NIKOS, "peek", Long.toString(booking)), NIKOS, "button.stale");
        assertRefused(() -> forge(NIKOS, "gallery", Long.toString(booking)), NIKOS, "button.stale");
        assertThat(last(forge(ANNA, "peek", Long.toString(booking))).key()).startsWith("delivery.");
    }

    @Test
    void anotherPhotographerCannotHandleALowRatingOfAnnasShoot() {
        long booking = mariaBooksWithAnna();
        clock.set(TUESDAY_10.plus(Duration.ofHours(5)));
        harness.bot().jobRunning().drain();
        Sent request = harness.flushSaid().stream().filter(s -> "feedback.request".equals(s.key())).findFirst().orElseThrow();
        press(MARIA, request, "rate", args -> args.get(1).equals("2"));

        assertRefused(() -> forge(NIKOS, "offerfix", Long.toString(booking)), NIKOS, "button.stale");
        assertRefused(() -> forge(NIKOS, "resolved", Long.toString(booking)), NIKOS, "button.stale");
        assertRefused(() -> forge(IVAN, "remedy", Long.toString(booking), "reshoot"), IVAN, "button.stale");
        assertThat(forge(ANNA, "offerfix", Long.toString(booking))).anyMatch(s -> s.to().value() == MARIA);
    }

    @Test
    void aPhotographerSeesOnlyTheirOwnFiguresAndAnAdminAnyones() {
        mariaBooksWithAnna();

        Sent own = figures(forge(NIKOS, "stats", "30", "anna"));
        assertThat(own.arg("scope")).as("Nikos asked for Anna's: he gets his own").isEqualTo("Nikos");
        assertThat(own.arg("bookings")).isEqualTo(0);
        Sent annas = figures(forge(ADMIN, "stats", "30", "anna"));
        assertThat(annas.arg("scope")).isEqualTo("Anna");
        assertThat(annas.arg("bookings")).isEqualTo(1);
    }

    private static Sent figures(List<Sent> replies) {
        return replies.stream().filter(s -> "stats".equals(s.key())).findFirst().orElseThrow();
    }

    @Test
    void aClientAnnaLooksAfterCannotBeAnsweredByNikos() {
        List<Sent> asked = tell(MARIA, "Can I bring my tortoise to the shoot?");
        List<Sent> alerts = new ArrayList<>(asked);
        if (alerts.stream().noneMatch(s -> "handoff.question".equals(s.key()))) {
            alerts = press(MARIA, BotHarness.firstTo(MARIA, asked), "faqno", BotHarness::any);
        }
        Sent toAnna = BotHarness.firstTo(ANNA, alerts);
        Sent toNikos = BotHarness.firstTo(NIKOS, alerts);
        // Anna answers first: Maria is hers from now on
        harness.tell(ANNA, "Anna", "el", new Input.Text("Of course!", 50, toAnna.messageId()));

        assertRefused(() -> press(NIKOS, toNikos, "relay", BotHarness::any), NIKOS, "button.stale");
        List<Sent> viaReply = harness.tell(NIKOS, "Nikos", "en", new Input.Text("Sure, bring it", 51, toNikos.messageId()));
        assertThat(viaReply).singleElement().satisfies(s -> {
            assertThat(s.to().value()).isEqualTo(NIKOS);
            assertThat(s.key()).isEqualTo("handoff.taken");
            assertThat(s.arg("photographer")).isEqualTo("Anna");
        });
    }
}
