package studiobot.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a person did, with the transport's details already translated away. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Input.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Input.Press.class, name = "press"),
    @JsonSubTypes.Type(value = Input.Location.class, name = "location"),
    @JsonSubTypes.Type(value = Input.Media.class, name = "media"),
    @JsonSubTypes.Type(value = Input.Unsupported.class, name = "unsupported")
})
public sealed interface Input {
    /**
     * A typed message; {@code messageId} identifies it in the chat, {@code replyTo} the message it
     * answers when the person used their app's reply (null otherwise).
     */
    record Text(String text, long messageId, Long replyTo) implements Input {
        public Text(String text, long messageId) {
            this(text, messageId, null);
        }

        public boolean isCommand() {
            return text.startsWith("/");
        }

        /** "/start@studio_bot payload" gives "start"; lower case. */
        public String command() {
            String first = text.substring(1).split("\\s+", 2)[0];
            int at = first.indexOf('@');
            return (at >= 0 ? first.substring(0, at) : first).toLowerCase(java.util.Locale.ROOT);
        }

        public String commandArgument() {
            String[] parts = text.split("\\s+", 2);
            return parts.length > 1 ? parts[1].trim() : "";
        }
    }

    /**
     * A button press: the raw callback data as the transport carried it, the message the button
     * was on, and the transport's id of the press, to answer it (null where there is none).
     */
    record Press(String data, long messageId, String pressId) implements Input {
        public Press(String data, long messageId) {
            this(data, messageId, null);
        }
    }

    /**
     * A photo, document, video or voice message; the transport can copy it on by its message id.
     * {@code file} names the file itself, to send it again later (Telegram's file id of a photo's
     * largest size; in the sandbox a path or a link); null where the transport gave none.
     */
    record Media(String kind, long messageId, String caption, String file) implements Input {
        public Media(String kind, long messageId, String caption) {
            this(kind, messageId, caption, null);
        }
    }

    /** A shared location, in decimal degrees. */
    record Location(double latitude, double longitude) implements Input {}

    /** Something the bot cannot read yet (a sticker, a voice note...), named by its kind. */
    record Unsupported(String kind) implements Input {}
}
