package io.backcast.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

import io.backcast.storage.Database;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.RawEntityManagers;
import io.backcast.storage.SchemaMigrator;
import net.java.ao.RawEntity;

/**
 * A real database for the storage tests: H2 in memory (always), and PostgreSQL and MariaDB on
 * 127.0.0.1 (database {@code test}). An unreachable PostgreSQL or MariaDB skips its tests,
 * unless {@code BACKCAST_REQUIRE_DATABASES=1}, which turns that into a failure (CI sets it).
 * One instance per kind per test run; tests reset it rather than reconnect.
 */
final class TestDatabase {

    private static final Map<Database.Kind, TestDatabase> OPEN = new EnumMap<>(Database.Kind.class);

    private final Database database;
    private final EntityManagerStore store;

    private TestDatabase(Database database) {
        this.database = database;
        this.store = EntityManagerStore.connect(database);
    }

    static synchronized TestDatabase of(Database.Kind kind) {
        TestDatabase open = OPEN.get(kind);
        if (open == null) {
            Database database = configured(kind);
            requireReachable(database);
            open = new TestDatabase(database);
            open.recreate();
            OPEN.put(kind, open);
        }
        return open;
    }

    private static Database configured(Database.Kind kind) {
        return switch (kind) {
            case H2 -> new Database("jdbc:h2:mem:backcast-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRESQL -> new Database(env("BACKCAST_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                    env("BACKCAST_TEST_POSTGRESQL_USER", "postgres"), env("BACKCAST_TEST_POSTGRESQL_PASSWORD", ""));
            case MARIADB -> new Database(env("BACKCAST_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                    env("BACKCAST_TEST_MARIADB_USER", "root"), env("BACKCAST_TEST_MARIADB_PASSWORD", ""));
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void requireReachable(Database database) {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            // reachable
        } catch (SQLException e) {
            String why = database + " is not reachable: " + e.getMessage();
            if ("1".equals(System.getenv("BACKCAST_REQUIRE_DATABASES"))) {
                fail(why + " (BACKCAST_REQUIRE_DATABASES=1)");
            }
            Assumptions.abort(why + "; set BACKCAST_REQUIRE_DATABASES=1 to fail instead of skipping");
        }
    }

    EntityManagerStore store() {
        return store;
    }

    /** A second, raw Active Objects entity manager on the same database, configured as the store's. */
    net.java.ao.EntityManager rawEntityManager() {
        return RawEntityManagers.configuredAsTheStore(database);
    }

    Database.Kind kind() {
        return database.kind();
    }

    /** Deletes every row of every Backcast table, children first; keeps the tables. */
    void reset() {
        List<Class<? extends RawEntity<?>>> children = new ArrayList<>(Schema.ENTITIES);
        java.util.Collections.reverse(children);
        execute(children.stream().map(type -> "DELETE FROM " + quoted(store.tableName(type))).toList());
    }

    /** Drops every Backcast table and builds the current schema from nothing. */
    void recreate() {
        dropBackcastTables();
        new SchemaMigrator(store).migrate();
    }

    /** Drops every table whose name starts with Backcast's prefix, and nothing else. */
    void dropBackcastTables() {
        List<String> drops = new ArrayList<>();
        if (kind() == Database.Kind.MARIADB) {
            drops.add("SET FOREIGN_KEY_CHECKS = 0");
        }
        for (String table : tables()) {
            if (Schema.ownsTable(table)) {
                drops.add("DROP TABLE " + quoted(table) + (kind() == Database.Kind.MARIADB ? "" : " CASCADE"));
            }
        }
        if (kind() == Database.Kind.MARIADB) {
            drops.add("SET FOREIGN_KEY_CHECKS = 1");
        }
        execute(drops);
    }

    /** The names of the tables in the test schema, as the database reports them. */
    List<String> tables() {
        try (Connection connection = connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = kind() == Database.Kind.POSTGRESQL ? "public" : kind() == Database.Kind.H2 ? "PUBLIC" : null;
            List<String> names = new ArrayList<>();
            try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The column names of a table. */
    List<String> columns(String table) {
        try (Connection connection = connect();
             ResultSet rows = connection.getMetaData().getColumns(connection.getCatalog(),
                     kind() == Database.Kind.POSTGRESQL ? "public" : kind() == Database.Kind.H2 ? "PUBLIC" : null, table, "%")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME"));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The columns of a table that lead an index, as the database reports them. */
    List<String> indexedColumns(String table) {
        try (Connection connection = connect();
             ResultSet rows = connection.getMetaData().getIndexInfo(connection.getCatalog(),
                     kind() == Database.Kind.POSTGRESQL ? "public" : kind() == Database.Kind.H2 ? "PUBLIC" : null, table,
                     false, false)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                if (rows.getInt("ORDINAL_POSITION") == 1) {
                    names.add(rows.getString("COLUMN_NAME"));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many rows a Backcast table holds, read with plain SQL. */
    int rowCount(Class<? extends RawEntity<?>> type) {
        return queryInt("SELECT COUNT(*) FROM " + quoted(store.tableName(type)));
    }

    int queryInt(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(List<String> statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(statements.toString(), e);
        }
    }

    String quoted(String identifier) {
        return kind() == Database.Kind.MARIADB ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
