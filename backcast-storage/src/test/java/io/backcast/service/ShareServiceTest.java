package io.backcast.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.backcast.model.CheckIn;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.Plan;
import io.backcast.model.ShareLink;
import io.backcast.model.ShareToken;
import io.backcast.model.ShareView;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.model.Visibility;
import io.backcast.port.AccessPolicy;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.storage.Database;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.SchemaMigrator;
import io.backcast.store.CheckInRepository;
import io.backcast.model.NotFoundException;
import io.backcast.store.ShareLinkRepository;

/** Share links and the status page they open, on a real H2 database: tokens, expiry, revocation, views, permissions. */
class ShareServiceTest {

    private static final Viewer EDITOR = new Viewer("ed");
    private static final Viewer READER = new Viewer("rita");
    private static final Viewer STRANGER = new Viewer("stan");
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z"); // Wednesday
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/124.0.0.0 Safari/537.36";

    /** Ed edits; Rita reads; Stan sees nothing; Lee edited once but may no longer see anything. */
    private final java.util.Set<Viewer> lostAccess = new java.util.HashSet<>();
    private final AccessPolicy access = new AccessPolicy() {
        @Override
        public boolean canView(Viewer viewer, Plan plan) {
            return !viewer.equals(STRANGER) && !lostAccess.contains(viewer);
        }

        @Override
        public boolean canEdit(Viewer viewer, Plan plan) {
            return viewer.equals(EDITOR) && !lostAccess.contains(viewer);
        }

        @Override
        public boolean canCreatePlan(Viewer viewer, String projectKey) {
            return viewer.equals(EDITOR);
        }
    };

    private String url;
    private EntityManagerStore store;
    private RecordingStore recording;
    private TestClock clock;
    private ShareService shares;
    private PlanService plans;
    private Plan plan;
    private Outcome wifi;
    private Outcome printers;

    @BeforeEach
    void startWithAPlan() {
        url = "jdbc:h2:mem:share-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        store = EntityManagerStore.connect(new Database(url, "sa", ""));
        new SchemaMigrator(store).migrate();
        recording = new RecordingStore(store);
        clock = new TestClock(NOW);
        InMemoryWorkSource work = new InMemoryWorkSource();
        shares = new ShareService(recording, new PlanService(recording, work, access, clock, PhraseBook.english()), access, clock, PhraseBook.english(), new SecureRandom());
        plans = new PlanService(store, work, access, clock, PhraseBook.english());
        plan = plans.savePlan(EDITOR, Plan.create("FIT", "Level 3 fit-out").withClientName("Acme Health"));
        wifi = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2025, 4, 4)).withOwners("Dana Lee", null));
        printers = plans.saveOutcome(EDITOR, Outcome.create(plan.id(), "Printers print", LocalDate.of(2025, 4, 18)).withSortOrder(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ShareService.NewShareLink link() {
        return shares.create(EDITOR, plan.id(), "Acme facilities team", null, Set.of());
    }

    private ShareLinkRepository links() {
        return new ShareLinkRepository(store);
    }

    @Test
    void aNewLinkOpensThePlansStatusPageWithItsToken() {
        ShareService.NewShareLink made = link();

        Optional<StatusView> status = shares.open(made.token(), IPHONE);

        assertThat(status).isPresent();
        assertThat(status.get().planName()).isEqualTo("Level 3 fit-out");
        assertThat(status.get().clientName()).isEqualTo("Acme Health");
        assertThat(status.get().outcomes()).extracting(StatusOutcome::name).containsExactly("WiFi's up", "Printers print");
        assertThat(status.get().updatedAt()).isEqualTo(NOW);
        assertThat(made.link().createdBy()).isEqualTo("ed");
        assertThat(made.link().allOutcomes()).isTrue();
    }

    @Test
    void theTokenIs256RandomBitsInAnAddressAndIsNeverShownTwice() {
        ShareService.NewShareLink first = link();
        ShareService.NewShareLink second = link();

        assertThat(first.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.token());
        assertThat(java.util.Base64.getUrlDecoder().decode(first.token())).hasSize(32);
        assertThat(first.toString()).doesNotContain(first.token()).contains("token=hidden");
        assertThat(shares.links(EDITOR, plan.id())).extracting(ShareLink::id)
                .containsExactly(second.link().id(), first.link().id());
    }

    @Test
    void theDatabaseHoldsTheTokensHashAndNowhereTheTokenItself() throws Exception {
        ShareService.NewShareLink made = link();
        shares.open(made.token(), CHROME);

        assertThat(links().find(made.link().id()).orElseThrow().tokenHash()).isEqualTo(ShareToken.hashOf(made.token()));
        List<String> cells = everyCell();
        assertThat(cells).contains(ShareToken.hashOf(made.token()));
        assertThat(cells).noneMatch(cell -> cell.contains(made.token()));
        assertThat(cells).noneMatch(cell -> cell.contains("Mozilla") || cell.contains("Windows NT"));
    }

    /** Every value in every Backcast table, as text. */
    private List<String> everyCell() throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "AO_%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("AO_F1ABAE_SHARE_LINK", "AO_F1ABAE_SHARE_VIEW");
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            cells.add(String.valueOf(rows.getObject(column)));
                        }
                    }
                }
            }
        }
        return cells;
    }

    @Test
    void aWrongTokenOpensNothing() {
        ShareService.NewShareLink made = link();
        String token = made.token();
        String oneCharacterOff = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        for (String wrong : new String[] {oneCharacterOff, token.substring(1), token + "x", token.toUpperCase(), "",
                " ", "../../etc/passwd", ShareToken.hashOf(token), ShareToken.generate(new SecureRandom()).value(), null}) {
            assertThat(shares.open(wrong, CHROME)).as(String.valueOf(wrong)).isEmpty();
        }
        assertThat(links().find(made.link().id()).orElseThrow().viewCount()).isZero();
        assertThat(links().views(made.link().id())).isEmpty();
    }

    @Test
    void aRevokedLinkStopsWorkingAtOnce() {
        ShareService.NewShareLink made = link();
        assertThat(shares.open(made.token(), CHROME)).isPresent();

        ShareLink revoked = shares.revoke(EDITOR, made.link().id());

        assertThat(shares.open(made.token(), CHROME)).isEmpty();
        assertThat(revoked.revokedAt()).isEqualTo(NOW);
        assertThat(shares.opensNow(revoked)).isFalse();
        clock.advance(Duration.ofDays(365));
        assertThat(shares.open(made.token(), CHROME)).isEmpty();
        assertThat(links().find(made.link().id()).orElseThrow().viewCount()).isEqualTo(1);
    }

    @Test
    void anExpiringLinkWorksUntilTheSecondBeforeItsExpiryMinuteAndNotFromIt() {
        Instant expiry = Instant.parse("2025-03-19T17:30:00Z");
        ShareService.NewShareLink made = shares.create(EDITOR, plan.id(), "Acme", expiry, Set.of());
        assertThat(made.link().expiresAt()).isEqualTo(expiry);

        clock.set(expiry.minusSeconds(1));
        assertThat(shares.open(made.token(), CHROME)).isPresent();
        clock.set(expiry);
        assertThat(shares.open(made.token(), CHROME)).isEmpty();
        clock.set(expiry.plusSeconds(59));
        assertThat(shares.open(made.token(), CHROME)).isEmpty();
        assertThat(shares.opensNow(links().find(made.link().id()).orElseThrow())).isFalse();
    }

    @Test
    void aLinkCannotExpireBeforeItIsMade() {
        assertThatThrownBy(() -> shares.create(EDITOR, plan.id(), "Acme", NOW, Set.of()))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("shareLink.expiresAt must be after");
        assertThatThrownBy(() -> shares.create(EDITOR, plan.id(), "Acme", NOW.minusSeconds(3600), Set.of()))
                .isInstanceOf(ValidationException.class);
        assertThat(links().findByPlan(plan.id())).isEmpty();
    }

    @Test
    void unknownRevokedAndExpiredTokensAnswerAlikeAfterTheSameWork() {
        ShareService.NewShareLink revoked = link();
        shares.revoke(EDITOR, revoked.link().id());
        ShareService.NewShareLink expired = shares.create(EDITOR, plan.id(), "Acme", NOW.plusSeconds(60), Set.of(wifi.id()));
        clock.advance(Duration.ofMinutes(1));
        String unknown = ShareToken.generate(new SecureRandom()).value();

        List<List<String>> work = new ArrayList<>();
        for (String token : List.of(unknown, revoked.token(), expired.token(), "not a token at all")) {
            recording.start();
            assertThat(shares.open(token, CHROME)).isEmpty();
            work.add(recording.stop());
        }

        assertThat(work.get(0)).isNotEmpty().anyMatch(call -> call.contains("TOKEN_HASH = ?"))
                .anyMatch(call -> call.contains("find ShareLinkOutcomeEntity"));
        assertThat(work).allSatisfy(calls -> assertThat(calls).isEqualTo(work.get(0)));
        assertThat(work.get(0)).noneMatch(call -> call.startsWith("create") || call.contains("PlanEntity"));
        assertThat(links().views(revoked.link().id())).isEmpty();
        assertThat(links().views(expired.link().id())).isEmpty();
    }

    @Test
    void eachOpeningIsCountedAndLoggedWithItsTimeAndACoarseBrowserClassOnly() {
        ShareService.NewShareLink made = link();

        shares.open(made.token(), IPHONE);
        clock.advance(Duration.ofMinutes(5));
        shares.open(made.token(), CHROME);
        clock.advance(Duration.ofMinutes(5));
        shares.open(made.token(), null);

        ShareLink read = shares.links(EDITOR, plan.id()).get(0);
        assertThat(read.viewCount()).isEqualTo(3);
        assertThat(read.lastViewedAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(shares.views(EDITOR, made.link().id())).extracting(ShareView::viewedAt, ShareView::agent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NOW.plusSeconds(600), "Other"),
                org.assertj.core.groups.Tuple.tuple(NOW.plusSeconds(300), "Chrome"),
                org.assertj.core.groups.Tuple.tuple(NOW, "Mobile Safari"));
    }

    @Test
    void manyOpeningsOfOneLinkAtOnceAllSucceedAndAreAllCounted() throws Exception {
        ShareService.NewShareLink made = link();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> opened = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                opened.add(pool.submit(() -> shares.open(made.token(), CHROME).isPresent()));
            }
            for (java.util.concurrent.Future<Boolean> each : opened) {
                assertThat(each.get(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(links().find(made.link().id()).orElseThrow().viewCount()).isEqualTo(40);
    }

    @Test
    void aLinkForSomeOutcomesShowsThemTheMilestonesFeedingThemAndTheirPublicCheckInsOnly() {
        Milestone survey = plans.saveMilestone(EDITOR, Milestone.create(plan.id(), "Site survey", 2));
        Milestone cabling = plans.saveMilestone(EDITOR, Milestone.create(plan.id(), "Network cabled", 5)
                .withPredecessors(List.of(io.backcast.model.Dependency.after(survey.id()))).withOutcomes(Set.of(wifi.id()))
                .withOwners("Sam Patel", "Alex Wong"));
        plans.saveMilestone(EDITOR, Milestone.create(plan.id(), "Printers delivered", 1).withOutcomes(Set.of(printers.id())));
        CheckInRepository checkIns = new CheckInRepository(store);
        checkIns.save(new CheckIn(0, plan.id(), SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2025, 3, 10), "ed", null,
                null, "Access points ordered", null, null, Visibility.PUBLIC));
        checkIns.save(new CheckIn(0, plan.id(), SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2025, 3, 11), "ed", null,
                null, "Vendor is slow, escalate", null, null, Visibility.INTERNAL));
        checkIns.save(new CheckIn(0, plan.id(), SubjectKind.MILESTONE, cabling.id(), LocalDate.of(2025, 3, 11), "ed", null,
                "Hall A done", null, null, null, Visibility.PUBLIC));
        checkIns.save(new CheckIn(0, plan.id(), SubjectKind.OUTCOME, printers.id(), LocalDate.of(2025, 3, 12), "ed", null,
                null, "Printers are late", null, null, Visibility.PUBLIC));
        ShareService.NewShareLink made = shares.create(EDITOR, plan.id(), "WiFi contractor", null, Set.of(wifi.id()));

        StatusView status = shares.open(made.token(), CHROME).orElseThrow();

        assertThat(status.outcomes()).extracting(StatusOutcome::name).containsExactly("WiFi's up");
        assertThat(status.outcomes().get(0).owner()).isEqualTo("Dana Lee");
        assertThat(status.milestones()).extracting(StatusMilestone::name).containsExactly("Site survey", "Network cabled");
        assertThat(status.milestones().get(1).secondaryOwner()).isEqualTo("Alex Wong");
        assertThat(status.checkIns()).extracting(StatusCheckIn::subject, StatusCheckIn::whereWeAre, StatusCheckIn::lookingBack)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Network cabled", null, "Hall A done"),
                        org.assertj.core.groups.Tuple.tuple("WiFi's up", "Access points ordered", null));
    }

    @Test
    void aLinkNamingOutcomesOfAnotherPlanIsRefused() {
        Plan other = plans.savePlan(EDITOR, Plan.create("NET", "Network"));
        Outcome foreign = plans.saveOutcome(EDITOR, Outcome.create(other.id(), "Elsewhere", LocalDate.of(2025, 5, 1)));

        assertThatThrownBy(() -> shares.create(EDITOR, plan.id(), "Acme", null, Set.of(wifi.id(), foreign.id())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not an outcome of this plan");
        assertThat(links().findByPlan(plan.id())).isEmpty();
    }

    @Test
    void readersMayNotMakeListOrRevokeLinksAndStrangersCannotTellThePlanExists() {
        ShareService.NewShareLink made = link();

        assertThatThrownBy(() -> shares.create(READER, plan.id(), "Mine", null, Set.of())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> shares.links(READER, plan.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> shares.revoke(READER, made.link().id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> shares.views(READER, made.link().id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> shares.create(STRANGER, plan.id(), "Mine", null, Set.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shares.links(STRANGER, plan.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shares.revoke(STRANGER, made.link().id()))
                .isInstanceOf(NotFoundException.class).hasMessage("share link " + made.link().id() + " does not exist");
        assertThatThrownBy(() -> shares.revoke(EDITOR, made.link().id() + 100)).isInstanceOf(NotFoundException.class);

        assertThat(links().findByPlan(plan.id())).hasSize(1);
        assertThat(shares.open(made.token(), CHROME)).isPresent();
    }

    @Test
    void aLinkOpensNothingOnceItsMakerMayNoLongerSeeThePlan() {
        ShareService.NewShareLink made = link();
        lostAccess.add(EDITOR);

        assertThat(shares.open(made.token(), CHROME)).isEmpty();
        assertThat(links().views(made.link().id())).isEmpty();
    }
}
