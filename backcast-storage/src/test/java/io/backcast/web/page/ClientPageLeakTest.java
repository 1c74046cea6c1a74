package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.backcast.model.CheckIn;
import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.StateOverride;
import io.backcast.model.StatusCategory;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.AccessPolicy;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.TestAccess;
import io.backcast.port.Viewer;
import io.backcast.rollup.PhraseBook;
import io.backcast.service.CheckInService;
import io.backcast.service.PlanService;
import io.backcast.service.ShareService;
import io.backcast.service.StatusView;
import io.backcast.storage.EntityManagerStore;
import io.backcast.storage.H2Stores;
import io.backcast.web.Json;

/**
 * The leak test (design §6): for many generated plans full of distinctive issue keys, issue
 * types and resolutions, JQL, deliverable names, why-texts, internal check-ins, people's names
 * (check-in and override authors, the link's maker), link labels and baseline names, the client
 * status page a share link opens, rendered as HTML, holds none of them, and neither does the
 * status view behind it. A link for some outcomes shows nothing of the others: their phrases,
 * owners, public check-ins and the milestones that feed only them. What a client may read
 * (outcome phrases, milestone names, owners' names, public check-ins) does appear, so the test
 * cannot pass by showing nothing.
 */
class ClientPageLeakTest {

    private static final long SEED = 20_261_122L;
    private static final int PLANS = 120;
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);

    private static final AccessPolicy TEAM = TestAccess.of(viewer -> true, viewer -> viewer.userKey().startsWith("editor"));

    /** One generated plan: its status page and what must and must not be on it. */
    private record Case(int index, boolean restricted, String html, String json, Set<String> secret, Set<String> shown) {
    }

    private static EntityManagerStore store;
    private static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void generateSharedPlans() {
        store = H2Stores.migrated("leak");
        InMemoryWorkSource work = new InMemoryWorkSource();
        java.time.Clock clock = java.time.Clock.fixed(NOW, ZoneOffset.UTC);
        PlanService plans = new PlanService(store, work, TEAM, clock, PhraseBook.english());
        CheckInService checkIns = new CheckInService(store, TEAM, clock);
        ShareService shares = new ShareService(store, new PlanService(store, work, TEAM, clock, PhraseBook.english()), TEAM, clock, PhraseBook.english(), new SecureRandom());
        Pages pages = new Pages();
        Random random = new Random(SEED);
        Generator names = new Generator(random);
        long[] nextIssueId = {1};
        for (int i = 0; i < PLANS; i++) {
            CASES.add(generate(i, random, names, nextIssueId, work, plans, checkIns, shares, pages));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Distinctive words no template, message or other value could hold by chance. */
    private static final class Generator {
        private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
        private final Random random;
        private final Set<String> used = new HashSet<>();

        Generator(Random random) {
            this.random = random;
        }

        String word(int length) {
            while (true) {
                StringBuilder out = new StringBuilder(length);
                for (int i = 0; i < length; i++) {
                    out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                if (used.add(out.toString())) {
                    return out.toString();
                }
            }
        }

        String projectKey() {
            String key;
            do {
                StringBuilder out = new StringBuilder("Z");
                for (int i = 0; i < 6; i++) {
                    out.append((char) ('A' + random.nextInt(26)));
                }
                key = out.toString();
            } while (!used.add(key));
            return key;
        }
    }

    private static Case generate(int index, Random random, Generator g, long[] nextIssueId, InMemoryWorkSource work,
                                 PlanService plans, CheckInService checkIns, ShareService shares, Pages pages) {
        Set<String> secret = new LinkedHashSet<>();
        Set<String> shown = new LinkedHashSet<>();
        String projectKey = g.projectKey();
        secret.add(projectKey);
        Viewer editor = new Viewer("editor" + g.word(10));
        secret.add(editor.userKey());
        Plan plan = plans.savePlan(editor, Plan.create(projectKey, "Plan " + g.word(12))
                .withClientName(random.nextBoolean() ? "Client " + g.word(12) : null));
        shown.add(plan.name());

        // outcomes, each with owners, a why, maybe an override by someone, maybe its own wording
        int outcomeCount = 1 + random.nextInt(4);
        List<Outcome> outcomes = new ArrayList<>();
        for (int o = 0; o < outcomeCount; o++) {
            String why = "Why " + g.word(14);
            secret.add(why);
            Outcome outcome = Outcome.create(plan.id(), "Outcome " + g.word(12), TODAY.plusDays(5 + random.nextInt(120)))
                    .withWhy(why).withOwners("Owner " + g.word(10), random.nextBoolean() ? "Cover " + g.word(10) : null)
                    .withSortOrder(o);
            if (random.nextInt(4) == 0) {
                String overrider = "overrider" + g.word(10);
                secret.add(overrider);
                outcome = outcome.withOverride(new StateOverride(OutcomeState.values()[random.nextInt(5)], overrider,
                        "Override " + g.word(12), NOW.plus(Duration.ofDays(10))));
            }
            if (random.nextInt(5) == 0) {
                outcome = outcome.withPhraseTemplates(Map.of(OutcomeState.values()[random.nextInt(5)],
                        "{outcome} is " + g.word(8) + " ({reason})"));
            }
            outcomes.add(plans.saveOutcome(editor, outcome));
        }

        // which outcomes the link shows: all, or a random non-empty part
        boolean restricted = outcomeCount > 1 && random.nextBoolean();
        Set<Integer> visible = new HashSet<>();
        for (Outcome outcome : outcomes) {
            if (!restricted || random.nextBoolean()) {
                visible.add(outcome.id());
            }
        }
        if (visible.isEmpty()) {
            visible.add(outcomes.get(0).id());
        }
        for (Outcome outcome : outcomes) {
            Set<String> side = visible.contains(outcome.id()) ? shown : secret;
            side.add(outcome.phrase());
            side.add(outcome.owner());
            if (outcome.secondaryOwner() != null) {
                side.add(outcome.secondaryOwner());
            }
        }

        // milestones: earlier ones may precede later ones (no cycles); each feeds some outcomes, or none
        int milestoneCount = random.nextInt(6);
        List<Milestone> milestones = new ArrayList<>();
        for (int m = 0; m < milestoneCount; m++) {
            List<Dependency> predecessors = new ArrayList<>();
            for (Milestone earlier : milestones) {
                if (random.nextInt(3) == 0) {
                    predecessors.add(new Dependency(earlier.id(), DependencyType.values()[random.nextInt(4)], random.nextInt(3)));
                }
            }
            Set<Integer> feeds = new HashSet<>();
            for (Outcome outcome : outcomes) {
                if (random.nextInt(3) == 0) {
                    feeds.add(outcome.id());
                }
            }
            Milestone milestone = Milestone.create(plan.id(), "Milestone " + g.word(12), random.nextInt(8))
                    .withExternal(random.nextInt(5) == 0).withOwners(random.nextBoolean() ? "Owner " + g.word(10) : null, null)
                    .withPredecessors(predecessors).withOutcomes(feeds).withSortOrder(m);
            milestones.add(plans.saveMilestone(editor, milestone));
        }
        Set<Integer> shownMilestones = feeders(milestones, visible);
        for (Milestone milestone : milestones) {
            Set<String> side = shownMilestones.contains(milestone.id()) ? shown : secret;
            side.add(milestone.name());
            if (milestone.owner() != null) {
                side.add(milestone.owner());
            }
        }

        // deliverables with Jira work: issue keys, epics with children, JQL; types and resolutions
        for (Outcome outcome : outcomes) {
            int deliverableCount = random.nextInt(4);
            for (int d = 0; d < deliverableCount; d++) {
                List<WorkLink> links = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                int items = 1 + random.nextInt(4);
                for (int k = 0; k < items; k++) {
                    String key = projectKey + "-" + (1000 + nextIssueId[0]);
                    String type = "Type" + g.word(10);
                    String resolution = random.nextBoolean() ? "Resolution" + g.word(10) : null;
                    StatusCategory status = StatusCategory.values()[random.nextInt(StatusCategory.values().length)];
                    WorkItem item = WorkItem.task(nextIssueId[0]++, key, NOW.minus(Duration.ofDays(random.nextInt(30))))
                            .withStatus(status, status == StatusCategory.DONE ? resolution : null)
                            .withStoryPoints(random.nextBoolean() ? (double) (1 + random.nextInt(8)) : null)
                            .withImpediments(random.nextInt(6) == 0, random.nextInt(8) == 0);
                    item = new WorkItem(item.id(), item.key(), type, item.hierarchy(), item.statusCategory(), item.resolution(),
                            item.storyPoints(), item.originalEstimate(), item.remainingEstimate(), item.timeSpent(),
                            item.parentId(), item.epicId(), item.flagged(), item.blocked(), item.updated());
                    work.put(item);
                    keys.add(key);
                    secret.add(key);
                    secret.add(type);
                    if (item.resolution() != null) {
                        secret.add(item.resolution());
                    }
                }
                switch (random.nextInt(3)) {
                    case 0 -> keys.forEach(key -> links.add(WorkLink.issue(key)));
                    case 1 -> {
                        String jql = "project = " + projectKey + " AND labels = jql" + g.word(10);
                        work.answer(jql, keys.toArray(new String[0]));
                        links.add(WorkLink.jql(jql));
                        secret.add(jql);
                        secret.add(jql.substring(jql.indexOf("jql")));
                    }
                    default -> {
                        String epicKey = projectKey + "-" + (1000 + nextIssueId[0]);
                        WorkItem epic = WorkItem.task(nextIssueId[0]++, epicKey, NOW).asEpic();
                        work.put(epic);
                        for (String key : keys) {
                            WorkItem child = work.workFor(List.of(WorkLink.issue(key)), editor).get(0);
                            work.put(child.inEpic(epic.id()));
                        }
                        links.add(WorkLink.epic(epicKey));
                        secret.add(epicKey);
                    }
                }
                String name = "Deliverable " + g.word(12);
                secret.add(name);
                Integer milestoneId = milestones.isEmpty() || random.nextBoolean() ? null
                        : milestones.get(random.nextInt(milestones.size())).id();
                plans.saveDeliverable(editor, Deliverable.create(outcome.id(), name).withWeight(1 + random.nextInt(3))
                        .withMilestone(milestoneId).withWorkLinks(links).withSortOrder(d));
            }
        }

        // check-ins: internal ones (never shown) and public ones (shown when about something shown); authors never
        List<Object[]> subjects = new ArrayList<>();
        outcomes.forEach(o -> subjects.add(new Object[] {SubjectKind.OUTCOME, o.id(), visible.contains(o.id())}));
        milestones.forEach(m -> subjects.add(new Object[] {SubjectKind.MILESTONE, m.id(), shownMilestones.contains(m.id())}));
        int checkInCount = random.nextInt(6);
        for (int c = 0; c < checkInCount; c++) {
            Object[] subject = subjects.get(random.nextInt(subjects.size()));
            Visibility visibility = random.nextBoolean() ? Visibility.PUBLIC : Visibility.INTERNAL;
            String text = (visibility == Visibility.PUBLIC ? "Public " : "Internal ") + g.word(14);
            Viewer author = new Viewer("editorAuthor" + g.word(10));
            secret.add(author.userKey());
            checkIns.save(author, new CheckIn(0, plan.id(), (SubjectKind) subject[0], (int) subject[1],
                    TODAY.minusDays(random.nextInt(40)), author.userKey(), random.nextBoolean() ? OutcomeState.AT_RISK : null,
                    random.nextBoolean() ? text : null, text, null, null, visibility));
            (visibility == Visibility.PUBLIC && (boolean) subject[2] ? shown : secret).add(text);
        }

        // records the page never shows: a baseline, the link's label
        String baseline = "Baseline " + g.word(12);
        secret.add(baseline);
        plans.saveBaseline(editor, plan.id(), baseline);
        String label = "Label " + g.word(12);
        secret.add(label);

        ShareService.NewShareLink link = shares.create(editor, plan.id(), label,
                random.nextBoolean() ? NOW.plus(Duration.ofDays(30)) : null, restricted ? visible : Set.of());
        StatusView status = shares.open(link.token(), "Mozilla/5.0 (iPhone) Version/17.4 Mobile/15E148 Safari/604.1")
                .orElseThrow();
        String html = pages.status(status, new PageContext("", null, null, null));
        secret.add(link.token());
        secret.add(link.link().tokenHash());
        secret.removeAll(shown); // a name that is both (it cannot be: every word is new) would make the test wrong
        return new Case(index, restricted, html, Json.write(status), secret, shown);
    }

    private static Set<Integer> feeders(List<Milestone> milestones, Set<Integer> outcomeIds) {
        Set<Integer> feeding = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Milestone m : milestones) {
                boolean feeds = m.outcomeIds().stream().anyMatch(outcomeIds::contains);
                for (Milestone successor : milestones) {
                    if (feeding.contains(successor.id())
                            && successor.predecessors().stream().anyMatch(d -> d.predecessorId() == m.id())) {
                        feeds = true;
                    }
                }
                if (feeds && feeding.add(m.id())) {
                    grew = true;
                }
            }
        }
        return feeding;
    }

    @Test
    void generatesEnoughPlansOfEveryKind() {
        assertThat(CASES).hasSize(PLANS);
        assertThat(CASES).filteredOn(Case::restricted).hasSizeGreaterThan(20);
        assertThat(CASES).filteredOn(c -> !c.restricted()).hasSizeGreaterThan(20);
        assertThat(CASES.stream().mapToInt(c -> c.secret().size()).sum()).isGreaterThan(PLANS * 10);
    }

    @Test
    void theClientPageHoldsNothingInternal() {
        for (Case c : CASES) {
            String text = Jsoup.parse(c.html()).text();
            for (String secret : c.secret()) {
                assertThat(c.html()).as("plan %d (seed %d) leaks '%s'", c.index(), SEED, secret).doesNotContain(secret);
                assertThat(text).as("plan %d (seed %d) leaks '%s' in its text", c.index(), SEED, secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void theStatusViewBehindThePageHoldsNothingInternalEither() {
        for (Case c : CASES) {
            for (String secret : c.secret()) {
                assertThat(c.json()).as("plan %d (seed %d) status view leaks '%s'", c.index(), SEED, secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void theClientPageShowsWhatTheClientMayRead() {
        for (Case c : CASES) {
            String text = Jsoup.parse(c.html()).text();
            for (String shown : c.shown()) {
                assertThat(text).as("plan %d (seed %d) should show '%s'", c.index(), SEED, shown).contains(shown);
            }
        }
    }
}
