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
 * Table {@code AO_F1ABAE_USER_SESSION}: logged-in sessions, in the database so that any node
 * can serve any request. Only the SHA-256 of the session token is stored; the cookie holds the
 * token itself.
 */
@Preload
@Table("USER_SESSION")
public interface UserSessionEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getTokenHash();
    void setTokenHash(String tokenHash);

    @NotNull
    UserAccountEntity getAccount();
    void setAccount(UserAccountEntity account);

    /** The token every mutating request of this session must carry (header or form field). */
    @NotNull
    @StringLength(64)
    String getCsrfToken();
    void setCsrfToken(String csrfToken);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    @NotNull
    @Indexed
    Date getExpiresAt();
    void setExpiresAt(Date expiresAt);
}
