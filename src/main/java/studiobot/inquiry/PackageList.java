package studiobot.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studiobot.chat.Arg;
import java.util.Optional;
import studiobot.chat.Button;
import studiobot.chat.Entry;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.PackageOffer;
import studiobot.people.Role;

/**
 * Packages and prices: each package's name, description and editing from the bundles, its length,
 * number of photos (plural-correct) and price in the studio currency, formatted for the reader.
 */
final class PackageList {
    private final StudioConfig config;

    PackageList(StudioConfig config) {
        this.config = config;
    }

    List<Reply> show(Request r) {
        List<Msg> items = config.packages().stream().map(this::item).toList();
        List<List<Button>> rows = new ArrayList<>();
        if (r.is(Role.CLIENT)) {
            // straight into booking each package
            for (PackageOffer p : config.packages()) {
                rows.add(List.of(Entry.BOOK.button(Msg.of("packages.book", "package", Msg.of("package." + p.id() + ".name")), Optional.of(p.id()))));
            }
        }
        rows.add(List.of(Entry.ASK.button(Msg.of("menu.ask")), Entry.MENU.button(Msg.of("menu.back"))));
        Reply reply = r.reply(Msg.of("packages.list", Map.of("title", Msg.of("packages.title"), "items", items))).withButtons(rows);
        return List.of(r.inPlace(reply));
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
