package studiobot.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Role;
import studiobot.people.Staff;

/**
 * Turns one incoming update into replies: records the person and, for a client, the message in
 * their conversation; checks rights; verifies and decodes button presses; and hands the input to
 * the feature registered for it. A press that is forged, pressed by someone else, malformed,
 * stale or not allowed is refused here, with a short notice to the presser and nothing in the
 * chat; every press is answered. Pure of transport: the same router serves Telegram and the console.
 */
public final class Router {
    private final People people;
    private final Staff staff;
    private final Callbacks callbacks;
    private final Conversations conversations;
    private final Map<String, Route> commands = new LinkedHashMap<>();
    private final Map<String, ActionRoute<?>> actions = new HashMap<>();
    private final Map<String, AnswerRoute<?>> answers = new HashMap<>();
    private final Map<String, Handler> deepLinks = new HashMap<>();
    private Handler freeText = r -> List.of(r.reply(Msg.of("fallback.unknown")));
    private Handler location = r -> List.of(r.reply(Msg.of("input.unsupported")));
    private Handler media = r -> List.of(r.reply(Msg.of("input.unsupported")));
    private boolean freeTextSet;
    private boolean locationSet;
    private boolean mediaSet;

    public Router(People people, Staff staff, Callbacks callbacks, Conversations conversations) {
        this.people = people;
        this.staff = staff;
        this.callbacks = callbacks;
        this.conversations = conversations;
    }

    /** A command as the menu shows it: for whom (everyone when empty), and whether it is listed there. */
    public record MenuCommand(String name, Set<Role> roles) {}

    private record Route(Set<Role> allowed, Handler handler, boolean inMenu) {}

    private record ActionRoute<A>(Action<A> action, Set<Role> allowed, ArgHandler<A> handler, BiPredicate<Request, A> current) {
        Optional<List<Reply>> handle(Request r) {
            Optional<A> arg = action.decode(r.args());
            if (arg.isEmpty() || !current.test(r, arg.get())) {
                return Optional.empty();
            }
            return Optional.of(handler.handle(r, arg.get()));
        }
    }

    /** {@code media}: a photo or file sent while the bot awaits this topic is its answer too. */
    private record AnswerRoute<A>(Topic<A> topic, ArgHandler<A> handler, boolean media, boolean endsOnPress) {
        Optional<Handler> reader(String stored) {
            return topic.decode(stored).map(arg -> r -> handler.handle(r, arg));
        }
    }

    /** Registers {@code /name} for the given roles (everyone when empty); {@code inMenu} lists it in the command menu. */
    public Router command(String name, Handler handler, Set<Role> allowed, boolean inMenu) {
        if (commands.putIfAbsent(name, new Route(Set.copyOf(allowed), handler, inMenu)) != null) {
            throw new IllegalArgumentException("command /" + name + " registered twice");
        }
        return this;
    }

    /**
     * Registers a button action for the given roles (everyone when empty). A press whose argument
     * does not decode, or for which {@code current} says the state it was made for has passed, is
     * refused as stale before the handler runs.
     */
    public <A> Router action(Action<A> action, ArgHandler<A> handler, Set<Role> allowed, BiPredicate<Request, A> current) {
        if (actions.putIfAbsent(action.id(), new ActionRoute<>(action, Set.copyOf(allowed), handler, current)) != null) {
            throw new IllegalArgumentException("action " + action.id() + " registered twice");
        }
        return this;
    }

    /** Who reads the next message of a person the bot asked about {@code topic} (see People.setAwaiting). */
    public <A> Router answer(Topic<A> topic, ArgHandler<A> handler) {
        return answer(topic, handler, false);
    }

    /** As {@link #answer(Topic, ArgHandler)}; with {@code media}, a photo or file sent meanwhile goes to the handler too. */
    public <A> Router answer(Topic<A> topic, ArgHandler<A> handler, boolean media) {
        return answer(topic, handler, media, false);
    }

    /** As {@link #answer(Topic, ArgHandler, boolean)}; with {@code endsOnPress}, any button the person presses ends the wait. */
    public <A> Router answer(Topic<A> topic, ArgHandler<A> handler, boolean media, boolean endsOnPress) {
        if (answers.putIfAbsent(topic.name(), new AnswerRoute<>(topic, handler, media, endsOnPress)) != null) {
            throw new IllegalArgumentException("topic " + topic.name() + " registered twice");
        }
        return this;
    }

    /**
     * Registers what a {@code /start} with a payload starting with {@code prefix} does (a
     * t.me/bot?start=prefix… link opened), for anyone; the payload is the request's one argument.
     */
    public Router deepLink(String prefix, Handler handler) {
        if (deepLinks.putIfAbsent(prefix, handler) != null) {
            throw new IllegalArgumentException("deep link " + prefix + " registered twice");
        }
        return this;
    }

    public Router freeText(Handler handler) {
        if (freeTextSet) {
            throw new IllegalArgumentException("the freeText handler is registered twice");
        }
        this.freeText = handler;
        freeTextSet = true;
        return this;
    }

    public Router location(Handler handler) {
        if (locationSet) {
            throw new IllegalArgumentException("the location handler is registered twice");
        }
        this.location = handler;
        locationSet = true;
        return this;
    }

    public Router media(Handler handler) {
        if (mediaSet) {
            throw new IllegalArgumentException("the media handler is registered twice");
        }
        this.media = handler;
        mediaSet = true;
        return this;
    }

    /** Every command with the roles it is for (empty: everyone), by name: what a rights review reads. */
    public Map<String, Set<Role>> commandRights() {
        Map<String, Set<Role>> rights = new java.util.TreeMap<>();
        commands.forEach((name, route) -> rights.put(name, route.allowed()));
        return rights;
    }

    /** Every button action with the roles it is for (empty: everyone, each press then checked by its owner), by id. */
    public Map<String, Set<Role>> actionRights() {
        Map<String, Set<Role>> rights = new java.util.TreeMap<>();
        actions.forEach((id, route) -> rights.put(id, route.allowed()));
        return rights;
    }

    /** The commands to publish in the menu, in registration order. */
    public List<MenuCommand> menu() {
        List<MenuCommand> menu = new ArrayList<>();
        commands.forEach((name, route) -> {
            if (route.inMenu()) {
                menu.add(new MenuCommand(name, route.allowed()));
            }
        });
        return menu;
    }

    public List<Reply> handle(Incoming in, Instant now) {
        Sender from = in.from();
        Person person = people.seen(from.userId(), from.displayName(), from.languageCode(), now);
        Set<Role> roles = staff.rolesOf(from.userId());
        Input input = in.input();
        if (roles.contains(Role.CLIENT)) {
            Conversations.Line line = Conversations.Line.in(from.userId(), now, kindOf(input), messageIdOf(input),
                    input instanceof Input.Text t ? t.replyTo() : null);
            if (input instanceof Input.Text t) {
                line = line.saying(t.text());
            } else if (input instanceof Input.Media m && m.caption() != null && !m.caption().isBlank()) {
                line = line.saying(m.caption());
            }
            conversations.record(line);
        }
        if (input instanceof Input.Text t) {
            Optional<String> awaited = people.awaiting(from.userId());
            if (t.isCommand()) {
                // a command changes the subject: whatever the bot asked is no longer pending
                awaited.ifPresent(x -> people.setAwaiting(from.userId(), null));
                return command(in, person, roles, now, t);
            }
            if (t.replyTo() != null && !roles.contains(Role.CLIENT) && conversations.clientOf(in.chat(), t.replyTo()).isPresent()) {
                // staff using Telegram's reply on a message about a client answer that client, whatever else the bot
                // awaits from them (a sneak peek being put together): that stays awaited
                return freeText.handle(request(in, person, roles, now, awaited.orElse(null), List.of()));
            }
            return reader(awaited).handle(request(in, person, roles, now, awaited.orElse(null), List.of()));
        }
        if (input instanceof Input.Press p) {
            return press(in, person, roles, now, p);
        }
        if (input instanceof Input.Location) {
            return location.handle(request(in, person, roles, now, null, List.of()));
        }
        if (input instanceof Input.Media) {
            Optional<String> awaited = people.awaiting(from.userId());
            Handler handler = awaited.flatMap(stored -> Optional.ofNullable(answers.get(Topic.nameOf(stored))).filter(AnswerRoute::media)
                    .flatMap(route -> route.reader(stored))).orElse(media);
            return handler.handle(request(in, person, roles, now, awaited.orElse(null), List.of()));
        }
        return List.of(Reply.now(in.chat(), MessageKind.ANSWER, Msg.of("input.unsupported")));
    }

    /** The handler of what the bot awaits; free text when nothing is awaited, or what is stored no longer decodes. */
    private Handler reader(Optional<String> awaited) {
        return awaited.flatMap(stored -> Optional.ofNullable(answers.get(Topic.nameOf(stored))).flatMap(route -> route.reader(stored)))
                .orElse(freeText);
    }

    private List<Reply> command(Incoming in, Person person, Set<Role> roles, Instant now, Input.Text text) {
        String name = text.command();
        Route route = commands.get(name);
        if (route == null) {
            // quoted within reason: a command is at most 32 characters, whatever was typed after the slash
            String shown = name.codePointCount(0, name.length()) <= 32 ? name : name.substring(0, name.offsetByCodePoints(0, 31)) + "…";
            return List.of(Reply.now(in.chat(), MessageKind.ANSWER, Msg.of("command.unknown", "command", "/" + shown)));
        }
        if (!allowed(route.allowed(), roles)) {
            return List.of(Reply.now(in.chat(), MessageKind.ANSWER, Msg.of("command.notAllowed")));
        }
        String arg = text.commandArgument();
        List<String> args = arg.isEmpty() ? List.of() : Arrays.asList(arg.split("\\s+"));
        if (name.equals("start") && args.size() == 1) {
            for (Map.Entry<String, Handler> link : deepLinks.entrySet()) {
                if (args.get(0).startsWith(link.getKey())) {
                    return link.getValue().handle(request(in, person, roles, now, name, args));
                }
            }
        }
        return route.handler().handle(request(in, person, roles, now, name, args));
    }

    private List<Reply> press(Incoming in, Person person, Set<Role> roles, Instant now, Input.Press press) {
        // a wait that any other choice ends (a live conversation): a press is such a choice
        people.awaiting(in.from().userId()).map(stored -> answers.get(Topic.nameOf(stored)))
                .filter(AnswerRoute::endsOnPress).ifPresent(route -> people.setAwaiting(in.from().userId(), null));
        Optional<Callbacks.Pressed> pressed = callbacks.decode(in.from().userId(), press.data());
        ActionRoute<?> route = pressed.map(p -> actions.get(p.action())).orElse(null);
        Request request = request(in, person, roles, now, pressed.map(Callbacks.Pressed::action).orElse(null),
                pressed.map(Callbacks.Pressed::args).orElse(List.of()));
        Optional<List<Reply>> handled = route == null || !allowed(route.allowed(), roles) ? Optional.empty() : route.handle(request);
        if (handled.isEmpty()) {
            return List.of(request.refuse(Msg.of("button.stale")));
        }
        List<Reply> replies = handled.get();
        if (press.pressId() == null || replies.stream().anyMatch(Reply::isPressAnswer)) {
            return replies;
        }
        List<Reply> answered = new ArrayList<>(replies.size() + 1);
        answered.add(Reply.pressAnswer(in.chat(), press.pressId(), Msg.verbatim("")));
        answered.addAll(replies);
        return answered;
    }

    private static Request request(Incoming in, Person person, Set<Role> roles, Instant now, String action, List<String> args) {
        return new Request(person, roles, now, in.chat(), in.input(), action, args);
    }

    private static boolean allowed(Set<Role> allowed, Set<Role> roles) {
        return allowed.isEmpty() || allowed.stream().anyMatch(roles::contains);
    }

    private static MessageKind kindOf(Input input) {
        if (input instanceof Input.Text t) {
            return t.isCommand() ? MessageKind.COMMAND : MessageKind.MESSAGE;
        }
        return input instanceof Input.Press ? MessageKind.PRESS : MessageKind.MESSAGE;
    }

    private static Long messageIdOf(Input input) {
        if (input instanceof Input.Text t) {
            return t.messageId();
        }
        return input instanceof Input.Media m ? Long.valueOf(m.messageId()) : null;
    }
}
