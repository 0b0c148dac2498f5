package studiobot.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Something the bot asked a person and waits for them to answer in their next message: its name
 * and the codec of what it remembers meanwhile (the client a photographer is replying to, the
 * booking flow a question belongs to). Stored as {@code name:word:word} (see People.setAwaiting).
 */
public record Topic<A>(String name, ArgCodec<A> codec) {
    public Topic {
        if (!name.matches("[a-z]{1,16}")) {
            throw new IllegalArgumentException("a topic name is 1 to 16 lower-case letters: '" + name + "'");
        }
    }

    public static Topic<ArgCodec.Nothing> plain(String name) {
        return new Topic<>(name, ArgCodec.NONE);
    }

    public static <A> Topic<A> of(String name, ArgCodec<A> codec) {
        return new Topic<>(name, codec);
    }

    /** What to store while the bot waits for this answer. */
    public String awaiting(A value) {
        List<String> words = codec.encode(value);
        return words.isEmpty() ? name : name + ":" + String.join(":", words);
    }

    public String awaiting() {
        return name;
    }

    /** Whether a stored awaiting value is this topic's. */
    public boolean isIn(String stored) {
        return stored != null && (stored.equals(name) || stored.startsWith(name + ":"));
    }

    static String nameOf(String stored) {
        int colon = stored.indexOf(':');
        return colon < 0 ? stored : stored.substring(0, colon);
    }

    /** What this topic remembers in a stored awaiting value; empty when it is another topic's, or does not decode. */
    public Optional<A> valueIn(String stored) {
        return isIn(stored) ? decode(stored) : Optional.empty();
    }

    Optional<A> decode(String stored) {
        String rest = stored.length() > name.length() ? stored.substring(name.length() + 1) : "";
        try {
            return codec.decode(rest.isEmpty() ? List.of() : Arrays.asList(rest.split(":", -1)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
