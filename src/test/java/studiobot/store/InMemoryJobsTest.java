package studiobot.store;

import studiobot.schedule.Jobs;
import studiobot.testing.InMemoryJobs;

/** {@link JobsContract} on the in-memory fake; a restart keeps the same object, so its state survives. */
class InMemoryJobsTest extends JobsContract {
    @Override
    Jobs open() {
        return new InMemoryJobs();
    }

    @Override
    Jobs reopen() {
        return jobs;
    }
}
