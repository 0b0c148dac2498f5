package studiobot.chat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import studiobot.people.Person;
import studiobot.people.Role;

/**
 * One routed input, as a handler sees it: who (with their roles), when, the chat, and what they
 * asked for. {@code action} is the command without its slash, or the verified button action;
 * {@code args} are the command's argument words or the button's arguments.
 */
public record Request(
        Person person,
        Set<Role> roles,
        Instant now,
        ChatId chat,
        Input input,
        String action,
        List<String> args) {

    public Request {
        roles = Set.copyOf(roles);
        args = List.copyOf(args);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isPress() {
        return input instanceof Input.Press;
    }

    /** The message a pressed button sits on, so a reply can replace it in place. */
    public long messageId() {
        if (input instanceof Input.Press p) {
            return p.messageId();
        }
        return input instanceof Input.Text t ? t.messageId() : 0;
    }

    /** The typed text, or "" for a press or anything else. */
    public String text() {
        return input instanceof Input.Text t ? t.text() : "";
    }

    /** The answer to the person who just wrote or pressed: it goes at once, by the one rule of {@link Timing}. */
    public Reply reply(Msg text) {
        return Reply.now(chat, MessageKind.ANSWER, text);
    }

    /**
     * Refuses what the person asked: for a button press, a short notice to the presser alone,
     * nothing in the chat; for typed input, or a press the transport gave no id to answer by (one
     * stored before presses had ids), an answer in the chat.
     */
    public Reply refuse(Msg notice) {
        return input instanceof Input.Press p && p.pressId() != null ? Reply.pressAnswer(chat, p.pressId(), notice) : reply(notice);
    }

    /** The reply in place of the message whose button was pressed; as a new message for typed input. */
    public Reply inPlace(Reply reply) {
        return isPress() ? reply.editing(messageId()) : reply;
    }
}
