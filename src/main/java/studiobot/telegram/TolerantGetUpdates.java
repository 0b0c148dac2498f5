package studiobot.telegram;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates} read update by update. TelegramBots reads the whole answer as one list, so
 * one update it cannot read (a type the Bot API added since, a value out of range) fails the
 * batch: it is never confirmed, comes back for ever, and every update behind it waits. Here such
 * an update becomes an empty {@link Update} with its id, so the batch goes on and is confirmed,
 * and its raw JSON waits in {@link Unreadable} for the consumer to store as failed.
 */
final class TolerantGetUpdates extends GetUpdates {
    private static final Logger log = LogManager.getLogger(TolerantGetUpdates.class);
    private static final int LIMIT = 100;
    private static final int TIMEOUT_SECONDS = 50;
    /** Lenient where the answer's syntax allows it (NaN): such a value is then the feature's to refuse politely. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Updates that could not be read, by id, with their raw JSON and why; taken by the consumer. */
    static final class Unreadable {
        record Item(int updateId, String json, String reason) {}

        private final Map<Integer, Item> waiting = new ConcurrentHashMap<>();

        void put(Item item) {
            waiting.put(item.updateId(), item);
        }

        /** The raw update of this id, if it was unreadable; it is then no longer waiting. */
        java.util.Optional<Item> take(int updateId) {
            return java.util.Optional.ofNullable(waiting.remove(updateId));
        }

        /** Forgets those up to this id that were never taken (the poller drops a redelivery it had already passed on). */
        void forgetUpTo(int updateId) {
            waiting.keySet().removeIf(id -> id <= updateId);
        }
    }

    /** The generator the poller asks for each request: the next offset, Telegram's default update types. */
    static Function<Integer, GetUpdates> generator(Unreadable unreadable) {
        return lastReceived -> new TolerantGetUpdates(lastReceived + 1, unreadable);
    }

    private final transient Unreadable unreadable;

    private TolerantGetUpdates(int offset, Unreadable unreadable) {
        super(offset, LIMIT, TIMEOUT_SECONDS, new ArrayList<>());
        this.unreadable = unreadable;
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = MAPPER.readTree(answer);
        } catch (java.io.IOException e) {
            throw new TelegramApiRequestException("Unable to deserialize response", e);
        }
        if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            // an error answer (or something else): as the library reads it, with its description and parameters
            return super.deserializeResponse(answer);
        }
        return read(root.path("result"), unreadable);
    }

    /** Each update of the answer's list; an unreadable one as an empty update of its id, its JSON kept aside. */
    static ArrayList<Update> read(JsonNode updates, Unreadable unreadable) {
        ArrayList<Update> read = new ArrayList<>(updates.size());
        for (JsonNode node : updates) {
            try {
                read.add(MAPPER.treeToValue(node, Update.class));
            } catch (java.io.IOException | RuntimeException e) {
                JsonNode id = node.path("update_id");
                if (!id.canConvertToInt()) {
                    // without its id it cannot be confirmed alone; the ones after it carry the offset past it
                    log.error("an update without a readable update_id was left out: {}", e.getMessage());
                    continue;
                }
                String reason = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
                log.error("update {} could not be read and is stored as failed: {}", id.asInt(), reason);
                unreadable.put(new Unreadable.Item(id.asInt(), node.toString(), reason));
                Update placeholder = new Update();
                placeholder.setUpdateId(id.asInt());
                read.add(placeholder);
            }
        }
        return read;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
