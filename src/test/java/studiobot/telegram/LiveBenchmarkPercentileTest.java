package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The benchmark's percentiles by nearest rank: the figures it prints mean what their names say. */
class LiveBenchmarkPercentileTest {
    /** 1 ms, 2 ms, ... n ms, sorted. */
    private static long[] millis(int n) {
        return LongStream.rangeClosed(1, n).map(ms -> ms * 1_000_000).toArray();
    }

    @Test
    void ofAHundredSamples_p99IsTheSecondSlowest_andP50TheFiftieth() {
        assertThat(LiveBenchmark.p(millis(100), 99)).isEqualTo(99.0);
        assertThat(LiveBenchmark.p(millis(100), 50)).isEqualTo(50.0);
    }

    @Test
    void ofTwoHundred_p99IsTheThirdSlowest() {
        assertThat(LiveBenchmark.p(millis(200), 99)).isEqualTo(198.0);
    }

    @Test
    void ofOneSample_everyPercentileIsThatSample() {
        assertThat(LiveBenchmark.p(millis(1), 50)).isEqualTo(1.0);
        assertThat(LiveBenchmark.p(millis(1), 99)).isEqualTo(1.0);
    }
}
