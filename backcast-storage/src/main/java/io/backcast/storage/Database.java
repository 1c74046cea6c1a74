package io.backcast.storage;

import java.util.Locale;

import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * A database Backcast can keep its tables in, named by a JDBC URL: H2 (embedded, the
 * default), PostgreSQL (production) or MariaDB/MySQL. Knows which Active Objects provider
 * each needs and the URL settings that make it behave.
 */
public record Database(String url, String user, String password) {

    public Database {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a database is named by a JDBC URL such as jdbc:postgresql://host/db (was " + url + ")");
        }
        kindOf(url);
        url = withRequiredSettings(url);
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The kinds of database Backcast runs on. */
    public enum Kind { H2, POSTGRESQL, MARIADB }

    public Kind kind() {
        return kindOf(url);
    }

    DatabaseProvider provider() {
        return provider(new JdbcDataSource(url, user, password));
    }

    /** The Active Objects provider for this database over the given connections (a pool, say). */
    DatabaseProvider provider(DisposableDataSource dataSource) {
        return switch (kind()) {
            case H2 -> new H2DatabaseProvider(dataSource, "PUBLIC");
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(dataSource, "public");
            case MARIADB -> new MySQLDatabaseProvider(dataSource);
        };
    }

    private static Kind kindOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            return Kind.MARIADB;
        }
        throw new IllegalArgumentException("unsupported database " + url + ": use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:");
    }

    /**
     * MariaDB/MySQL drivers otherwise report the tables of every database on the server to
     * Active Objects, which then fails on another database's Backcast tables.
     */
    private static String withRequiredSettings(String url) {
        if (kindOf(url) == Kind.MARIADB && !url.contains("nullDatabaseMeansCurrent")) {
            return url + (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
        }
        return url;
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "Database[" + url + ", user " + user + "]";
    }
}
