package io.backcast.store;

import io.backcast.model.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.backcast.model.Baseline;
import io.backcast.model.BaselineDate;
import io.backcast.model.CheckIn;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.ShareLink;
import io.backcast.model.ShareToken;
import io.backcast.model.ShareView;
import io.backcast.model.SubjectKind;
import io.backcast.model.ValidationException;
import io.backcast.model.Visibility;
import io.backcast.port.StoreException;
import io.backcast.store.entity.BaselineDateEntity;
import io.backcast.store.entity.CheckInEntity;
import io.backcast.store.entity.ShareLinkEntity;
import io.backcast.store.entity.ShareViewEntity;

/** Check-ins, baselines and share links: the records a plan keeps about itself. */
interface PlanRecordsStorageContract extends StorageFixture {

    Instant NOW = Instant.parse("2026-11-22T10:15:30Z");
    SecureRandom RANDOM = new SecureRandom();

    default CheckIn checkIn(Plan plan, SubjectKind kind, int subjectId, LocalDate date, Visibility visibility) {
        return new CheckIn(0, plan.id(), kind, subjectId, date, "ada", OutcomeState.ON_TRACK,
                "Cabling finished in hall A", "Hall B next", "Access points arrive Monday", "Survey by Friday", visibility);
    }

    @Test
    default void listsCheckInsOnASubjectNewestFirst() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        Milestone cabled = milestones().save(Milestone.create(plan.id(), "Network cabled", 10));
        CheckIn older = checkIns().save(checkIn(plan, SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2026, 11, 1), Visibility.PUBLIC));
        CheckIn newer = checkIns().save(checkIn(plan, SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2026, 11, 15), Visibility.INTERNAL));
        CheckIn onMilestone = checkIns().save(checkIn(plan, SubjectKind.MILESTONE, cabled.id(), LocalDate.of(2026, 11, 8), Visibility.PUBLIC));

        assertThat(checkIns().findBySubject(SubjectKind.OUTCOME, wifi.id())).containsExactly(newer, older);
        assertThat(checkIns().findByPlan(plan.id())).containsExactly(newer, onMilestone, older);
    }

    @Test
    default void updatesAndDeletesACheckIn() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        CheckIn saved = checkIns().save(checkIn(plan, SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2026, 11, 1), Visibility.INTERNAL));
        CheckIn edited = new CheckIn(saved.id(), plan.id(), SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2026, 11, 2), "grace",
                OutcomeState.AT_RISK, null, "Switches late", null, null, Visibility.PUBLIC);

        checkIns().save(edited);
        assertThat(checkIns().findBySubject(SubjectKind.OUTCOME, wifi.id())).containsExactly(edited);

        checkIns().delete(saved.id());
        assertThat(checkIns().findByPlan(plan.id())).isEmpty();
        assertThatThrownBy(() -> checkIns().delete(saved.id()))
                .isInstanceOf(NotFoundException.class).hasMessage("check-in " + saved.id() + " does not exist");
    }

    @Test
    default void refusesACheckInOnAnotherPlansOutcome() {
        Plan plan = newPlan("Fit-out");
        Plan other = newPlan("Other");
        Outcome foreign = outcomes().save(Outcome.create(other.id(), "Elsewhere", LocalDate.of(2027, 3, 14)));

        assertThatThrownBy(() -> checkIns().save(checkIn(plan, SubjectKind.OUTCOME, foreign.id(), LocalDate.of(2026, 11, 1), Visibility.PUBLIC)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("checkIn.subjectId names outcome " + foreign.id() + ", which is not in this plan");
        assertThat(db().rowCount(CheckInEntity.class)).isZero();
    }

    @Test
    default void deletingAnOutcomeTakesItsCheckInsAndBaselineDates() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        Milestone cabled = milestones().save(Milestone.create(plan.id(), "Network cabled", 10));
        checkIns().save(checkIn(plan, SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2026, 11, 1), Visibility.PUBLIC));
        CheckIn kept = checkIns().save(checkIn(plan, SubjectKind.MILESTONE, cabled.id(), LocalDate.of(2026, 11, 8), Visibility.PUBLIC));
        baselines().add(new Baseline(0, plan.id(), "Signed plan", NOW, List.of(
                new BaselineDate(SubjectKind.OUTCOME, wifi.id(), LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 12)),
                new BaselineDate(SubjectKind.MILESTONE, cabled.id(), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)))));

        outcomes().delete(wifi.id());

        assertThat(checkIns().findByPlan(plan.id())).containsExactly(kept);
        assertThat(db().rowCount(BaselineDateEntity.class)).isEqualTo(1);
    }

    @Test
    default void storesABaselineAndListsThemNewestFirst() {
        Plan plan = newPlan("Fit-out");
        Milestone cabled = milestones().save(Milestone.create(plan.id(), "Network cabled", 10));
        Baseline first = baselines().add(new Baseline(0, plan.id(), "Signed plan", NOW, List.of(
                new BaselineDate(SubjectKind.MILESTONE, cabled.id(), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)))));
        Baseline second = baselines().add(new Baseline(0, plan.id(), "After change request 3", NOW.plusSeconds(86_400), List.of()));

        assertThat(baselines().find(first.id())).contains(first);
        assertThat(baselines().findByPlan(plan.id())).containsExactly(second, first);
        assertThatThrownBy(() -> baselines().add(first))
                .isInstanceOf(ValidationException.class)
                .hasMessage("baseline.id must be 0: a saved baseline is never changed");

        baselines().delete(first.id());
        assertThat(baselines().findByPlan(plan.id())).containsExactly(second);
        assertThat(db().rowCount(BaselineDateEntity.class)).isZero();
    }

    @Test
    default void findsAShareLinkByTheHashOfItsTokenAndKeepsItsViewsAndRevocation() {
        Plan plan = newPlan("Fit-out");
        ShareToken token = ShareToken.generate(RANDOM);
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme facilities team", token, "ada", NOW,
                NOW.plusSeconds(30 * 86_400), Set.of()));

        ShareLink viewed = shareLinks().save(link.viewedAt(NOW.plusSeconds(60)).viewedAt(NOW.plusSeconds(120)));
        shareLinks().save(viewed.revokedAt(NOW.plusSeconds(3_600)));

        ShareLink read = shareLinks().findByTokenHash(ShareToken.hashOf(token.value())).orElseThrow();
        assertThat(read.viewCount()).isEqualTo(2);
        assertThat(read.lastViewedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(read.opensAt(NOW.plusSeconds(3_600))).isFalse();
        assertThat(read.allOutcomes()).isTrue();
        assertThat(shareLinks().findByTokenHash(ShareToken.hashOf("not-a-token"))).isEmpty();
    }

    @Test
    default void logsEachViewOfALinkWithItsTimeAndBrowserClassAndCountsThem() {
        Plan plan = newPlan("Fit-out");
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of()));

        shareLinks().recordView(link.id(), NOW.plusSeconds(60), "Mobile Safari");
        ShareView logged = shareLinks().recordView(link.id(), NOW.plusSeconds(120), "Chrome");

        ShareLink viewed = shareLinks().findByTokenHash(link.tokenHash()).orElseThrow();
        assertThat(logged.id()).isPositive();
        assertThat(logged.agent()).isEqualTo("Chrome");
        assertThat(viewed.viewCount()).isEqualTo(2);
        assertThat(viewed.lastViewedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(shareLinks().find(link.id()).orElseThrow()).isEqualTo(viewed);
        assertThat(shareLinks().views(link.id())).extracting(ShareView::viewedAt, ShareView::agent).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NOW.plusSeconds(120), "Chrome"),
                org.assertj.core.groups.Tuple.tuple(NOW.plusSeconds(60), "Mobile Safari"));
        assertThat(db().columns("AO_F1ABAE_SHARE_VIEW")).containsExactlyInAnyOrder("ID", "SHARE_LINK_ID", "VIEWED_AT", "AGENT_CLASS");
    }

    @Test
    default void viewsOfOneLinkAtTheSameTimeAreAllLoggedAndCountedWithoutDeadlock() throws Exception {
        Plan plan = newPlan("Fit-out");
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of()));
        int threads = 6;
        int each = 5;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        shareLinks().recordView(link.id(), NOW.plusSeconds(thread * 100L + i), "Chrome");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> future : done) {
                future.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(shareLinks().views(link.id())).hasSize(threads * each);
        ShareLink read = shareLinks().find(link.id()).orElseThrow();
        assertThat(read.viewCount()).isEqualTo(threads * each);
        assertThat(read.lastViewedAt()).isEqualTo(NOW.plusSeconds((threads - 1) * 100L + each - 1));
    }

    @Test
    default void anEarlierViewLoggedLateDoesNotMoveTheLastViewBack() {
        Plan plan = newPlan("Fit-out");
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of()));

        shareLinks().recordView(link.id(), NOW.plusSeconds(120), "Chrome");
        shareLinks().recordView(link.id(), NOW.plusSeconds(60), "Firefox");

        ShareLink viewed = shareLinks().find(link.id()).orElseThrow();
        assertThat(viewed.lastViewedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(viewed.viewCount()).isEqualTo(2);
    }

    @Test
    default void savingALinkReadWithLoggedViewsNeitherLosesNorDoublesThem() {
        Plan plan = newPlan("Fit-out");
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of())
                .viewedAt(NOW.plusSeconds(10)));
        shareLinks().recordView(link.id(), NOW.plusSeconds(60), "Chrome");
        ShareLink read = shareLinks().find(link.id()).orElseThrow();
        assertThat(read.viewCount()).isEqualTo(2);

        shareLinks().save(new ShareLink(read.id(), read.planId(), "Acme facilities", read.tokenHash(), read.createdBy(),
                read.createdAt(), read.expiresAt(), read.revokedAt(), read.allOutcomes(), read.outcomeIds(),
                read.lastViewedAt(), read.viewCount(), read.language()));

        ShareLink again = shareLinks().find(link.id()).orElseThrow();
        assertThat(again.label()).isEqualTo("Acme facilities");
        assertThat(again.viewCount()).isEqualTo(2);
        assertThat(again.lastViewedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    default void revokingKeepsTheFirstRevocationAndTheViewsCountedMeanwhile() {
        Plan plan = newPlan("Fit-out");
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of()));
        shareLinks().recordView(link.id(), NOW.plusSeconds(30), "Chrome");

        ShareLink revoked = shareLinks().revoke(link.id(), NOW.plusSeconds(60));
        ShareLink again = shareLinks().revoke(link.id(), NOW.plusSeconds(90));

        assertThat(revoked.revokedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(again).isEqualTo(revoked);
        assertThat(again.viewCount()).isEqualTo(1);
        assertThat(again.opensAt(NOW.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> shareLinks().revoke(link.id() + 1000, NOW)).isInstanceOf(NotFoundException.class);
    }

    @Test
    default void refusesAViewLogEntryWithMoreThanABrowserClassAndLogsNothing() {
        Plan plan = newPlan("Fit-out");
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "Acme", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of()));

        assertThatThrownBy(() -> shareLinks().recordView(link.id(), NOW,
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("shareView.agent");
        assertThat(db().rowCount(ShareViewEntity.class)).isZero();
        assertThat(shareLinks().find(link.id()).orElseThrow().viewCount()).isZero();
    }

    @Test
    default void deletesAShareLinkWithItsOutcomeList() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        ShareLink gone = shareLinks().save(ShareLink.create(plan.id(), "Gone", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of(wifi.id())));
        ShareLink kept = shareLinks().save(ShareLink.create(plan.id(), "Kept", ShareToken.generate(RANDOM), "ada", NOW, null, Set.of()));

        shareLinks().recordView(gone.id(), NOW.plusSeconds(5), "Chrome");
        shareLinks().recordView(kept.id(), NOW.plusSeconds(5), "Chrome");
        ShareLink keptViewed = shareLinks().find(kept.id()).orElseThrow();

        shareLinks().delete(gone.id());

        assertThat(shareLinks().findByPlan(plan.id())).containsExactly(keptViewed);
        assertThat(shareLinks().views(gone.id())).isEmpty();
        assertThat(shareLinks().views(kept.id())).hasSize(1);
        assertThat(shareLinks().findByTokenHash(gone.tokenHash())).isEmpty();
        assertThat(db().rowCount(io.backcast.store.entity.ShareLinkOutcomeEntity.class)).isZero();
        assertThat(outcomes().find(wifi.id())).isPresent();
    }

    @Test
    default void refusesTwoLinksWithTheSameTokenAndKeepsTheFirst() {
        Plan plan = newPlan("Fit-out");
        ShareToken token = ShareToken.generate(RANDOM);
        shareLinks().save(ShareLink.create(plan.id(), "First", token, "ada", NOW, null, Set.of()));

        assertThatThrownBy(() -> shareLinks().save(ShareLink.create(plan.id(), "Second", token, "ada", NOW, null, Set.of())))
                .isInstanceOf(StoreException.class);
        assertThat(shareLinks().findByPlan(plan.id())).extracting(ShareLink::label).containsExactly("First");
        assertThat(db().rowCount(ShareLinkEntity.class)).isEqualTo(1);
    }

    @Test
    default void aLinkRestrictedToADeletedOutcomeShowsNothingRatherThanEverything() {
        Plan plan = newPlan("Fit-out");
        Outcome wifi = outcomes().save(Outcome.create(plan.id(), "WiFi's up", LocalDate.of(2027, 3, 14)));
        Outcome lan = outcomes().save(Outcome.create(plan.id(), "Machines are on the network", LocalDate.of(2027, 3, 14)));
        ShareLink link = shareLinks().save(ShareLink.create(plan.id(), "WiFi contractor", ShareToken.generate(RANDOM), "ada",
                NOW, null, Set.of(wifi.id())));
        assertThat(shareLinks().find(link.id()).orElseThrow().outcomeIds()).containsExactly(wifi.id());

        outcomes().delete(wifi.id());

        ShareLink read = shareLinks().find(link.id()).orElseThrow();
        assertThat(read.allOutcomes()).isFalse();
        assertThat(read.outcomeIds()).isEmpty();
        assertThat(outcomes().find(lan.id())).isPresent();
    }
}
