package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestTexts;

/**
 * The team in the chat: the admin invites Nikos with a one-time link; he joins, sets his hours
 * (Sundays, when Anna does not work) and is not bookable until the admin gives him the portrait;
 * then Maria books his Sunday. Removing him lists that booking to the admins to move or cancel.
 */
class TeamConversationTest extends DemoStudioConversation {
    private static final long ADMIN = 1001;
    private static final long ANNA = 2001;
    private static final long NIKOS = 2077;
    private static final long MARIA = 7001;
    private static final long STRANGER = 7009;
    private static final String SUNDAY = "20261129";





    private static String name(long user) {
        return user == ADMIN ? "Eva" : user == ANNA ? "Anna" : user == NIKOS ? "Nikos" : user == MARIA ? "Maria" : "Sam";
    }

    private List<Sent> tell(long user, String text) {
        return harness.tell(user, name(user), user == ANNA ? "el" : "en", new Input.Text(text, 1));
    }

    private List<Sent> press(long user, Sent on, String action, Predicate<List<String>> args) {
        return harness.press(user, name(user), user == ANNA ? "el" : "en", on, action, args);
    }

    /** The admin's invitation, as the command the console shows (no bot username here). */
    private String invitation() {
        Sent invite = last(tell(ADMIN, "/invite"));
        assertThat(invite.key()).isEqualTo("team.invite");
        assertThat(invite.arg("kind")).isEqualTo("command");
        assertThat(invite.arg("until")).isEqualTo(new studiobot.chat.Arg.DateTime(clock.instant().plus(Duration.ofDays(2))));
        return (String) invite.arg("link");
    }

    private Sent portraitCalendar(long client) {
        return last(press(client, last(tell(client, "/book")), "book", args -> args.get(0).equals("portrait")));
    }

    private boolean sundayBookable(long client) {
        return portraitCalendar(client).hasButton("bkd", args -> args.get(args.size() - 1).equals(SUNDAY));
    }

    @Test
    void nikosJoinsSetsHisHoursAndIsBookableOnceHeHasAPackage() {
        String link = invitation();
        List<Sent> joined = tell(NIKOS, link);
        assertThat(BotHarness.firstTo(NIKOS, joined).key()).isEqualTo("team.joined");
        assertThat(BotHarness.firstTo(ADMIN, joined).key()).isEqualTo("team.joined.admin");

        assertThat(last(tell(NIKOS, "/hours sun 10:00-14:00; mon nine")).key()).isEqualTo("team.hours.bad");
        assertThat(last(tell(NIKOS, "/hours sun 14:00-10:00")).key()).isEqualTo("team.hours.order");
        Sent saved = last(tell(NIKOS, "/hours sun 10:00-14:00"));
        assertThat(saved.key()).isEqualTo("team.hours.saved");
        assertThat(saved.rendered().html().replace("\u202f", " ")).contains("Su: 10:00 AM–2:00 PM", "Mo: —");
        assertThat(sundayBookable(MARIA)).as("no package yet").isFalse();

        Sent team = last(tell(ADMIN, "/team"));
        assertThat(team.rendered().html()).contains("Nikos", "no packages yet");
        Sent card = last(press(ADMIN, team, "tmo", args -> args.get(0).equals("p" + NIKOS)));
        Sent given = last(press(ADMIN, card, "tmp", args -> args.get(1).equals("portrait")));
        assertThat(given.buttonLabel("tmp", args -> args.get(1).equals("portrait"))).isPresent();

        assertThat(sundayBookable(MARIA)).as("his hours, now that he shoots portraits").isTrue();
        assertThat(last(tell(NIKOS, "/agenda")).key()).as("a photographer now").isNotEqualTo("command.notAllowed");

        // the team survives a restart; the config's Anna keeps her hours from the config
        harness.close();
        harness = new BotHarness(data, TestTexts.messages(), clock, ChatLanes.DIRECT);
        assertThat(sundayBookable(MARIA)).isTrue();
        assertThat(last(tell(ANNA, "/hours mon 10:00-11:00")).key()).isEqualTo("team.fromConfig");
    }

    @Test
    void anInvitationWorksOnceAndNotAfterItExpires() {
        String link = invitation();
        tell(NIKOS, link);

        assertThat(last(tell(STRANGER, link)).key()).isEqualTo("team.join.used");
        assertThat(last(tell(STRANGER, "/agenda")).key()).isEqualTo("command.notAllowed");

        String later = invitation();
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        assertThat(last(tell(STRANGER, later)).key()).isEqualTo("team.join.expired");
        assertThat(last(tell(STRANGER, "/start join_nonsense")).key()).isEqualTo("team.join.unknown");
        assertThat(last(tell(STRANGER, "/agenda")).key()).isEqualTo("command.notAllowed");
    }

    @Test
    void removingNikosListsHisBookingToTheAdminsToMoveOrCancel() {
        tell(NIKOS, invitation());
        tell(NIKOS, "/hours sun 10:00-14:00");
        Sent card = last(press(ADMIN, last(tell(ADMIN, "/team")), "tmo", args -> args.get(0).equals("p" + NIKOS)));
        card = last(press(ADMIN, card, "tmp", args -> args.get(1).equals("portrait")));
        Sent times = last(press(MARIA, portraitCalendar(MARIA), "bkd", args -> args.get(args.size() - 1).equals(SUNDAY)));
        Sent question = last(press(MARIA, times, "bkt", args -> args.get(2).equals("p" + NIKOS)));
        List<Sent> booked = press(MARIA, last(press(MARIA, question, "bks", BotHarness::any)), "bkc", BotHarness::any);
        assertThat(BotHarness.firstTo(NIKOS, booked).key()).isEqualTo("booking.alert.new");

        Sent confirm = last(press(ADMIN, card, "tmr", BotHarness::any));
        assertThat(confirm.arg("count")).isEqualTo(1);
        Sent removed = last(press(ADMIN, confirm, "tmry", BotHarness::any));

        assertThat(removed.key()).isEqualTo("team.removed");
        assertThat(removed.buttons()).extracting(b -> b.action()).containsExactly("ago");
        Sent booking = last(press(ADMIN, removed, "ago", BotHarness::any));
        assertThat(booking.key()).isEqualTo("agenda.card");
        assertThat(booking.buttons()).extracting(b -> b.action()).contains("agm", "agx");
        assertThat(last(tell(NIKOS, "/agenda")).key()).as("no longer staff").isEqualTo("command.notAllowed");
        assertThat(sundayBookable(STRANGER)).isFalse();
        assertThat(last(tell(MARIA, "/mybookings")).rendered().html()).as("her booking is still there").contains("November 29");
    }
}
