package io.backcast.server.account;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table {@code AO_F1ABAE_USER_ACCOUNT}: the server's local accounts (the plugin uses Jira's
 * users and never has this table). Usernames are stored lower-case; only an Argon2id hash of
 * the password is kept.
 */
@Preload
@Table("USER_ACCOUNT")
public interface UserAccountEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getUsername();
    void setUsername(String username);

    /** PHC string: {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}. */
    @NotNull
    @StringLength(255)
    String getPasswordHash();
    void setPasswordHash(String passwordHash);

    /** A {@link Role} name. */
    @NotNull
    @StringLength(16)
    String getAccountRole();
    void setAccountRole(String accountRole);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);
}
