package studiobot.feature;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.ArgHandler;
import studiobot.chat.Handler;
import studiobot.chat.Request;
import studiobot.chat.Router;
import studiobot.chat.Topic;
import studiobot.people.Role;
import studiobot.schedule.JobHandler;

/**
 * Where features plug themselves in: commands (and whether the menu lists them, per role), button
 * actions with their argument codecs, awaited answers, the handlers of free text, media and
 * locations, and job kinds. Everything lands in the router or the job table; a name registered
 * twice is a programming error.
 */
public final class Registry {
    private final Router router;
    private final Map<String, JobHandler> jobs = new HashMap<>();

    public Registry(Router router) {
        this.router = router;
    }

    public Registry add(Feature feature) {
        feature.register(this);
        return this;
    }

    /** A command listed in the command menu of the given roles (everyone's when none). */
    public void menuCommand(String name, Handler handler, Role... allowed) {
        router.command(name, handler, roles(allowed), true);
    }

    /** A command not listed in the menu. */
    public void command(String name, Handler handler, Role... allowed) {
        router.command(name, handler, roles(allowed), false);
    }

    public <A> void action(Action<A> action, ArgHandler<A> handler, Role... allowed) {
        router.action(action, handler, roles(allowed), (r, a) -> true);
    }

    /** An action whose buttons go stale when {@code current} no longer holds for their argument. */
    public <A> void action(Action<A> action, ArgHandler<A> handler, BiPredicate<Request, A> current, Role... allowed) {
        router.action(action, handler, roles(allowed), current);
    }

    /** An action without argument. */
    public void simpleAction(Action<ArgCodec.Nothing> action, Handler handler, Role... allowed) {
        router.action(action, (r, none) -> handler.handle(r), roles(allowed), (r, a) -> true);
    }

    public <A> void answer(Topic<A> topic, ArgHandler<A> handler) {
        router.answer(topic, handler);
    }

    /** An awaited answer that may also be a photo or a file. */
    public <A> void answerOrMedia(Topic<A> topic, ArgHandler<A> handler) {
        router.answer(topic, handler, true);
    }

    /** A wait that lasts while the person talks, and that any button they press ends (a live conversation). */
    public <A> void conversation(Topic<A> topic, ArgHandler<A> handler) {
        router.answer(topic, handler, false, true);
    }

    public void simpleAnswer(Topic<ArgCodec.Nothing> topic, Handler handler) {
        router.answer(topic, (r, none) -> handler.handle(r));
    }

    /** What a t.me link with {@code ?start=prefix…} does when opened, for anyone. */
    public void deepLink(String prefix, Handler handler) {
        router.deepLink(prefix, handler);
    }

    public void freeText(Handler handler) {
        router.freeText(handler);
    }

    public void media(Handler handler) {
        router.media(handler);
    }

    public void location(Handler handler) {
        router.location(handler);
    }

    public void job(String kind, JobHandler handler) {
        if (jobs.putIfAbsent(kind, handler) != null) {
            throw new IllegalArgumentException("job kind " + kind + " registered twice");
        }
    }

    public Map<String, JobHandler> jobs() {
        return Map.copyOf(jobs);
    }

    private static Set<Role> roles(Role... allowed) {
        return allowed.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(allowed));
    }
}
