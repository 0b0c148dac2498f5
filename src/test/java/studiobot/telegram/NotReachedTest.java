package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class NotReachedTest {
    @Test
    void notReached_noConnectionOrNoAddress_isAnOutage_butATimeoutMayHaveBeenASendTelegramTook() {
        assertThat(TelegramGateway.notReached(new TelegramApiException("Unable to execute", new ConnectException("refused")))).isTrue();
        assertThat(TelegramGateway.notReached(new TelegramApiException("Unable to execute", new UnknownHostException("api.telegram.org"))))
                .isTrue();
        assertThat(TelegramGateway.notReached(new TelegramApiException("Unable to execute", new SocketTimeoutException("read timed out"))))
                .isFalse();
        assertThat(TelegramGateway.notReached(new TelegramApiException("Unable to execute", new java.io.IOException("unexpected end of stream"))))
                .isFalse();
    }
}
