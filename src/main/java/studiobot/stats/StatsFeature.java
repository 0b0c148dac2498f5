package studiobot.stats;

import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.people.Role;
import studiobot.people.Staff;

/** {@code /stats}: the figures of a photographer, or of the whole studio for an admin. */
public final class StatsFeature implements Feature {
    private final Reporting reporting;

    public StatsFeature(StudioConfig config, Stats stats, Staff staff) {
        this.reporting = new Reporting(config, stats, staff);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("stats", reporting::command, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Reporting.SHOW, reporting::pressed, reporting::mayShow, Role.PHOTOGRAPHER, Role.ADMIN);
    }
}
