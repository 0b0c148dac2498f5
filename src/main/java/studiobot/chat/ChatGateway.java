package studiobot.chat;

/** Port: delivers one rendered message through a transport and says how that went. */
public interface ChatGateway {
    SendResult send(Outbound message);

    /**
     * Delivers a stored reply as rendered for its reader. Transports need only the rendering; a
     * gateway that records what was said (a test's) may keep the reply's keys and arguments too.
     */
    default SendResult send(Reply reply, Outbound rendered) {
        return send(rendered);
    }
}
