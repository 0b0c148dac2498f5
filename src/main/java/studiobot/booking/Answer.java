package studiobot.booking;

/** A client's answer to one question of a package's questionnaire; empty when they skipped it. */
public record Answer(String question, String text) {}
