package studiobot.inquiry;

import java.util.List;
import java.util.Map;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.PackageOffer;

/**
 * Packages and prices: each package's name, description and editing from the bundles, its length,
 * number of photos (plural-correct) and price in the studio currency, formatted for the reader.
 */
public final class PackageList {
    private final StudioConfig config;

    public PackageList(StudioConfig config) {
        this.config = config;
    }

    public List<Reply> show(Request r) {
        List<Msg> items = config.packages().stream().map(this::item).toList();
        Reply reply = r.reply(Msg.of("packages.list", Map.of("title", Msg.of("packages.title"), "items", items)))
                .withButtons(List.of(List.of(
                        Button.of(Msg.of("menu.ask"), "ask"),
                        Button.of(Msg.of("menu.back"), "menu"))));
        return List.of(r.isPress() ? reply.editing(r.messageId()) : reply);
    }

    private Msg item(PackageOffer p) {
        String key = "package." + p.id() + ".";
        return Msg.of("packages.item", Map.of(
                "name", Msg.of(key + "name"),
                "description", Msg.of(key + "description"),
                "editing", Msg.of(key + "editing"),
                "duration", new Arg.Length(p.duration()),
                "photos", p.photos(),
                "price", new Arg.Money(p.price(), config.studio().currency())));
    }
}
