package io.backcast.server.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.backcast.model.ValidationException;
import io.backcast.port.EntityStore;
import io.backcast.port.StoreException;
import io.backcast.service.ConflictException;
import net.java.ao.Query;

/**
 * The server's local accounts: creating, changing and removing them, checking a login, and
 * the first administrator. Every method is one transaction.
 */
public final class Accounts {

    /** The first account's name. */
    public static final String BOOTSTRAP_ADMIN = "admin";
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final int MAX_PASSWORD_LENGTH = 1024;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    private final EntityStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private volatile String dummyHash;

    public Accounts(EntityStore store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** What the first start did about the administrator. */
    public record Bootstrap(boolean created, String generatedPassword) {
    }

    /**
     * If there is no account at all, creates {@value #BOOTSTRAP_ADMIN} (ADMIN) with the given
     * password, or with a generated one that is returned so it can be shown once. Another node
     * starting at the same moment may win the race; then nothing is created here.
     */
    public Bootstrap bootstrap(String password) {
        if (count() > 0) {
            return new Bootstrap(false, null);
        }
        boolean generate = password == null || password.isEmpty();
        String chosen = generate ? Tokens.newPassword() : password;
        try {
            create(BOOTSTRAP_ADMIN, chosen, Role.ADMIN);
        } catch (ConflictException | StoreException e) {
            if (find(BOOTSTRAP_ADMIN).isPresent()) {
                return new Bootstrap(false, null);
            }
            throw e;
        } catch (ValidationException e) {
            throw new IllegalArgumentException("BACKCAST_ADMIN_PASSWORD: the password " + e.getMessage().substring("password ".length()), e);
        }
        return new Bootstrap(true, generate ? chosen : null);
    }

    public int count() {
        return store.inTransaction(() -> store.count(UserAccountEntity.class, Query.select()));
    }

    public List<Account> list() {
        return store.inTransaction(() -> {
            List<Account> accounts = new ArrayList<>();
            for (UserAccountEntity row : store.find(UserAccountEntity.class, Query.select().order("USERNAME ASC"))) {
                accounts.add(toAccount(row));
            }
            return accounts;
        });
    }

    public Optional<Account> find(String username) {
        String name = normalize(username);
        if (name == null) {
            return Optional.empty();
        }
        return store.inTransaction(() -> row(name).map(Accounts::toAccount));
    }

    public Account create(String username, String password, Role role) {
        String name = validUsername(username);
        validPassword(password);
        if (role == null) {
            throw new ValidationException("role", "is required: ADMIN, EDITOR or VIEWER");
        }
        String hash = hasher.hash(password);
        return store.inTransaction(() -> {
            if (row(name).isPresent()) {
                throw new ConflictException("username", "error.conflict.accountExists", Map.of("username", name));
            }
            Map<String, Object> values = new HashMap<>();
            values.put("USERNAME", name);
            values.put("PASSWORD_HASH", hash);
            values.put("ACCOUNT_ROLE", role.name());
            values.put("CREATED_AT", Date.from(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            return toAccount(store.create(UserAccountEntity.class, values));
        });
    }

    /**
     * Changes an account's password and/or role ({@code null} keeps it). A new password ends
     * the account's sessions. Empty when there is no such account.
     */
    public Optional<Account> update(String username, String password, Role role) {
        if (password != null) {
            validPassword(password);
        }
        String hash = password == null ? null : hasher.hash(password);
        String name = normalize(username);
        return store.inTransaction(() -> {
            Optional<UserAccountEntity> found = name == null ? Optional.empty() : row(name);
            if (found.isEmpty()) {
                return Optional.<Account>empty();
            }
            UserAccountEntity row = found.get();
            if (hash != null) {
                row.setPasswordHash(hash);
                store.deleteWhere(UserSessionEntity.class, "ACCOUNT_ID = ?", row.getID());
            }
            if (role != null) {
                row.setAccountRole(role.name());
            }
            row.save();
            return Optional.of(toAccount(row));
        });
    }

    /** Removes an account and its sessions; false when there is none. */
    public boolean delete(String username) {
        String name = normalize(username);
        return store.inTransaction(() -> {
            Optional<UserAccountEntity> found = name == null ? Optional.empty() : row(name);
            if (found.isEmpty()) {
                return false;
            }
            store.deleteWhere(UserSessionEntity.class, "ACCOUNT_ID = ?", found.get().getID());
            store.delete(found.get());
            return true;
        });
    }

    /**
     * The account when the password is right. An unknown username costs the same hashing work
     * as a wrong password, so timing does not tell which accounts exist.
     */
    public Optional<Account> authenticate(String username, String password) {
        String name = normalize(username);
        Optional<UserAccountEntity> found = name == null ? Optional.empty() : store.inTransaction(() -> row(name));
        if (password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        if (found.isEmpty()) {
            hasher.verify(password, dummyHash());
            return Optional.empty();
        }
        String stored = found.get().getPasswordHash();
        if (!hasher.verify(password, stored)) {
            return Optional.empty();
        }
        if (hasher.needsRehash(stored)) {
            String rehashed = hasher.hash(password);
            store.inTransaction(() -> {
                row(name).ifPresent(row -> {
                    row.setPasswordHash(rehashed);
                    row.save();
                });
                return null;
            });
        }
        return Optional.of(toAccount(found.get()));
    }

    /** Usernames are compared lower-case and stripped. */
    public static String normalize(String username) {
        if (username == null) {
            return null;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.isEmpty() ? null : name;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash(Tokens.newToken());
            dummyHash = hash;
        }
        return hash;
    }

    private Optional<UserAccountEntity> row(String name) {
        UserAccountEntity[] rows = store.find(UserAccountEntity.class, Query.select().where("USERNAME = ?", name));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    static Account toAccount(UserAccountEntity row) {
        Role role;
        try {
            role = Role.valueOf(row.getAccountRole());
        } catch (IllegalArgumentException e) {
            throw new StoreException("the database holds '" + row.getAccountRole() + "' as the role of "
                    + row.getUsername() + ", which is not a known role", e);
        }
        return new Account(row.getID(), row.getUsername(), role, Instant.ofEpochMilli(row.getCreatedAt().getTime()));
    }

    private static String validUsername(String username) {
        String name = normalize(username);
        if (name == null) {
            throw new ValidationException("username", "is required");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new ValidationException("username", "must be 1 to 64 letters, digits or . _ @ - (starting with a letter or digit)");
        }
        return name;
    }

    private static void validPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw new ValidationException("password", "is required");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new ValidationException("password", "must be at most " + MAX_PASSWORD_LENGTH + " characters");
        }
    }
}
