package studiobot.chat;

import java.util.List;

/** An inline button: its label, and the action (with arguments) a press asks for. */
public record Button(Msg label, String action, List<String> args) {
    public Button {
        args = List.copyOf(args);
    }

    public static Button of(Msg label, String action, String... args) {
        return new Button(label, action, List.of(args));
    }
}
