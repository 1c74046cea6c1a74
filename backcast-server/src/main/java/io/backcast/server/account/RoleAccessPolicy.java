package io.backcast.server.account;

import java.util.Optional;

import io.backcast.model.Plan;
import io.backcast.port.AccessPolicy;
import io.backcast.port.Viewer;

/**
 * The server's {@link AccessPolicy}: every account views every plan; ADMIN and EDITOR also
 * edit every plan and create plans. The role is that of the request's session when the viewer
 * is its account (no extra query), otherwise read from the database.
 */
public final class RoleAccessPolicy implements AccessPolicy {

    private static final ThreadLocal<Account> CURRENT = new ThreadLocal<>();

    private final Accounts accounts;

    public RoleAccessPolicy(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Remembers the account of the request this thread serves; {@code null} forgets it. */
    public static void serving(Account account) {
        if (account == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(account);
        }
    }

    @Override
    public boolean canView(Viewer viewer, Plan plan) {
        return role(viewer).isPresent();
    }

    @Override
    public boolean canEdit(Viewer viewer, Plan plan) {
        return role(viewer).map(Role::canEdit).orElse(false);
    }

    @Override
    public boolean canCreatePlan(Viewer viewer, String projectKey) {
        return role(viewer).map(Role::canEdit).orElse(false);
    }

    private Optional<Role> role(Viewer viewer) {
        if (viewer == null) {
            return Optional.empty();
        }
        Account current = CURRENT.get();
        if (current != null && current.username().equals(viewer.userKey())) {
            return Optional.of(current.role());
        }
        return accounts.find(viewer.userKey()).map(Account::role);
    }
}
