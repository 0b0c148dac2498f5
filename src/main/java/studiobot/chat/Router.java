package studiobot.chat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Role;
import studiobot.people.Staff;

/**
 * Turns one incoming update into replies: records the person, checks rights, verifies button
 * presses, and hands the input to the feature registered for it. Pure of transport: the same
 * router serves Telegram and the console.
 */
public final class Router {
    private final People people;
    private final Staff staff;
    private final Callbacks callbacks;
    private final Map<String, Route> commands = new HashMap<>();
    private final Map<String, Route> actions = new HashMap<>();
    private final Map<String, Handler> answers = new HashMap<>();
    private Handler freeText = r -> List.of(r.reply(Msg.of("fallback.unknown")));
    private Handler location = r -> List.of(r.reply(Msg.of("input.unsupported")));
    private Handler media = r -> List.of(r.reply(Msg.of("input.unsupported")));

    public Router(People people, Staff staff, Callbacks callbacks) {
        this.people = people;
        this.staff = staff;
        this.callbacks = callbacks;
    }

    private record Route(Set<Role> allowed, Handler handler) {}

    /** Registers {@code /name}, for the given roles (everyone when none are given). */
    public Router command(String name, Handler handler, Role... allowed) {
        commands.put(name, new Route(roles(allowed), handler));
        return this;
    }

    /** Registers a button action, for the given roles (everyone when none are given). */
    public Router action(String name, Handler handler, Role... allowed) {
        actions.put(name, new Route(roles(allowed), handler));
        return this;
    }

    public Router freeText(Handler handler) {
        this.freeText = handler;
        return this;
    }

    /** Who reads the next free text of a person the bot asked about {@code topic} (see People.setAwaiting). */
    public Router answer(String topic, Handler handler) {
        answers.put(topic, handler);
        return this;
    }

    public Router location(Handler handler) {
        this.location = handler;
        return this;
    }

    public Router media(Handler handler) {
        this.media = handler;
        return this;
    }

    public List<Reply> handle(Incoming in, Instant now) {
        Sender from = in.from();
        Person person = people.seen(from.userId(), from.displayName(), from.languageCode(), now);
        Set<Role> roles = staff.rolesOf(from.userId());
        Input input = in.input();
        if (input instanceof Input.Text t) {
            Optional<String> topic = people.awaiting(from.userId());
            if (t.isCommand()) {
                // a command changes the subject: whatever the bot asked is no longer pending
                topic.ifPresent(x -> people.setAwaiting(from.userId(), null));
                return command(in, person, roles, now, t);
            }
            Handler reader = topic.map(name -> answers.get(name.split(":", 2)[0])).orElse(freeText);
            return reader.handle(request(in, person, roles, now, topic.orElse(null), List.of()));
        }
        if (input instanceof Input.Press p) {
            return press(in, person, roles, now, p);
        }
        if (input instanceof Input.Location) {
            return location.handle(request(in, person, roles, now, null, List.of()));
        }
        if (input instanceof Input.Media) {
            return media.handle(request(in, person, roles, now, people.awaiting(from.userId()).orElse(null), List.of()));
        }
        return List.of(Reply.to(in.chat(), Msg.of("input.unsupported")));
    }

    private List<Reply> command(Incoming in, Person person, Set<Role> roles, Instant now, Input.Text text) {
        String name = text.command();
        Route route = commands.get(name);
        if (route == null) {
            return List.of(Reply.to(in.chat(), Msg.of("command.unknown", "command", "/" + name)));
        }
        if (!allowed(route, roles)) {
            return List.of(Reply.to(in.chat(), Msg.of("command.notAllowed")));
        }
        String arg = text.commandArgument();
        List<String> args = arg.isEmpty() ? List.of() : Arrays.asList(arg.split("\\s+"));
        return route.handler().handle(request(in, person, roles, now, name, args));
    }

    private List<Reply> press(Incoming in, Person person, Set<Role> roles, Instant now, Input.Press press) {
        Optional<Callbacks.Pressed> pressed = callbacks.decode(in.from().userId(), press.data());
        Route route = pressed.map(p -> actions.get(p.action())).orElse(null);
        if (route == null || !allowed(route, roles)) {
            return List.of(Reply.to(in.chat(), Msg.of("button.stale")));
        }
        return route.handler().handle(request(in, person, roles, now, pressed.get().action(), pressed.get().args()));
    }

    private static Request request(Incoming in, Person person, Set<Role> roles, Instant now, String action, List<String> args) {
        return new Request(person, roles, now, in.chat(), in.input(), action, args);
    }

    private static boolean allowed(Route route, Set<Role> roles) {
        return route.allowed().isEmpty() || route.allowed().stream().anyMatch(roles::contains);
    }

    private static Set<Role> roles(Role... allowed) {
        return allowed.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(allowed));
    }
}
