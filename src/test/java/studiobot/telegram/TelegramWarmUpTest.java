package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TelegramWarmUpTest {
    @Test
    void everySampleUpdateIsReadAndTranslatedAsAnUpdateOfItsKind() throws Exception {
        // a sample the library or the translator no longer reads would warm nothing of its kind
        assertThat(TelegramWarmUp.run(new ObjectMapper())).isEqualTo(5);
    }
}
