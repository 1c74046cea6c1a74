package io.backcast.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.backcast.port.AccessPolicy;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.TestAccess;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.PlanService;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.H2Stores;

/** The resources' JSON in and out, errors included, on a real H2 database (the HTTP layer is the host's). */
class RestResourcesTest {

    private static final Viewer ADA = new Viewer("ada");
    private static final AccessPolicy EVERYONE_EDITS = TestAccess.everyoneEdits();

    private EntityManagerStore store;
    private Viewer loggedIn = ADA;
    private PlansResource plans;
    private PlanItemsResource items;

    @BeforeEach
    void start() {
        store = H2Stores.migrated("rest");
        PlanService service = new PlanService(store, new InMemoryWorkSource(), EVERYONE_EDITS,
                Clock.fixed(Instant.parse("2025-03-12T09:00:00Z"), ZoneOffset.UTC), PhraseBook.english());
        plans = new PlansResource(service, request -> loggedIn);
        items = new PlanItemsResource(service, request -> loggedIn);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String body(Response response) {
        return (String) response.getEntity();
    }

    private int createPlan() {
        Response created = plans.create(null, "{\"projectKey\":\"fit\",\"name\":\"Fit-out\"}");
        assertThat(created.getStatus()).isEqualTo(201);
        return Integer.parseInt(body(created).replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void createsAPlanAndAnOutcomeAndShowsThemInThePlanView() {
        int planId = createPlan();

        Response outcome = plans.createOutcome(null, planId, "{\"phrase\":\"WiFi's up\",\"neededBy\":\"2025-03-21\"}");
        Response view = plans.view(null, planId);

        assertThat(outcome.getStatus()).isEqualTo(201);
        assertThat(body(outcome)).contains("\"phrase\":\"WiFi's up\"", "\"neededBy\":\"2025-03-21\"");
        assertThat(view.getStatus()).isEqualTo(200);
        assertThat(body(view)).contains("\"phrase\":\"WiFi's up — not started; needed by 21 March\"", "\"projectKey\":\"FIT\"");
        assertThat(view.getMediaType().toString()).startsWith("application/json");
        assertThat(body(view)).contains("\"calendar\":{\"workingDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"holidays\":[]}");
    }

    @Test
    void malformedJsonIsA400NamingTheProblem() {
        Response response = plans.create(null, "{\"projectKey\": ");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo("{\"status\":400,\"message\":\"body is not valid JSON (line 1, column 16)\",\"field\":\"body\"}");
    }

    @Test
    void anUnknownPropertyIsA400NamingIt() {
        Response response = plans.create(null, "{\"projectKey\":\"FIT\",\"name\":\"x\",\"colour\":\"red\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo("{\"status\":400,\"message\":\"colour is not a property this request takes\",\"field\":\"colour\"}");
    }

    @Test
    void anInvalidDateIsA400NamingTheField() {
        int planId = createPlan();

        Response response = plans.createOutcome(null, planId, "{\"phrase\":\"WiFi's up\",\"neededBy\":\"2025-02-30\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).contains("\"field\":\"neededBy\"");
        assertThat(body(plans.view(null, planId))).contains("\"outcomes\":[]");
    }

    @Test
    void aRuleOfTheModelIsA400WithTheModelsField() {
        int planId = createPlan();

        Response response = plans.createOutcome(null, planId, "{\"phrase\":\" \",\"neededBy\":\"2025-03-21\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo("{\"status\":400,\"message\":\"outcome.phrase must not be blank\",\"field\":\"outcome.phrase\"}");
    }

    @Test
    void unknownIdsAre404AndACycleIs409() {
        int planId = createPlan();
        assertThat(plans.view(null, 999).getStatus()).isEqualTo(404);
        assertThat(body(items.deleteOutcome(null, 999))).isEqualTo("{\"status\":404,\"message\":\"outcome 999 does not exist\",\"field\":null}");

        String a = body(plans.createMilestone(null, planId, "{\"name\":\"Survey\",\"durationDays\":2}"));
        int aId = Integer.parseInt(a.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String b = body(plans.createMilestone(null, planId,
                "{\"name\":\"Cabling\",\"durationDays\":5,\"predecessors\":[{\"predecessorId\":" + aId + "}]}"));
        int bId = Integer.parseInt(b.replaceAll(".*\"id\":(\\d+).*", "$1"));

        Response cycle = items.updateMilestone(null, aId,
                "{\"name\":\"Survey\",\"durationDays\":2,\"predecessors\":[{\"predecessorId\":" + bId + ",\"type\":\"SS\",\"lagDays\":1}]}");

        assertThat(cycle.getStatus()).isEqualTo(409);
        assertThat(body(cycle)).contains("form a cycle: 'Survey' → 'Cabling' → 'Survey'");
    }

    @Test
    void aQueryParameterIsValidatedLikeABodysField() {
        int planId = createPlan();
        String made = body(plans.createMilestone(null, planId, "{\"name\":\"Survey\",\"durationDays\":2}"));
        int milestoneId = Integer.parseInt(made.replaceAll(".*\"id\":(\\d+).*", "$1"));

        Response wrong = plans.slip(null, planId, milestoneId, "abc");

        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(body(wrong)).isEqualTo("{\"status\":400,\"message\":\"days must be a whole number\",\"field\":\"days\"}");
        assertThat(plans.slip(null, planId, milestoneId, "2.5").getStatus()).isEqualTo(400);
        assertThat(plans.slip(null, planId, milestoneId, null).getStatus()).isEqualTo(200);
        assertThat(plans.slip(null, planId, milestoneId, "3").getStatus()).isEqualTo(200);
    }

    @Test
    void valuesAreNotBentToFitAndNothingIsStored() {
        int planId = createPlan();

        Response numberForDate = plans.createOutcome(null, planId, "{\"phrase\":\"WiFi's up\",\"neededBy\":12345}");
        Response fraction = plans.createMilestone(null, planId, "{\"name\":\"Survey\",\"durationDays\":2.5}");
        Response textForNumber = plans.createMilestone(null, planId, "{\"name\":\"Survey\",\"durationDays\":\"5\"}");
        Response nullBody = plans.createOutcome(null, planId, "null");

        assertThat(body(numberForDate)).isEqualTo(
                "{\"status\":400,\"message\":\"neededBy must be a date like 2025-03-21\",\"field\":\"neededBy\"}");
        assertThat(body(fraction)).isEqualTo(
                "{\"status\":400,\"message\":\"durationDays must be a whole number\",\"field\":\"durationDays\"}");
        assertThat(textForNumber.getStatus()).isEqualTo(400);
        assertThat(body(nullBody)).isEqualTo("{\"status\":400,\"message\":\"body is null: send a JSON object\",\"field\":\"body\"}");
        assertThat(body(plans.view(null, planId))).contains("\"outcomes\":[]", "\"milestones\":[]");
    }

    @Test
    void nobodyLoggedInIs401() {
        loggedIn = null;

        Response response = plans.list(null);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response)).isEqualTo("{\"status\":401,\"message\":\"Log in first.\",\"field\":null}");
    }
}
