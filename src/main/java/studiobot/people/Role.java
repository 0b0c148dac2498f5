package studiobot.people;

/** What someone may do; a person can hold several (an admin who also shoots). */
public enum Role {
    CLIENT,
    PHOTOGRAPHER,
    ADMIN
}
