package studiobot.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** A Bot API failure the program cannot go on without, with what was being done. */
public final class TelegramException extends RuntimeException {
    TelegramException(String doing, TelegramApiException cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }
}
