package studiobot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgCodecTest {
    record Choice(String entry, long question) {}

    private static final ArgCodec<Choice> CHOICE =
            ArgCodec.pair(ArgCodec.ID, 1, ArgCodec.LONG, Choice::entry, Choice::question, Choice::new);

    @Test
    void long_roundTripsAndRefusesWhatIsNoNumber() {
        assertThat(ArgCodec.LONG.encode(7001L)).containsExactly("7001");
        assertThat(ArgCodec.LONG.decode(List.of("7001"))).contains(7001L);
        assertThat(ArgCodec.LONG.decode(List.of("7e3"))).isEmpty();
        assertThat(ArgCodec.LONG.decode(List.of("1", "2"))).isEmpty();
        assertThat(ArgCodec.LONG.decode(List.of())).isEmpty();
    }

    @Test
    void id_takesConfigAndZoneIdsOnly() {
        assertThat(ArgCodec.ID.decode(List.of("America/Argentina/Buenos_Aires"))).contains("America/Argentina/Buenos_Aires");
        assertThat(ArgCodec.ID.decode(List.of("wedding"))).contains("wedding");
        assertThat(ArgCodec.ID.decode(List.of("<b>"))).isEmpty();
        assertThat(ArgCodec.ID.decode(List.of(""))).isEmpty();
    }

    @Test
    void pair_splitsTheWordsBetweenItsParts() {
        assertThat(CHOICE.encode(new Choice("parking", 12))).containsExactly("parking", "12");
        assertThat(CHOICE.decode(List.of("parking", "12"))).contains(new Choice("parking", 12));
        assertThat(CHOICE.decode(List.of("parking"))).isEmpty();
        assertThat(CHOICE.decode(List.of("parking", "x"))).isEmpty();
    }

    @Test
    void optional_isNothingOrTheValue() {
        ArgCodec<Optional<String>> codec = ArgCodec.optional(ArgCodec.ID);

        assertThat(codec.decode(List.of())).contains(Optional.empty());
        assertThat(codec.decode(List.of("portrait"))).contains(Optional.of("portrait"));
        assertThat(codec.decode(List.of("a", "b"))).isEmpty();
        assertThat(codec.encode(Optional.empty())).isEmpty();
    }

    @Test
    void action_decodingThatThrows_doesNotDecode() {
        Action<Long> action = Action.of("open", ArgCodec.of(v -> List.of(Long.toString(v)), words -> Long.parseLong(words.get(0))));

        assertThat(action.decode(List.of("12"))).contains(12L);
        assertThat(action.decode(List.of("twelve"))).isEmpty();
        assertThat(action.decode(List.of())).isEmpty();
    }

    @Test
    void topic_remembersItsValueAndKnowsItsOwnStoredForm() {
        Topic<Long> relay = Topic.of("relay", ArgCodec.LONG);

        assertThat(relay.awaiting(7001L)).isEqualTo("relay:7001");
        assertThat(relay.valueIn("relay:7001")).contains(7001L);
        assertThat(relay.valueIn("relayx:7001")).isEmpty();
        assertThat(relay.valueIn("chat")).isEmpty();
        assertThat(relay.valueIn("relay:abc")).isEmpty();
        assertThat(Topic.plain("chat").isIn("chat")).isTrue();
    }
}
