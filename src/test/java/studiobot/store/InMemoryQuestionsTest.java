package studiobot.store;

import studiobot.inquiry.Questions;
import studiobot.testing.InMemoryQuestions;

/** {@link QuestionsContract} on the in-memory fake; a restart keeps the same object, so its state survives. */
class InMemoryQuestionsTest extends QuestionsContract {
    @Override
    Questions open() {
        return new InMemoryQuestions();
    }

    @Override
    Questions reopen() {
        return questions;
    }
}
