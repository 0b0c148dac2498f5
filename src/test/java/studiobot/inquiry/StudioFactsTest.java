package studiobot.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studiobot.chat.Arg;
import studiobot.config.StudioConfig;
import studiobot.i18n.BundleCheck;
import studiobot.testing.TestConfigs;

class StudioFactsTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void facts_areEveryPolicyLengthAndEachPackagesOwn_fromTheConfig() {
        StudioConfig config = TestConfigs.demo(yaml -> yaml.replace("price: 1800", "price: 2100")
                .replace("  protectPreviews: true", "  protectPreviews: true\n  liveLineIdle: PT90M"));

        Map<String, Object> facts = InquiryFeature.facts(config);

        assertThat(facts).containsKeys(BundleCheck.FAQ_FACTS.toArray(String[]::new));
        assertThat(facts.keySet()).allMatch(BundleCheck::isFaqFact);
        assertThat(facts).containsEntry("price_wedding", new Arg.Money(new BigDecimal("2100"), EUR))
                .containsEntry("duration_wedding", new Arg.Length(Duration.ofHours(8)))
                .containsEntry("photos_wedding", 400)
                .containsEntry("price_portrait", new Arg.Money(new BigDecimal("150"), EUR))
                .containsEntry("liveLineIdle", new Arg.Length(Duration.ofMinutes(90)))
                .containsEntry("buffer", new Arg.Length(Duration.ofMinutes(30)))
                .containsEntry("changeCutoff", new Arg.Length(Duration.ofHours(48)));
    }
}
