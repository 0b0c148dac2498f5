package studiobot.store;

import studiobot.chat.Conversations;
import studiobot.testing.InMemoryConversations;

class InMemoryConversationsTest extends ConversationsContract {
    private InMemoryConversations fake;

    @Override
    protected Conversations open() {
        fake = new InMemoryConversations();
        return fake;
    }

    @Override
    protected Conversations reopen() {
        return fake;
    }
}
