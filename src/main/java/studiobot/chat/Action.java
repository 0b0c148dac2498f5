package studiobot.chat;

import java.util.List;
import java.util.Optional;

/**
 * A kind of button press: its id (what the callback data starts with) and the codec of its
 * argument. Defined once, next to its handler; buttons are made from it, and the router decodes
 * presses with it, so the id and the argument's shape cannot drift apart.
 */
public record Action<A>(String id, ArgCodec<A> codec) {
    public Action {
        if (!id.matches("[a-z]{1,12}")) {
            throw new IllegalArgumentException("an action id is 1 to 12 lower-case letters: '" + id + "'");
        }
    }

    public static Action<ArgCodec.Nothing> plain(String id) {
        return new Action<>(id, ArgCodec.NONE);
    }

    public static <A> Action<A> of(String id, ArgCodec<A> codec) {
        return new Action<>(id, codec);
    }

    public Button button(Msg label, A value) {
        return new Button(label, id, codec.encode(value));
    }

    /** A button of an action without argument. */
    public Button button(Msg label) {
        return new Button(label, id, List.of());
    }

    Optional<A> decode(List<String> words) {
        try {
            return codec.decode(words);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
