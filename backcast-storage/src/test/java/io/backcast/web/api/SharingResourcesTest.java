package io.backcast.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.backcast.port.AccessPolicy;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.TestAccess;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.CheckInService;
import io.backcast.service.PlanService;
import io.backcast.service.ShareService;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.H2Stores;
import io.backcast.web.RequestViewers;

/** The share-link, check-in and reminder resources' JSON in and out, on a real H2 database. */
class SharingResourcesTest {

    private static final Viewer EDITOR = new Viewer("ed");
    private static final Viewer DANA = new Viewer("dana"); // reads; owns one outcome
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccessPolicy ACCESS = TestAccess.of(viewer -> true, viewer -> viewer.equals(EDITOR));

    private EntityManagerStore store;
    private Viewer loggedIn = EDITOR;
    private PlansResource plans;
    private PlanShareLinksResource planLinks;
    private ShareLinksResource links;
    private CheckInsResource checkIns;
    private PlanCheckInsResource planCheckIns;
    private RemindersResource reminders;
    private ShareService shares;
    private int planId;
    private int wifiId;

    @BeforeEach
    void start() throws Exception {
        store = H2Stores.migrated("sharing");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        InMemoryWorkSource work = new InMemoryWorkSource();
        PlanService planService = new PlanService(store, work, ACCESS, clock, PhraseBook.english());
        shares = new ShareService(store, new PlanService(store, work, ACCESS, clock, PhraseBook.english()), ACCESS, clock, PhraseBook.english(), new SecureRandom());
        CheckInService checkInService = new CheckInService(store, ACCESS, clock);
        RequestViewers viewers = request -> loggedIn;
        List<Object> all = RestApi.resources(planService, shares, checkInService, viewers);
        plans = (PlansResource) all.get(0);
        planLinks = find(all, PlanShareLinksResource.class);
        links = find(all, ShareLinksResource.class);
        checkIns = find(all, CheckInsResource.class);
        planCheckIns = find(all, PlanCheckInsResource.class);
        reminders = find(all, RemindersResource.class);
        planId = json(plans.create(null, "{\"projectKey\":\"FIT\",\"name\":\"Fit-out\",\"checkInCadenceDays\":7}")).get("id").asInt();
        wifiId = json(plans.createOutcome(null, planId,
                "{\"phrase\":\"WiFi's up\",\"neededBy\":\"2025-04-04\",\"owner\":\"dana\"}")).get("id").asInt();
    }

    private static <T> T find(List<Object> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }

    @Test
    void everyResourceHasItsOwnRootPath() {
        assertThat(List.of(PlansResource.class, PlanItemsResource.class, PlanShareLinksResource.class, ShareLinksResource.class,
                CheckInsResource.class, PlanCheckInsResource.class, RemindersResource.class))
                .extracting(type -> type.getAnnotation(jakarta.ws.rs.Path.class).value())
                .doesNotHaveDuplicates()
                .containsExactly("/plans", "/", "/plans/{planId}/share-links", "/share-links", "/check-ins",
                        "/plans/{planId}/check-ins", "/plans/{planId}/reminders");
    }

    @Test
    void aPlansCheckInCadenceIsReadAndWritten() throws Exception {
        assertThat(json(plans.view(null, planId)).get("plan").get("checkInCadenceDays").asInt()).isEqualTo(7);
        Response invalid = plans.update(null, planId, "{\"projectKey\":\"FIT\",\"name\":\"Fit-out\",\"checkInCadenceDays\":0}");
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(json(invalid).get("field").asText()).isEqualTo("plan.checkInCadenceDays");
    }

    @Test
    void makingALinkAnswersItsTokenOnceAndListingNeverShowsTokenOrHash() throws Exception {
        Response created = planLinks.create(null, planId,
                "{\"label\":\"Acme\",\"expiresAt\":\"2025-04-01T00:00:00Z\",\"outcomeIds\":[" + wifiId + "]}");

        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode body = json(created);
        String token = body.get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(body.get("link").get("label").asText()).isEqualTo("Acme");
        assertThat(body.get("link").get("open").asBoolean()).isTrue();
        assertThat(body.get("link").get("expiresAt").asText()).isEqualTo("2025-04-01T00:00:00Z");
        assertThat(body.get("link").has("tokenHash")).isFalse();
        assertThat(shares.open(token, null)).isPresent();

        Response listed = planLinks.list(null, planId);
        assertThat(listed.getStatus()).isEqualTo(200);
        String list = (String) listed.getEntity();
        assertThat(list).doesNotContain(token).doesNotContain("tokenHash").doesNotContain(io.backcast.model.ShareToken.hashOf(token));
        assertThat(json(listed).get(0).get("viewCount").asInt()).isEqualTo(1);
        assertThat(json(listed).get(0).get("outcomeIds").get(0).asInt()).isEqualTo(wifiId);
    }

    @Test
    void revokingAnswersTheLinkRevokedAndItOpensNothingFromThen() throws Exception {
        JsonNode created = json(planLinks.create(null, planId, "{\"label\":\"Acme\"}"));
        int id = created.get("link").get("id").asInt();

        Response revoked = links.revoke(null, id);

        assertThat(revoked.getStatus()).isEqualTo(200);
        assertThat(json(revoked).get("open").asBoolean()).isFalse();
        assertThat(json(revoked).get("revokedAt").asText()).isEqualTo("2025-03-12T09:00:00Z");
        assertThat(shares.open(created.get("token").asText(), null)).isEmpty();
        assertThat(json(links.views(null, id))).isEmpty();
    }

    @Test
    void readersGet403JsonAndNothingIsMade() throws Exception {
        loggedIn = DANA;

        Response made = planLinks.create(null, planId, "{\"label\":\"Mine\"}");

        assertThat(made.getStatus()).isEqualTo(403);
        assertThat(json(made).get("message").asText()).isEqualTo("Only the plan's editors may share it.");
        assertThat(planLinks.list(null, planId).getStatus()).isEqualTo(403);
        loggedIn = EDITOR;
        assertThat(json(planLinks.list(null, planId))).isEmpty();
    }

    @Test
    void aBadLinkRequestIsA400NamingTheField() throws Exception {
        Response blank = planLinks.create(null, planId, "{\"label\":\" \"}");
        assertThat(json(blank).get("field").asText()).isEqualTo("shareLink.label");
        Response past = planLinks.create(null, planId, "{\"label\":\"Acme\",\"expiresAt\":\"2025-03-01T00:00:00Z\"}");
        assertThat(json(past).get("field").asText()).isEqualTo("shareLink.expiresAt");
        Response token = planLinks.create(null, planId, "{\"label\":\"Acme\",\"token\":\"mine\"}");
        assertThat(json(token).get("field").asText()).isEqualTo("token");
        assertThat(links.revoke(null, 999).getStatus()).isEqualTo(404);
    }

    @Test
    void anOwnerChecksInAsThemselvesAndMayChangeItWithoutRestatingTheSubject() throws Exception {
        loggedIn = DANA;
        Response created = checkIns.create(null, "{\"planId\":" + planId + ",\"subjectKind\":\"OUTCOME\",\"subjectId\":" + wifiId
                + ",\"date\":\"2025-03-11\",\"state\":\"AT_RISK\",\"lookingBack\":\"Cabling slipped\",\"whereWeAre\":\"Hall B\","
                + "\"ahead\":\"APs next week\",\"newCommitments\":\"Survey Friday\",\"visibility\":\"PUBLIC\"}");

        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode checkIn = json(created);
        assertThat(checkIn.get("author").asText()).isEqualTo("dana");
        int id = checkIn.get("id").asInt();

        loggedIn = EDITOR;
        Response changed = checkIns.update(null, id, "{\"date\":\"2025-03-11\",\"whereWeAre\":\"Hall B done\",\"visibility\":\"INTERNAL\"}");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(json(changed).get("author").asText()).isEqualTo("dana");
        assertThat(json(changed).get("subjectId").asInt()).isEqualTo(wifiId);
        assertThat(json(changed).get("lookingBack").isNull()).isTrue();
        assertThat(json(planCheckIns.list(null, planId))).hasSize(1);
        assertThat(json(checkIns.get(null, id)).get("whereWeAre").asText()).isEqualTo("Hall B done");

        assertThat(checkIns.delete(null, id).getStatus()).isEqualTo(204);
        assertThat(json(planCheckIns.list(null, planId))).isEmpty();
    }

    @Test
    void aCheckInByNeitherOwnerNorEditorIs403AndAMissingPartIs400() throws Exception {
        loggedIn = new Viewer("rita");
        Response forbidden = checkIns.create(null, "{\"planId\":" + planId + ",\"subjectKind\":\"OUTCOME\",\"subjectId\":" + wifiId
                + ",\"date\":\"2025-03-11\",\"whereWeAre\":\"x\",\"visibility\":\"PUBLIC\"}");
        assertThat(forbidden.getStatus()).isEqualTo(403);

        loggedIn = EDITOR;
        Response noPlan = checkIns.create(null, "{\"subjectKind\":\"OUTCOME\",\"subjectId\":" + wifiId
                + ",\"date\":\"2025-03-11\",\"whereWeAre\":\"x\",\"visibility\":\"PUBLIC\"}");
        assertThat(json(noPlan).get("field").asText()).isEqualTo("checkIn.planId");
        Response empty = checkIns.create(null, "{\"planId\":" + planId + ",\"subjectKind\":\"OUTCOME\",\"subjectId\":" + wifiId
                + ",\"date\":\"2025-03-11\",\"visibility\":\"PUBLIC\"}");
        assertThat(json(empty).get("field").asText()).isEqualTo("checkIn");
        Response noVisibility = checkIns.create(null, "{\"planId\":" + planId + ",\"subjectKind\":\"OUTCOME\",\"subjectId\":" + wifiId
                + ",\"date\":\"2025-03-11\",\"whereWeAre\":\"x\"}");
        assertThat(json(noVisibility).get("field").asText()).isEqualTo("checkIn.visibility");
        assertThat(json(planCheckIns.list(null, planId))).isEmpty();
    }

    @Test
    void remindersListOutcomesDueACheckIn() throws Exception {
        Response due = reminders.list(null, planId);

        assertThat(due.getStatus()).isEqualTo(200);
        JsonNode first = json(due).get(0);
        assertThat(first.get("outcomeId").asInt()).isEqualTo(wifiId);
        assertThat(first.get("phrase").asText()).isEqualTo("WiFi's up");
        assertThat(first.get("lastCheckIn").isNull()).isTrue();
        assertThat(first.get("daysSince").asInt()).isEqualTo(-1);
    }
}
