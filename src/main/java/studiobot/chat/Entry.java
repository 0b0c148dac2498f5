package studiobot.chat;

import java.util.Optional;

/**
 * The actions that lead into a feature from another one's screens (the main menu, a "back" or a
 * "book" button). They are defined here, below every feature, so that a menu can offer them
 * without importing the feature that handles them; each is registered by that feature alone.
 * A feature's own steps are defined next to their handlers.
 */
public final class Entry {
    private Entry() {}

    /** The main menu (the front desk). */
    public static final Action<ArgCodec.Nothing> MENU = Action.plain("menu");
    public static final Action<ArgCodec.Nothing> HELP = Action.plain("help");
    public static final Action<ArgCodec.Nothing> PACKAGES = Action.plain("packages");
    /** Ask a question (the front desk). */
    public static final Action<ArgCodec.Nothing> ASK = Action.plain("ask");
    /** Book a shoot, of a given package or choosing one (booking). */
    public static final Action<Optional<String>> BOOK = Action.of("book", ArgCodec.optional(ArgCodec.ID));
    /** A client's bookings (booking). */
    public static final Action<ArgCodec.Nothing> MY_BOOKINGS = Action.plain("mine");
    /** A photographer's agenda (booking). */
    public static final Action<ArgCodec.Nothing> AGENDA = Action.plain("agenda");
    /** Choose a language (profile). */
    public static final Action<ArgCodec.Nothing> LANGUAGE = Action.plain("language");
    /** A photographer's "reply" under a message about a client: their next words go to that client (the front desk's live line). */
    public static final Action<Long> REPLY_TO_CLIENT = Action.of("relay", ArgCodec.LONG);
    /** Put together a shoot's sneak peek, by the booking's id (after the shoot). */
    public static final Action<Long> SNEAK_PEEK = Action.of("peek", ArgCodec.LONG);
    /** Send a shoot's gallery link, by the booking's id (after the shoot). */
    public static final Action<Long> GALLERY = Action.of("gallery", ArgCodec.LONG);
    /** Set the time zone (profile). */
    public static final Action<ArgCodec.Nothing> TIMEZONE = Action.plain("timezone");
}
