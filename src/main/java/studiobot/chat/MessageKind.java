package studiobot.chat;

/** What a message in a client's conversation is, for the record of who said what (see {@link Conversations}). */
public enum MessageKind {
    /** From the client: something they typed or sent. */
    MESSAGE,
    /** From the client: a command. */
    COMMAND,
    /** From the client: a button press. */
    PRESS,
    /** The bot answering what the person just did. */
    ANSWER,
    /** The bot asking the client something it waits for them to answer. */
    QUESTION,
    /** A photographer's own words (or photo), passed on to the client. */
    RELAY,
    /** A reminder before a shoot. */
    REMINDER,
    /** News about a booking: confirmed, moved, cancelled. */
    NOTICE,
    /** To staff, about a client: a question, a booking, a promise running out. */
    ALERT,
    /** The studio checking in on a client who went quiet. */
    CHECK_IN,
    /** An apology: something went wrong on the bot's side. */
    ERROR,
    /**
     * The last message to a client whose data was just erased: not written into any record, and
     * removed from the outbox once sent.
     */
    FAREWELL;

    /** Whether the studio, writing this, waits for the client to answer. */
    public boolean awaitsClient() {
        return this == QUESTION || this == RELAY || this == CHECK_IN;
    }
}
