package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.objects.Update;
import studiobot.chat.ChatId;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.chat.SendResult;
import studiobot.testing.TestClock;

/** A photo a photographer sends is known by its largest size's file id, and goes out again by it, protected when asked. */
class PhotosOverTheBotApiTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private FakeBotApi telegram;

    @org.junit.jupiter.api.BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi(TestClock.at("2026-12-01T08:00:00Z"));
    }

    @AfterEach
    void stop() throws Exception {
        telegram.close();
    }

    @Test
    void aPhotoUpdate_isMediaWithItsLargestSizesFileId() throws Exception {
        String json = """
                {"update_id": 9, "message": {"message_id": 31, "date": 1764576000,
                  "chat": {"id": 2001, "type": "private", "first_name": "Anna"},
                  "from": {"id": 2001, "is_bot": false, "first_name": "Anna", "language_code": "el"},
                  "caption": "A first look",
                  "photo": [
                    {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 60},
                    {"file_id": "large", "file_unique_id": "l", "width": 1280, "height": 853},
                    {"file_id": "medium", "file_unique_id": "m", "width": 320, "height": 213}]}}""";
        Update update = new ObjectMapper().readValue(json, Update.class);

        Input input = UpdateTranslator.translate(update).orElseThrow().input();

        assertThat(input).isEqualTo(new Input.Media("photo", 31, "A first look", "large"));
    }

    @Test
    void aPhoto_goesBySendPhotoWithItsFileId_protectedAndWithoutACaptionWhenItHasNone() throws Exception {
        TelegramGateway gateway = new TelegramGateway(new OkHttpTelegramClient(FakeBotApi.TOKEN, TelegramTransport.telegramUrl(telegram.url())));

        SendResult result = gateway.send(new Outbound(new ChatId(4242), "", List.of(), null, null, null, null,
                new Reply.Photo("large", true), null, null));

        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        FakeBotApi.Call call = telegram.await("sendphoto", c -> true, WAIT);
        assertThat(call.body().path("chat_id").asLong()).isEqualTo(4242);
        assertThat(call.body().path("photo").asText()).isEqualTo("large");
        assertThat(call.body().path("protect_content").asText()).isEqualTo("true");
        assertThat(call.body().has("caption")).isFalse();
    }

    @Test
    void aPlace_goesBySendVenueWithItsPointTitleAndAddress() throws Exception {
        TelegramGateway gateway = new TelegramGateway(new OkHttpTelegramClient(FakeBotApi.TOKEN, TelegramTransport.telegramUrl(telegram.url())));

        SendResult result = gateway.send(new Outbound(new ChatId(4242), "", List.of(), null, null, null, null, null, null,
                new Reply.Place(37.9762, 23.7302, "Lumen Photo Studio", "Ermou 12, 105 63 Athens")));

        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        FakeBotApi.Call call = telegram.await("sendvenue", c -> true, WAIT);
        assertThat(call.body().path("chat_id").asLong()).isEqualTo(4242);
        assertThat(call.body().path("latitude").asDouble()).isEqualTo(37.9762);
        assertThat(call.body().path("longitude").asDouble()).isEqualTo(23.7302);
        assertThat(call.body().path("title").asText()).isEqualTo("Lumen Photo Studio");
        assertThat(call.body().path("address").asText()).isEqualTo("Ermou 12, 105 63 Athens");
    }

    @Test
    void aDrawnPicture_goesBySendPhotoAsAnUpload_withItsCaption() throws Exception {
        TelegramGateway gateway = new TelegramGateway(new OkHttpTelegramClient(FakeBotApi.TOKEN, TelegramTransport.telegramUrl(telegram.url())));
        byte[] png = studiobot.delivery.ChartPicture.draw(new Reply.Chart("stats.png", List.of("23.11"),
                List.of(3), List.of(0, 0, 1, 2, 5)));

        SendResult result = gateway.send(new Outbound(new ChatId(1001), "Bookings per week", List.of(), null, null, null, null, null,
                new Outbound.Picture("stats.png", png), null));

        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        FakeBotApi.Call call = telegram.await("sendphoto", c -> true, WAIT);
        assertThat(call.body().path("photo").path("filename").asText()).isEqualTo("stats.png");
        assertThat(call.body().path("caption").asText()).isEqualTo("Bookings per week");
    }
}
