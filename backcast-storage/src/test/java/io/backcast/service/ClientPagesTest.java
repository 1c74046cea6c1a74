package io.backcast.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.backcast.model.CheckIn;
import io.backcast.model.Dependency;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.port.AccessPolicy;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.TestAccess;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.storage.Database;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.SchemaMigrator;
import io.backcast.store.ShareLinkRepository;

/**
 * Client pages are built on change, not per view: on a real H2 database, with two "nodes"
 * (two sets of services over the same database), a counting renderer tells when a page was built.
 */
class ClientPagesTest {

    private static final Viewer EDITOR = new Viewer("ed");
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z"); // Wednesday
    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final Set<Viewer> lostAccess = new HashSet<>();
    private final AccessPolicy access = TestAccess.of(viewer -> !lostAccess.contains(viewer),
            viewer -> viewer.equals(EDITOR) && !lostAccess.contains(viewer));
    private final AtomicInteger built = new AtomicInteger();

    private EntityManagerStore store;
    private EntityManagerStore otherNodesStore;
    private TestClock clock;
    private ShareService shares;
    private PlanService plans;
    private ClientPages<String> pages;
    private Plan plan;
    private Outcome wifi;
    private String token;

    @BeforeEach
    void startWithASharedPlan() {
        String url = "jdbc:h2:mem:client-pages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        store = EntityManagerStore.connect(new Database(url, "sa", ""));
        otherNodesStore = EntityManagerStore.connect(new Database(url, "sa", ""));
        new SchemaMigrator(store).migrate();
        clock = new TestClock(NOW);
        InMemoryWorkSource work = new InMemoryWorkSource();
        shares = new ShareService(store, new PlanService(store, work, access, clock, PhraseBook.english()), access, clock, PhraseBook.english(), new SecureRandom());
        plans = new PlanService(store, work, access, clock, PhraseBook.english());
        pages = pages(MAX_AGE);
        plan = plans.savePlan(EDITOR, Plan.create("FIT", "Level 3 fit-out").withClientName("Acme Health"));
        wifi = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 4, 4)));
        token = shares.create(EDITOR, plan.id(), "Acme facilities team", null, Set.of()).token();
    }

    @AfterEach
    void close() {
        otherNodesStore.close();
        store.close();
    }

    /** A page that names the outcomes and the time it was built, counting each build. */
    private ClientPages<String> pages(Duration maxAge) {
        return new ClientPages<>(shares, status -> {
            built.incrementAndGet();
            return status.outcomes().stream().map(StatusOutcome::name).collect(Collectors.joining(", "))
                    + " @ " + status.updatedAt();
        }, clock, maxAge);
    }

    private int views() {
        return new ShareLinkRepository(store).views(shares.links(EDITOR, plan.id()).get(0).id()).size();
    }

    @Test
    void anUnchangedPlansPageIsBuiltOnceAndEveryOpeningIsLogged() {
        String first = pages.open(token, "Chrome").orElseThrow();
        clock.advance(Duration.ofSeconds(29));
        String second = pages.open(token, "Chrome").orElseThrow();

        assertThat(first).isEqualTo("WiFi's up @ " + NOW);
        assertThat(second).isEqualTo(first);
        assertThat(built).hasValue(1);
        assertThat(views()).isEqualTo(2);
    }

    @Test
    void anEditOfThePlanShowsAtTheNextOpening() {
        pages.open(token, null);

        plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "Printers print", LocalDate.of(2025, 4, 18)).withSortOrder(1));

        assertThat(pages.open(token, null)).contains("WiFi's up, Printers print @ " + NOW);
        assertThat(built).hasValue(2);
    }

    @Test
    void anEditOnAnotherNodeShowsAtTheNextOpeningHere() {
        PlanService otherNode = new PlanService(otherNodesStore, new InMemoryWorkSource(), access, clock,
                PhraseBook.english());
        pages.open(token, null);

        otherNode.saveOutcome(EDITOR, wifi.withPhrase("WiFi's up on every floor"));

        assertThat(pages.open(token, null)).contains("WiFi's up on every floor @ " + NOW);
    }

    @Test
    void aCheckInShowsAtTheNextOpening() {
        pages.open(token, null);

        new CheckInService(store, access, clock).save(EDITOR, new CheckIn(0, plan.id(), SubjectKind.OUTCOME, wifi.id(),
                LocalDate.of(2025, 3, 12), "ed", null, null, "Access points are in", null, null, Visibility.PUBLIC));
        pages.open(token, null);

        assertThat(built).hasValue(2);
    }

    @Test
    void anEditThatIsRefusedLeavesTheKeptPage() {
        Milestone cabling = plans.saveMilestone(EDITOR, Milestone.create(plan.id(), "Cabling", 5));
        Milestone access = plans.saveMilestone(EDITOR, Milestone.create(plan.id(), "Access points", 2)
                .withPredecessors(List.of(Dependency.after(cabling.id()))));
        pages.open(token, null);

        assertThatThrownBy(() -> plans.saveMilestone(EDITOR, cabling.withPredecessors(List.of(Dependency.after(access.id())))))
                .isInstanceOf(ConflictException.class);
        pages.open(token, null);

        assertThat(built).hasValue(1);
    }

    @Test
    void aPageIsBuiltAgainOnceItIsMaxAgeOldForWorkThatChangedInJira() {
        pages.open(token, null);

        clock.advance(MAX_AGE);

        assertThat(pages.open(token, null)).contains("WiFi's up @ " + NOW.plus(MAX_AGE));
        assertThat(built).hasValue(2);
    }

    @Test
    void aPageIsBuiltAgainOnANewDay() {
        clock.set(Instant.parse("2025-03-12T23:59:50Z"));
        pages.open(token, null);

        clock.set(Instant.parse("2025-03-13T00:00:00Z"));
        pages.open(token, null);

        assertThat(built).hasValue(2);
    }

    @Test
    void aRevokedLinkOpensNothingAtOnceThoughItsPageIsKept() {
        pages.open(token, null);

        shares.revoke(EDITOR, shares.links(EDITOR, plan.id()).get(0).id());

        assertThat(pages.open(token, null)).isEmpty();
        assertThat(views()).isEqualTo(1);
    }

    @Test
    void anExpiringLinkOpensNothingFromItsExpiryInstantThoughItsPageIsKept() {
        String expiring = shares.create(EDITOR, plan.id(), "Acme", NOW.plusSeconds(10), Set.of()).token();
        pages.open(expiring, null);

        clock.advance(Duration.ofSeconds(9));
        assertThat(pages.open(expiring, null)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(pages.open(expiring, null)).isEmpty();
    }

    @Test
    void aLinkOpensNothingOnceItsMakerMayNoLongerSeeThePlanThoughItsPageIsKept() {
        pages.open(token, null);

        lostAccess.add(EDITOR);

        assertThat(pages.open(token, null)).isEmpty();
    }

    @Test
    void eachLinkHasItsOwnPage() {
        String wifiOnly = shares.create(EDITOR, plan.id(), "WiFi team", null, Set.of(wifi.id())).token();
        plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "Printers print", LocalDate.of(2025, 4, 18)).withSortOrder(1));

        assertThat(pages.open(token, null)).contains("WiFi's up, Printers print @ " + NOW);
        assertThat(pages.open(wifiOnly, null)).contains("WiFi's up @ " + NOW);
        assertThat(pages.open(token, null)).contains("WiFi's up, Printers print @ " + NOW);
        assertThat(built).hasValue(2);
    }

    @Test
    void withNoMaxAgeEveryOpeningBuildsThePage() {
        ClientPages<String> uncached = pages(Duration.ZERO);

        uncached.open(token, null);
        uncached.open(token, null);

        assertThat(built).hasValue(2);
        assertThat(uncached.size()).isZero();
    }

    @Test
    void aNegativeMaxAgeIsRefused() {
        assertThatThrownBy(() -> pages(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAge");
    }

    @Test
    void aWrongTokenOpensNothingAndKeepsNothing() {
        assertThat(pages.open("not-a-token", null)).isEmpty();
        assertThat(built).hasValue(0);
        assertThat(pages.size()).isZero();
    }
}
