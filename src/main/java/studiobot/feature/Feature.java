package studiobot.feature;

/**
 * A capability of the bot as the composition root sees it: one call plugs in its commands,
 * button actions, awaited answers and job kinds. Adding a feature touches its own package and one
 * line of wiring.
 */
@FunctionalInterface
public interface Feature {
    void register(Registry registry);
}
