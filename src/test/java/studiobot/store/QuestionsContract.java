package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.inquiry.Questions;
import studiobot.inquiry.Questions.Question;

/** What every {@link Questions} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class QuestionsContract {
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final long ALICE = 101;
    static final long BORIS = 202;
    static final long ANNA = 900;
    static final long FAQ = 0;

    Questions questions;

    /** A store with no questions, where the clients ALICE and BORIS are known. */
    abstract Questions open();

    /** The same store after the program restarted: what was stored is still there. */
    abstract Questions reopen();

    @BeforeEach
    void openTheStore() {
        questions = open();
    }

    void restart() {
        questions = reopen();
    }

    @Test
    void ask_thenFind_roundTripsAnOpenQuestion() {
        Instant asked = Instant.parse("2026-12-01T08:00:00.123456789Z");
        String text = "Μπορούμε να φέρουμε τον σκύλο; 我们 'outside' \"ok\"\n\\";

        long id = questions.ask(ALICE, text, asked);

        assertThat(questions.find(id)).contains(new Question(id, ALICE, text, asked, false, false));
    }

    @Test
    void ask_twice_givesEachQuestionItsOwnId() {
        long first = questions.ask(ALICE, "How much?", T0);
        long second = questions.ask(ALICE, "How long?", T0);

        assertThat(second).isNotEqualTo(first);
        assertThat(questions.find(first).orElseThrow().text()).isEqualTo("How much?");
        assertThat(questions.find(second).orElseThrow().text()).isEqualTo("How long?");
    }

    @Test
    void find_unknownId_isEmpty() {
        long id = questions.ask(ALICE, "How much?", T0);

        assertThat(questions.find(id + 1000)).isEmpty();
    }

    @Test
    void forwarded_marksThatQuestionOnly() {
        long mine = questions.ask(ALICE, "How much?", T0);
        long other = questions.ask(ALICE, "How long?", T0);

        questions.forwarded(mine, T0.plusSeconds(5));

        assertThat(questions.find(mine).orElseThrow().forwarded()).isTrue();
        assertThat(questions.find(mine).orElseThrow().answered()).isFalse();
        assertThat(questions.find(other).orElseThrow().forwarded()).isFalse();
    }

    @Test
    void answered_marksThatQuestionOnlyAndKeepsItForwarded() {
        long mine = questions.ask(ALICE, "How much?", T0);
        long other = questions.ask(ALICE, "How long?", T0);
        questions.forwarded(mine, T0.plusSeconds(5));

        questions.answered(mine, ANNA, T0.plusSeconds(60));
        questions.answered(mine, FAQ, T0.plusSeconds(90));

        Question answered = questions.find(mine).orElseThrow();
        assertThat(answered.answered()).isTrue();
        assertThat(answered.forwarded()).isTrue();
        assertThat(answered.askedAt()).isEqualTo(T0);
        assertThat(questions.find(other).orElseThrow().answered()).isFalse();
    }

    @Test
    void hasOpenForwarded_onlyWhileAForwardedQuestionIsUnanswered() {
        assertThat(questions.hasOpenForwarded(ALICE)).isFalse();
        long id = questions.ask(ALICE, "How much?", T0);
        assertThat(questions.hasOpenForwarded(ALICE)).isFalse();

        questions.forwarded(id, T0.plusSeconds(5));
        assertThat(questions.hasOpenForwarded(ALICE)).isTrue();
        assertThat(questions.hasOpenForwarded(BORIS)).isFalse();

        questions.answered(id, ANNA, T0.plusSeconds(60));
        assertThat(questions.hasOpenForwarded(ALICE)).isFalse();
    }

    @Test
    void answered_beforeForwarding_leavesNothingOpenToForward() {
        long id = questions.ask(ALICE, "Where are you?", T0);
        questions.answered(id, FAQ, T0.plusSeconds(1));

        questions.forwarded(id, T0.plusSeconds(5));

        assertThat(questions.find(id).orElseThrow().answered()).isTrue();
        assertThat(questions.hasOpenForwarded(ALICE)).isFalse();
    }

    @Test
    void answerAll_returnsTheClientsOpenQuestionsAndClosesThem() {
        long done = questions.ask(ALICE, "Where are you?", T0);
        questions.answered(done, FAQ, T0);
        long forwarded = questions.ask(ALICE, "How much?", T0.plusSeconds(1));
        questions.forwarded(forwarded, T0.plusSeconds(1));
        long open = questions.ask(ALICE, "And a dog?", T0.plusSeconds(2));
        long boris = questions.ask(BORIS, "How long?", T0.plusSeconds(3));
        questions.forwarded(boris, T0.plusSeconds(3));

        assertThat(questions.answerAll(ALICE, ANNA, T0.plusSeconds(60))).containsExactlyInAnyOrder(forwarded, open);

        assertThat(questions.find(forwarded).orElseThrow().answered()).isTrue();
        assertThat(questions.find(open).orElseThrow().answered()).isTrue();
        assertThat(questions.hasOpenForwarded(ALICE)).isFalse();
        assertThat(questions.find(boris).orElseThrow().answered()).isFalse();
        assertThat(questions.hasOpenForwarded(BORIS)).isTrue();
        assertThat(questions.answerAll(ALICE, ANNA, T0.plusSeconds(90))).isEmpty();
    }

    @Test
    void questionsSurviveARestart() {
        long forwarded = questions.ask(ALICE, "How much?", T0);
        questions.forwarded(forwarded, T0.plusSeconds(1));
        long answered = questions.ask(BORIS, "Where?", T0.plusSeconds(2));
        questions.answered(answered, FAQ, T0.plusSeconds(3));
        Question before = questions.find(forwarded).orElseThrow();

        restart();

        assertThat(questions.find(forwarded)).contains(before);
        assertThat(questions.find(answered).orElseThrow().answered()).isTrue();
        assertThat(questions.hasOpenForwarded(ALICE)).isTrue();
        assertThat(questions.ask(ALICE, "And after?", T0.plusSeconds(60))).isNotIn(forwarded, answered);
    }
}
