package io.backcast.server.web;

import static io.backcast.server.HttpTestClient.REST;
import static io.backcast.server.HttpTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.server.HttpTestClient;
import io.backcast.server.TestServer;
import io.backcast.server.account.Role;

/** {@code /users}: administrators manage accounts; nobody else may, and passwords never come back. */
class UsersApiTest {

    private static TestServer server;
    private static HttpTestClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void adminCreatesAnAccountThatCanLogIn() {
        HttpResponse<String> created = admin.post(REST + "users",
                "{\"username\":\"Dana\",\"password\":\"dana-password-1\",\"role\":\"EDITOR\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("username").asText()).isEqualTo("dana");
        assertThat(json(created).get("role").asText()).isEqualTo("EDITOR");
        assertThat(created.body()).doesNotContain("password", "argon2");
        assertThat(json(admin.get(REST + "users")).toString()).contains("\"dana\"").doesNotContain("argon2");
        HttpTestClient dana = server.client().login("dana", "dana-password-1");
        assertThat(json(dana.get(REST + "session")).get("role").asText()).isEqualTo("EDITOR");
    }

    @Test
    void duplicateUsernameIs409() {
        admin.post(REST + "users", "{\"username\":\"erin\",\"password\":\"erin-password-1\",\"role\":\"VIEWER\"}");

        HttpResponse<String> again = admin.post(REST + "users", "{\"username\":\"ERIN\",\"password\":\"another-password\",\"role\":\"ADMIN\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("field").asText()).isEqualTo("username");
    }

    @Test
    void invalidInputIs400NamingTheField() {
        HttpResponse<String> shortPassword = admin.post(REST + "users", "{\"username\":\"frank\",\"password\":\"short\",\"role\":\"VIEWER\"}");
        HttpResponse<String> badName = admin.post(REST + "users", "{\"username\":\"fr ank\",\"password\":\"long-enough-pw\",\"role\":\"VIEWER\"}");
        HttpResponse<String> badRole = admin.post(REST + "users", "{\"username\":\"frank\",\"password\":\"long-enough-pw\",\"role\":\"OWNER\"}");

        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(json(shortPassword).get("field").asText()).isEqualTo("password");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(json(badName).get("field").asText()).isEqualTo("username");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(json(badRole).get("field").asText()).isEqualTo("role");
        assertThat(json(admin.get(REST + "users")).toString()).doesNotContain("frank");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        HttpTestClient editor = server.clientWithRole(Role.EDITOR);

        HttpResponse<String> list = editor.get(REST + "users");
        HttpResponse<String> create = editor.post(REST + "users", "{\"username\":\"gus\",\"password\":\"gus-password-1\",\"role\":\"ADMIN\"}");

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(json(create).get("message").asText()).isEqualTo("Only administrators manage accounts.");
        assertThat(server.server.accounts().find("gus")).isEmpty();
    }

    @Test
    void deletingAnAccountEndsItsSessions() {
        admin.post(REST + "users", "{\"username\":\"hal\",\"password\":\"hal-password-1\",\"role\":\"VIEWER\"}");
        HttpTestClient hal = server.client().login("hal", "hal-password-1");

        HttpResponse<String> deleted = admin.delete(REST + "users/hal");

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(hal.get(REST + "plans").statusCode()).isEqualTo(401);
        assertThat(admin.delete(REST + "users/hal").statusCode()).isEqualTo(404);
    }

    @Test
    void newPasswordEndsTheAccountsSessions() {
        admin.post(REST + "users", "{\"username\":\"ida\",\"password\":\"ida-password-1\",\"role\":\"VIEWER\"}");
        HttpTestClient ida = server.client().login("ida", "ida-password-1");

        HttpResponse<String> changed = admin.put(REST + "users/ida", "{\"password\":\"ida-password-2\",\"role\":\"EDITOR\"}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("role").asText()).isEqualTo("EDITOR");
        assertThat(ida.get(REST + "plans").statusCode()).isEqualTo(401);
        assertThat(server.client().submitLogin("ida", "ida-password-1").statusCode()).isEqualTo(401);
        assertThat(server.client().submitLogin("ida", "ida-password-2").statusCode()).isEqualTo(303);
    }

    @Test
    void adminCannotDeleteOrDemoteThemselves() {
        HttpResponse<String> delete = admin.delete(REST + "users/admin");
        HttpResponse<String> demote = admin.put(REST + "users/admin", "{\"role\":\"VIEWER\"}");

        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(server.server.accounts().find("admin")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
    }
}
