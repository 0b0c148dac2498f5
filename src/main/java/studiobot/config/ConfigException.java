package studiobot.config;

/** A configuration value that cannot be used; the message names the key, the value and what is allowed. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    ConfigException(String key, Object value, String allowed) {
        super(key + ": " + describe(value) + " is not allowed; " + allowed);
    }

    private static String describe(Object value) {
        return value == null ? "a missing value" : "'" + value + "'";
    }
}
