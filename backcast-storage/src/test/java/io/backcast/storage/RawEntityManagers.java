package io.backcast.storage;

import net.java.ao.EntityManager;

/**
 * For the storage tests in other packages: an Active Objects {@link EntityManager} of its own,
 * configured as {@link EntityManagerStore}'s (Jira's names, only Backcast's tables managed), to
 * do what the store never does (a destructive migration, say).
 */
public final class RawEntityManagers {

    private RawEntityManagers() {
    }

    public static EntityManager configuredAsTheStore(Database database) {
        return new EntityManager(database.provider(), new EntityManagerStore.Configuration());
    }
}
