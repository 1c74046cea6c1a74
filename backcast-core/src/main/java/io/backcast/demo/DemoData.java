package io.backcast.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.backcast.model.CheckIn;
import io.backcast.model.Deliverable;
import io.backcast.model.Dependency;
import io.backcast.model.DependencyType;
import io.backcast.model.Milestone;
import io.backcast.model.Outcome;
import io.backcast.model.OutcomeState;
import io.backcast.model.Plan;
import io.backcast.model.RollupPolicy;
import io.backcast.model.StatusCategory;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkCalendar;
import io.backcast.model.WorkItem;
import io.backcast.model.WorkLink;
import io.backcast.port.EntityStore;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.store.CheckInRepository;
import io.backcast.store.DeliverableRepository;
import io.backcast.store.MilestoneRepository;
import io.backcast.store.OutcomeRepository;
import io.backcast.store.PlanRepository;

/**
 * The demo plan: an IT fit-out of a new plant for Acme Manufacturing, with its Jira work in
 * projects NET and SEC. Every date is relative to the day it is installed, so the demo always
 * looks alive: planned for that day it shows one outcome on track ("Users can access the web
 * servers securely"), one at risk ("WiFi's up": two days of float) and one off track
 * ("Machines are on the network": the client moved "Power on").
 *
 * <p>Dates are counted in working days from the last working day before today (day 0), so
 * the schedule is the same whatever weekday today is, and every actual date is a past working
 * day. In those numbers (T = 1 is the first working day on or after today):
 * <pre>
 *  Building handed over    external, point, done on −30
 *  Site survey             4 d, FS after handover, done −27..−24
 *  Network cabled          20 d, FS +3 after handover, in progress since −9: 10 d left → ends 10
 *  Power on                external, point, SNET 38 (the client's date), FS after handover
 *  Switch stacks configured 8 d, FS −4 (a lead) after cabling → 7..14
 *  Access points installed 8 d, FS after cabling, SS +2 after switches, SNET 17 (APs arrive) → 17..24
 *  Wireless controller     6 d, FS after the survey, FF +4 after the access points → ends 28
 *  Machines connected      6 d, FS after power on and after switches → 39..44
 *  Firewall rules live     5 d, FS after switches, FNLT 30 (security audit)
 *  Reverse proxy in service 4 d, FS after the firewall
 *  WiFi's up 30 (float 2: at risk) · Machines on the network 40 (float −4: off track)
 *  · Web servers 50 (smallest float feeding it 8: on track)
 * </pre>
 * The work of milestones that have not started is kept where it cannot move them earlier than
 * these numbers say (to do, or behind a finish-to-finish link).
 */
public final class DemoData {

    public static final String PROJECT_KEY = "FIT";
    public static final String PLAN_NAME = "New plant IT fit-out";
    public static final String CLIENT_NAME = "Acme Manufacturing";

    public static final String WIFI = "WiFi's up";
    public static final String MACHINES = "Machines are on the network";
    public static final String WEB_SERVERS = "Users can access the web servers securely";

    static final String JQL_CONTROLLER = "project = NET AND component = \"Wireless controller\" ORDER BY Rank";
    static final String JQL_PLANT_FLOOR = "project = NET AND labels = plant-floor ORDER BY Rank";
    static final String JQL_PKI = "project = SEC AND component = PKI ORDER BY key";

    private static final long NET = 10_000;
    private static final long SEC = 20_000;
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DemoData() {
    }

    /**
     * Creates the demo plan in one transaction unless a plan of project {@value #PROJECT_KEY}
     * named {@value #PLAN_NAME} exists, in which case that one is returned unchanged.
     */
    public static Plan install(EntityStore store, LocalDate today) {
        return store.inTransaction(() -> {
            PlanRepository plans = new PlanRepository(store);
            Optional<Plan> existing = plans.findByProject(PROJECT_KEY).stream()
                    .filter(plan -> plan.name().equalsIgnoreCase(PLAN_NAME)).findFirst();
            return existing.orElseGet(() -> create(store, today));
        });
    }

    /** The demo's Jira issues (projects NET and SEC), with the answers to the demo's JQL links. */
    public static InMemoryWorkSource work(LocalDate today, Instant now) {
        InMemoryWorkSource source = new InMemoryWorkSource().put(items(now));
        jqlAnswers().forEach((jql, keys) -> source.answer(jql, keys.toArray(String[]::new)));
        return source;
    }

    /** The calendar of a demo installed on {@code today}: Monday to Friday and three holidays around it. */
    public static WorkCalendar calendar(LocalDate today) {
        WorkCalendar weekdays = WorkCalendar.MONDAY_TO_FRIDAY;
        return WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(
                weekdays.addWorkingDays(today, -13),  // a public holiday a few weeks back
                weekdays.addWorkingDays(today, 22),   // one next month
                weekdays.addWorkingDays(today, 44))); // the plant's shutdown day
    }

    /** What each JQL link of the demo finds, in Jira's order. */
    static Map<String, List<String>> jqlAnswers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put(JQL_CONTROLLER, keys("NET", 20, 24));
        answers.put(JQL_PLANT_FLOOR, keys("NET", 60, 66));
        answers.put(JQL_PKI, keys("SEC", 10, 14));
        return answers;
    }

    private static List<String> keys(String project, int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            keys.add(project + "-" + n);
        }
        return keys;
    }

    // ---------------------------------------------------------------- the plan

    private static Plan create(EntityStore store, LocalDate today) {
        WorkCalendar calendar = calendar(today);
        Days day = new Days(calendar, today);
        Plan plan = new PlanRepository(store).save(Plan.create(PROJECT_KEY, PLAN_NAME)
                .withClientName(CLIENT_NAME)
                .withCalendar(calendar)
                .withPolicy(RollupPolicy.DEFAULT.withWeightMethod(WeightMethod.STORY_POINTS).withPartialCredit(true)));
        int planId = plan.id();

        OutcomeRepository outcomes = new OutcomeRepository(store);
        Outcome wifi = outcomes.save(Outcome.create(planId, WIFI, day.at(30))
                .withWhy("Forklift scanners, handhelds and the quality tablets all run on WiFi: without it the "
                        + "warehouse cannot receive goods and the first production run cannot be booked.")
                .withOwners("dana.lee", "sam.patel").withSortOrder(1));
        Outcome machines = outcomes.save(Outcome.create(planId, MACHINES, day.at(40))
                .withWhy("The CNC lines and the paint shop take their jobs from the MES over the network; every "
                        + "day they are offline is a day of production planned on paper.")
                .withOwners("sam.patel", "priya.nair").withSortOrder(2));
        Outcome web = outcomes.save(Outcome.create(planId, WEB_SERVERS, day.at(50))
                .withWhy("Suppliers book deliveries and staff read work instructions on the plant's web servers; "
                        + "the security audit requires every one of them behind the firewall and on TLS.")
                .withOwners("jordan.kim", "dana.lee").withSortOrder(3));

        MilestoneRepository milestones = new MilestoneRepository(store);
        Milestone handover = milestones.save(Milestone.create(planId, "Building handed over", 0)
                .withExternal(true).withOwners("maria.gomez", "dana.lee")
                .withActuals(day.at(-30), day.at(-30)).withSortOrder(1));
        Milestone survey = milestones.save(Milestone.create(planId, "Site survey", 4)
                .withOwners("dana.lee", "sam.patel")
                .withPredecessors(List.of(Dependency.after(handover.id())))
                .withActuals(day.at(-27), day.at(-24))
                .withOutcomes(Set.of(wifi.id())).withSortOrder(2));
        Milestone cabled = milestones.save(Milestone.create(planId, "Network cabled", 20)
                .withOwners("sam.patel", "alex.wong")
                .withPredecessors(List.of(new Dependency(handover.id(), DependencyType.FS, 3)))
                .withActuals(day.at(-9), null)
                .withOutcomes(Set.of(machines.id())).withSortOrder(3));
        Milestone power = milestones.save(Milestone.create(planId, "Power on", 0)
                .withExternal(true).withOwners("maria.gomez", "sam.patel")
                .withConstraints(day.at(38), null)
                .withPredecessors(List.of(Dependency.after(handover.id())))
                .withSortOrder(4));
        Milestone switches = milestones.save(Milestone.create(planId, "Switch stacks configured", 8)
                .withOwners("alex.wong", "sam.patel")
                .withPredecessors(List.of(new Dependency(cabled.id(), DependencyType.FS, -4)))
                .withOutcomes(Set.of(machines.id())).withSortOrder(5));
        Milestone accessPoints = milestones.save(Milestone.create(planId, "Access points installed", 8)
                .withOwners("dana.lee", "alex.wong")
                .withConstraints(day.at(17), null)
                .withPredecessors(List.of(Dependency.after(cabled.id()),
                        new Dependency(switches.id(), DependencyType.SS, 2)))
                .withOutcomes(Set.of(wifi.id())).withSortOrder(6));
        Milestone controller = milestones.save(Milestone.create(planId, "Wireless controller configured", 6)
                .withOwners("dana.lee", "jordan.kim")
                .withPredecessors(List.of(Dependency.after(survey.id()),
                        new Dependency(accessPoints.id(), DependencyType.FF, 4)))
                .withOutcomes(Set.of(wifi.id())).withSortOrder(7));
        Milestone connected = milestones.save(Milestone.create(planId, "Machines connected", 6)
                .withOwners("sam.patel", "priya.nair")
                .withPredecessors(List.of(Dependency.after(power.id()), Dependency.after(switches.id())))
                .withOutcomes(Set.of(machines.id())).withSortOrder(8));
        Milestone firewall = milestones.save(Milestone.create(planId, "Firewall rules live", 5)
                .withOwners("jordan.kim", "priya.nair")
                .withConstraints(null, day.at(30))
                .withPredecessors(List.of(Dependency.after(switches.id())))
                .withOutcomes(Set.of(web.id())).withSortOrder(9));
        Milestone proxy = milestones.save(Milestone.create(planId, "Reverse proxy in service", 4)
                .withOwners("jordan.kim", "alex.wong")
                .withPredecessors(List.of(Dependency.after(firewall.id())))
                .withOutcomes(Set.of(web.id())).withSortOrder(10));

        DeliverableRepository deliverables = new DeliverableRepository(store);
        deliverables.save(Deliverable.create(wifi.id(), "Site survey signed off").withWeight(1)
                .withMilestone(survey.id()).withSortOrder(1)
                .withWorkLinks(List.of(WorkLink.issue("NET-1"), WorkLink.issue("NET-2"))));
        deliverables.save(Deliverable.create(wifi.id(), "Access points installed").withWeight(3)
                .withMilestone(accessPoints.id()).withSortOrder(2)
                .withWorkLinks(List.of(WorkLink.epic("NET-10"))));
        deliverables.save(Deliverable.create(wifi.id(), "Wireless controller configured").withWeight(2)
                .withMilestone(controller.id()).withSortOrder(3)
                .withWorkLinks(List.of(WorkLink.jql(JQL_CONTROLLER))));
        deliverables.save(Deliverable.create(machines.id(), "Cabling certified").withWeight(3)
                .withMilestone(cabled.id()).withSortOrder(1)
                .withWorkLinks(List.of(WorkLink.epic("NET-30"))));
        deliverables.save(Deliverable.create(machines.id(), "Switch stacks configured").withWeight(2)
                .withMilestone(switches.id()).withSortOrder(2)
                .withWorkLinks(List.of(WorkLink.issue("NET-50"), WorkLink.issue("NET-51"), WorkLink.issue("NET-52"))));
        deliverables.save(Deliverable.create(machines.id(), "Plant-floor machines patched in").withWeight(2)
                .withMilestone(connected.id()).withSortOrder(3)
                .withWorkLinks(List.of(WorkLink.jql(JQL_PLANT_FLOOR))));
        deliverables.save(Deliverable.create(web.id(), "Firewall rules live").withWeight(2)
                .withMilestone(firewall.id()).withSortOrder(1)
                .withWorkLinks(List.of(WorkLink.issue("SEC-1"), WorkLink.issue("SEC-2"), WorkLink.issue("SEC-3"),
                        WorkLink.issue("SEC-4"), WorkLink.issue("SEC-5"))));
        deliverables.save(Deliverable.create(web.id(), "TLS certificates deployed").withWeight(1)
                .withSortOrder(2)
                .withWorkLinks(List.of(WorkLink.jql(JQL_PKI))));
        deliverables.save(Deliverable.create(web.id(), "Reverse proxy in service").withWeight(2)
                .withMilestone(proxy.id()).withSortOrder(3)
                .withWorkLinks(List.of(WorkLink.epic("SEC-20"))));

        CheckInRepository checkIns = new CheckInRepository(store);
        LocalDate apsArrive = day.at(17);
        LocalDate powerOn = day.at(38);
        checkIns.save(new CheckIn(0, planId, SubjectKind.OUTCOME, wifi.id(), day.at(-7), "dana.lee", OutcomeState.ON_TRACK,
                "Site survey signed off by Acme; AP positions agreed for both halls.",
                "Access points are ordered; the supplier confirmed delivery for " + day.show(apsArrive) + ".",
                "Mount the access points as soon as they arrive, then tune the controller.",
                null, Visibility.PUBLIC));
        checkIns.save(new CheckIn(0, planId, SubjectKind.OUTCOME, wifi.id(), day.at(-2), "dana.lee", OutcomeState.AT_RISK,
                "The AP delivery date held, but it leaves the controller tuning only two days before go-live.",
                "At risk: two working days of float. Ceiling access in hall B is still not arranged.",
                "Pre-stage the controller config so tuning can start the day the first APs hang.",
                "Acme facilities to confirm a scissor lift for hall B by Friday.", Visibility.INTERNAL));
        checkIns.save(new CheckIn(0, planId, SubjectKind.OUTCOME, machines.id(), day.at(-1), "sam.patel", OutcomeState.OFF_TRACK,
                "Cabling is half done and the switch stacks are staged.",
                "Acme moved power on to " + day.show(powerOn) + ", so the machines can only be connected after "
                        + "the date they are needed.",
                "We will connect the CNC lines first, in the six days after power on.",
                "We asked Acme whether temporary power for line 1 is possible.", Visibility.PUBLIC));
        checkIns.save(new CheckIn(0, planId, SubjectKind.OUTCOME, web.id(), day.at(-3), "jordan.kim", OutcomeState.ON_TRACK,
                "Internal CA is up and the first certificates are issued.",
                "Firewall rule matrix agreed with Acme security; DMZ rules are being written.",
                "Reverse proxy configuration for the MES web UI next.",
                null, Visibility.PUBLIC));
        checkIns.save(new CheckIn(0, planId, SubjectKind.MILESTONE, cabled.id(), day.at(-1), "alex.wong", null,
                "Copper runs in both halls are pulled; IDF-1 is terminated.",
                "Fibre certification waits for the OTDR rental.",
                "Finish IDF-2 and certify the copper runs this week.",
                null, Visibility.INTERNAL));
        checkIns.save(new CheckIn(0, planId, SubjectKind.MILESTONE, power.id(), day.at(-4), "maria.gomez", null,
                null, "The utility's transformer delivery slipped; Acme now expects power on " + day.show(powerOn) + ".",
                null, null, Visibility.PUBLIC));
        return plan;
    }

    /** Working days counted from the last working day before today (day 0). */
    private static final class Days {
        private final WorkCalendar calendar;
        private final LocalDate dayZero;

        Days(WorkCalendar calendar, LocalDate today) {
            this.calendar = calendar;
            this.dayZero = calendar.previousWorkingDay(today.minusDays(1));
        }

        LocalDate at(int workingDays) {
            return calendar.addWorkingDays(dayZero, workingDays);
        }

        String show(LocalDate date) {
            return SHORT_DATE.format(date);
        }
    }

    // ---------------------------------------------------------------- the Jira issues

    /** About sixty issues in mixed states: done, in progress, to do, flagged, unestimated, sub-tasks, epics. */
    static List<WorkItem> items(Instant now) {
        Issues net = new Issues("NET", NET, now);
        Issues sec = new Issues("SEC", SEC, now);
        List<WorkItem> all = new ArrayList<>();

        // Site survey (done): NET-2 counts through its sub-tasks
        all.add(net.item(1, 26).done().withStoryPoints(3.0));
        all.add(net.item(2, 24).done().withStoryPoints(5.0));
        all.add(net.item(3, 25).asSubtaskOf(net.id(2)).done().withStoryPoints(2.0));
        all.add(net.item(4, 24).asSubtaskOf(net.id(2)).done().withStoryPoints(3.0));

        // Access point roll-out: an epic whose children wait for the access points to arrive
        all.add(net.item(10, 3).asEpic());
        all.add(net.item(11, 3).inEpic(net.id(10)).withStoryPoints(5.0));  // mount APs, hall A
        all.add(net.item(12, 3).inEpic(net.id(10)).withStoryPoints(5.0));  // mount APs, hall B
        all.add(net.item(13, 4).inEpic(net.id(10)).withStoryPoints(3.0));  // warehouse
        all.add(net.item(14, 4).inEpic(net.id(10)).withStoryPoints(3.0));  // offices
        all.add(net.item(15, 5).inEpic(net.id(10)).withStoryPoints(2.0));  // patch APs to PoE ports
        all.add(net.item(16, 5).inEpic(net.id(10)));                       // label APs: not estimated
        all.add(net.item(17, 1).inEpic(net.id(10)).withStoryPoints(2.0)
                .withImpediments(true, false));                            // ceiling access, hall B
        all.add(net.item(18, 6).inEpic(net.id(10)));                       // AP firmware baseline

        // Wireless controller (JQL)
        all.add(net.item(20, 9).done().withStoryPoints(2.0));              // licences bought
        all.add(net.item(21, 1).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(3.0)
                .withTime(hours(8), hours(4), hours(4)));                  // HA pair racked
        all.add(net.item(22, 2).withStoryPoints(5.0));                     // SSID and VLAN design
        all.add(net.item(23, 2));                                          // RADIUS: not estimated
        all.add(net.item(24, 1).withStoryPoints(2.0).withImpediments(true, false)); // guest portal

        // Structured cabling: an epic, NET-36 counting through its sub-tasks
        all.add(net.item(30, 1).asEpic().withStatus(StatusCategory.IN_PROGRESS, null));
        all.add(net.item(31, 8).inEpic(net.id(30)).done().withStoryPoints(8.0));
        all.add(net.item(32, 6).inEpic(net.id(30)).done().withStoryPoints(8.0));
        all.add(net.item(33, 0).inEpic(net.id(30)).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(13.0)
                .withTime(hours(24), hours(8), hours(16)));               // fibre backbone
        all.add(net.item(34, 4).inEpic(net.id(30)).done().withStoryPoints(5.0));
        all.add(net.item(35, 1).inEpic(net.id(30)).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(5.0));
        all.add(net.item(36, 1).inEpic(net.id(30)).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(8.0));
        all.add(net.item(37, 2).asSubtaskOf(net.id(36)).done().withStoryPoints(3.0));
        all.add(net.item(38, 0).asSubtaskOf(net.id(36)).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(3.0)
                .withTime(hours(6), hours(3), hours(3)));
        all.add(net.item(39, 1).asSubtaskOf(net.id(36)));                 // not estimated
        all.add(net.item(40, 1).inEpic(net.id(30)).withStoryPoints(5.0)
                .withImpediments(true, false));                            // fibre certification: no OTDR yet
        all.add(net.item(41, 5).inEpic(net.id(30)));                       // labelling: not estimated
        all.add(net.item(42, 19).inEpic(net.id(30)).withStoryPoints(3.0)); // as-built drawings, untouched for weeks

        // Switch stacks: NET-52 counts through its sub-tasks
        all.add(net.item(50, 1).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(3.0)
                .withTime(hours(8), hours(6), hours(2)));                  // core stack template
        all.add(net.item(51, 3).withStoryPoints(5.0));
        all.add(net.item(52, 3));
        all.add(net.item(53, 3).asSubtaskOf(net.id(52)).withStoryPoints(2.0));
        all.add(net.item(54, 3).asSubtaskOf(net.id(52)));                 // not estimated

        // Plant-floor machines (JQL): all waiting for power
        all.add(net.item(60, 2).withStoryPoints(5.0));                     // CNC line 1
        all.add(net.item(61, 2).withStoryPoints(5.0));                     // CNC line 2
        all.add(net.item(62, 1).withStoryPoints(8.0).withImpediments(true, false)); // paint shop PLCs: vendor access
        all.add(net.item(63, 2).withStoryPoints(3.0).withImpediments(false, true)); // packaging line: blocked
        all.add(net.item(64, 4));                                          // MAC inventory: not estimated
        all.add(net.item(65, 4).withStoryPoints(2.0));
        all.add(net.item(66, 7));                                          // label drops: not estimated

        // Firewall (issue keys)
        all.add(sec.item(1, 12).done().withStoryPoints(3.0));              // rule matrix agreed
        all.add(sec.item(2, 9).done().withStoryPoints(5.0));               // HA pair installed
        all.add(sec.item(3, 0).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(5.0)
                .withTime(hours(16), hours(10), hours(6)));                // DMZ rules, web tier
        all.add(sec.item(4, 2).withStoryPoints(2.0));                      // review with Acme security
        all.add(sec.item(5, 2));                                           // logging to SIEM: not estimated

        // TLS certificates (JQL)
        all.add(sec.item(10, 8).done().withStoryPoints(5.0));              // internal CA
        all.add(sec.item(11, 6).done().withStoryPoints(1.0));
        all.add(sec.item(12, 1).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(2.0)
                .withTime(hours(4), hours(3), hours(1)));
        all.add(sec.item(13, 3).withStoryPoints(5.0));                     // renewal automation
        all.add(sec.item(14, 3));                                          // inventory: not estimated

        // Reverse proxy: an epic; SEC-24 counts through its sub-tasks
        all.add(sec.item(20, 1).asEpic().withStatus(StatusCategory.IN_PROGRESS, null));
        all.add(sec.item(21, 5).inEpic(sec.id(20)).done().withStoryPoints(3.0));
        all.add(sec.item(22, 0).inEpic(sec.id(20)).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(5.0)
                .withTime(hours(8), hours(5), hours(3)));
        all.add(sec.item(23, 2).inEpic(sec.id(20)).withStoryPoints(3.0));
        all.add(sec.item(24, 2).inEpic(sec.id(20)).withStoryPoints(5.0));
        all.add(sec.item(25, 1).asSubtaskOf(sec.id(24)).withStatus(StatusCategory.IN_PROGRESS, null).withStoryPoints(1.0));
        all.add(sec.item(26, 2).asSubtaskOf(sec.id(24)));                 // not estimated
        all.add(sec.item(27, 3).inEpic(sec.id(20)).withStoryPoints(2.0)); // go-live runbook
        all.add(sec.item(28, 1).inEpic(sec.id(20)).withStoryPoints(3.0).withImpediments(true, false)); // WAF rules
        return all;
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    /** Issues of one project: stable ids (base + number), updated some days before now. */
    private record Issues(String project, long base, Instant now) {

        long id(int number) {
            return base + number;
        }

        WorkItem item(int number, int daysAgo) {
            Instant updated = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(37L * number % 600));
            return WorkItem.task(id(number), project + "-" + number, updated);
        }
    }
}
