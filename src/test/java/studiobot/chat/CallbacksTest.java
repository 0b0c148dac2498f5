package studiobot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbacksTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final long USER = 5001L;

    private final Callbacks callbacks = new Callbacks(SECRET);

    @Test
    void encode_actionAndArgs_decodesBackForSameUser() {
        String data = callbacks.encode(USER, "book", List.of("portrait", "2026-04-01"));

        assertThat(callbacks.decode(USER, data))
                .contains(new Callbacks.Pressed("book", List.of("portrait", "2026-04-01")));
    }

    @Test
    void encode_actionAndArgs_isBodyTildeAndEightCharSignature() {
        String data = callbacks.encode(USER, "book", List.of("portrait", "2026-04-01"));

        assertThat(data).startsWith("book:portrait:2026-04-01~");
        assertThat(data.substring(data.indexOf('~') + 1)).matches("[A-Za-z0-9_-]{8}");
    }

    @Test
    void encode_noArgs_decodesToEmptyArgs() {
        String data = callbacks.encode(USER, "menu", List.of());

        assertThat(callbacks.decode(USER, data)).contains(new Callbacks.Pressed("menu", List.of()));
    }

    @Test
    void decode_otherUser_refused() {
        String data = callbacks.encode(USER, "book", List.of("portrait"));

        assertThat(callbacks.decode(USER + 1, data)).isEmpty();
    }

    @Test
    void decode_actionTampered_refused() {
        String data = callbacks.encode(USER, "book", List.of("portrait"));
        String tampered = "c" + data.substring(1);

        assertThat(tampered).startsWith("cook:");
        assertThat(callbacks.decode(USER, tampered)).isEmpty();
    }

    @Test
    void decode_argTampered_refused() {
        String data = callbacks.encode(USER, "cancel", List.of("17"));
        String tampered = data.replace("cancel:17~", "cancel:18~");

        assertThat(tampered).isNotEqualTo(data);
        assertThat(callbacks.decode(USER, tampered)).isEmpty();
    }

    @Test
    void decode_signatureTampered_refused() {
        String data = callbacks.encode(USER, "book", List.of("portrait"));
        char last = data.charAt(data.length() - 1);
        String tampered = data.substring(0, data.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(callbacks.decode(USER, tampered)).isEmpty();
    }

    @Test
    void decode_signatureDropped_refused() {
        String data = callbacks.encode(USER, "book", List.of("portrait"));

        assertThat(callbacks.decode(USER, data.substring(0, data.indexOf('~') + 1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"book:portrait", "~abcdefgh", ""})
    void decode_withoutBodyAndTilde_refused(String data) {
        assertThat(callbacks.decode(USER, data)).isEmpty();
    }

    @Test
    void decode_null_refused() {
        assertThat(callbacks.decode(USER, null)).isEmpty();
    }

    @Test
    void decode_signedWithDifferentSecret_refused() {
        byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        String data = new Callbacks(other).encode(USER, "book", List.of("portrait"));

        assertThat(callbacks.decode(USER, data)).isEmpty();
    }

    @Test
    void decode_secretArrayChangedAfterConstruction_stillVerifies() {
        byte[] secret = SECRET.clone();
        Callbacks own = new Callbacks(secret);
        String data = own.encode(USER, "book", List.of("portrait"));

        Arrays.fill(secret, (byte) 0);

        assertThat(own.decode(USER, data)).contains(new Callbacks.Pressed("book", List.of("portrait")));
    }

    @Test
    void encode_exactlySixtyFourBytes_isAllowedAndDecodes() {
        String arg = "a".repeat(53); // "x:" + 53 + "~" + 8 signature chars = 64
        String data = callbacks.encode(USER, "x", List.of(arg));

        assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSize(Callbacks.MAX_BYTES);
        assertThat(callbacks.decode(USER, data)).contains(new Callbacks.Pressed("x", List.of(arg)));
    }

    @Test
    void encode_sixtyFiveBytes_throws() {
        String arg = "a".repeat(54);

        assertThatThrownBy(() -> callbacks.encode(USER, "x", List.of(arg)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65 bytes");
    }

    @Test
    void encode_multiByteArgOverLimitInBytesNotChars_throws() {
        String greek = "α".repeat(28); // 28 chars but 56 UTF-8 bytes

        assertThatThrownBy(() -> callbacks.encode(USER, "x", List.of(greek)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("67 bytes");
    }

    @Test
    void encode_typicalButtons_stayWithinSixtyFourUtf8Bytes() {
        List<String> encoded = List.of(
                callbacks.encode(Long.MAX_VALUE, "book", List.of("wedding", "20261231T2330", "anna")),
                callbacks.encode(USER, "lang", List.of("zh")),
                callbacks.encode(USER, "rate", List.of("123456789", "5")));

        assertThat(encoded).allSatisfy(d -> assertThat(d.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(Callbacks.MAX_BYTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b", "a~b", ""})
    void encode_badArg_throws(String arg) {
        assertThatThrownBy(() -> callbacks.encode(USER, "book", List.of(arg)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without ':' or '~'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bo:ok", "bo~ok", ""})
    void encode_badAction_throws(String action) {
        assertThatThrownBy(() -> callbacks.encode(USER, action, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without ':' or '~'");
    }

    @Test
    void new_secretShorterThanSixteenBytes_throws() {
        assertThatThrownBy(() -> new Callbacks(new byte[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15 bytes");
    }
}
