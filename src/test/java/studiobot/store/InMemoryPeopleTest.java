package studiobot.store;

import studiobot.people.People;
import studiobot.testing.InMemoryPeople;

/** {@link PeopleContract} on the in-memory fake; a restart keeps the same object, so its state survives. */
class InMemoryPeopleTest extends PeopleContract {
    @Override
    People open() {
        return new InMemoryPeople();
    }

    @Override
    People reopen() {
        return people;
    }
}
