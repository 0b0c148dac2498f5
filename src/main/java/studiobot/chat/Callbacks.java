package studiobot.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place callback data is made and checked. Data is {@code action:arg:arg~sig}, where sig
 * is a truncated HMAC over the data and the id of the person the button was made for: a button
 * forged by a modified client, or pressed by anyone else, fails the check and does nothing.
 * Telegram carries at most 64 bytes; a button that would not fit is a programming error.
 */
public final class Callbacks {
    public static final int MAX_BYTES = 64;
    private static final int SIG_CHARS = 8;

    private final SecretKeySpec key;
    /** One keyed Mac per thread, reused: a fresh one per button was most of the cost of signing a screen. */
    private final ThreadLocal<Mac> macs;

    public Callbacks(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("callback secret too short: " + secret.length + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A verified press: the action and its arguments. */
    public record Pressed(String action, List<String> args) {}

    public String encode(long userId, String action, List<String> args) {
        StringBuilder body = new StringBuilder(checkPart(action));
        for (String arg : args) {
            body.append(':').append(checkPart(arg));
        }
        String data = body + "~" + sign(userId, body.toString());
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("callback data for '" + action + "' is " + bytes + " bytes, Telegram allows " + MAX_BYTES);
        }
        return data;
    }

    public Optional<Pressed> decode(long userId, String data) {
        if (data == null || data.length() > MAX_BYTES) {
            return Optional.empty();
        }
        int tilde = data.lastIndexOf('~');
        if (tilde <= 0) {
            return Optional.empty();
        }
        String body = data.substring(0, tilde);
        byte[] given = data.substring(tilde + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = sign(userId, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(body.split(":", -1)));
        String action = parts.remove(0);
        return Optional.of(new Pressed(action, List.copyOf(parts)));
    }

    private String sign(long userId, String body) {
        Mac mac = macs.get();
        mac.update(Long.toString(userId).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) '|');
        // doFinal leaves the Mac reset, keyed, ready for the next button
        byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, SIG_CHARS);
    }

    private static String checkPart(String part) {
        if (part.isEmpty() || part.indexOf(':') >= 0 || part.indexOf('~') >= 0) {
            throw new IllegalArgumentException("callback part must be non-empty without ':' or '~': '" + part + "'");
        }
        return part;
    }
}
