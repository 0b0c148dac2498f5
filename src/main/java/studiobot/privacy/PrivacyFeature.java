package studiobot.privacy;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import studiobot.chat.Reply;
import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.Role;
import studiobot.people.Staff;

/** A client's data on request: {@code /privacy} shows what is kept, gives it as a file, and erases it. */
public final class PrivacyFeature implements Feature {
    private final DataRequests requests;

    /** @param cancelUpcoming cancels a client's bookings still to come and returns what the photographers are told */
    public PrivacyFeature(StudioConfig config, ClientRecords records, LocaleResolver locales, Staff staff, Messages messages,
                          BiFunction<Long, Instant, List<Reply>> cancelUpcoming) {
        this.requests = new DataRequests(config, records, locales, staff, messages, cancelUpcoming);
    }

    /** For the operator ({@code export --client}): everything kept about the person as readable JSON. */
    public java.util.Optional<String> export(studiobot.people.Person person, Instant now) {
        return requests.exportOf(person, now);
    }

    /**
     * For the operator ({@code forget --client}): cancels the client's bookings still to come and
     * erases the rest; returns what the photographers are told. The client is sent nothing.
     */
    public List<Reply> erase(long clientId, Instant now) {
        return requests.erase(clientId, now);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("privacy", requests::show, Role.CLIENT);
        registry.simpleAction(DataRequests.EXPORT, requests::export, Role.CLIENT);
        registry.simpleAction(DataRequests.FORGET, requests::askForget, Role.CLIENT);
        registry.action(DataRequests.FORGET_SURE, requests::forget, requests::isFreshConfirmation, Role.CLIENT);
        registry.simpleAction(DataRequests.KEEP, requests::keep, Role.CLIENT);
    }
}
