package studiobot.chat;

/** Who wrote or pressed: the transport's user id, display name and interface language (may be null). */
public record Sender(long userId, String firstName, String lastName, String username, String languageCode) {
    public String displayName() {
        String full = lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
        if (full == null || full.isBlank()) {
            return username == null ? "#" + userId : username;
        }
        return full;
    }
}
