package studiobot.chat;

/** Port: delivers one rendered message through a transport and says how that went. */
public interface ChatGateway {
    SendResult send(Outbound message);
}
