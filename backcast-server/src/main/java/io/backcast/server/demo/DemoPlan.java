package io.backcast.server.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkCalendar;
import io.backcast.model.WorkLink;
import io.backcast.port.EntityStore;
import io.backcast.store.CheckInRepository;
import io.backcast.store.DeliverableRepository;
import io.backcast.store.MilestoneRepository;
import io.backcast.store.OutcomeRepository;
import io.backcast.store.PlanRepository;

/**
 * The demo plan: an IT fit-out of a new plant for Acme Manufacturing, with its Jira work in
 * projects NET and SEC ({@link DemoWorkItems}, found through {@link DemoWorkSource}). Every date is relative to the day it is installed, so the demo always
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
public final class DemoPlan {

    public static final String PROJECT_KEY = "FIT";
    public static final String PLAN_NAME = "New plant IT fit-out";
    public static final String CLIENT_NAME = "Acme Manufacturing";

    public static final String WIFI = "WiFi's up";
    public static final String MACHINES = "Machines are on the network";
    public static final String WEB_SERVERS = "Users can access the web servers securely";

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DemoPlan() {
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

    /** The calendar of a demo installed on {@code today}: Monday to Friday and three holidays around it. */
    public static WorkCalendar calendar(LocalDate today) {
        WorkCalendar weekdays = WorkCalendar.MONDAY_TO_FRIDAY;
        return WorkCalendar.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(
                weekdays.addWorkingDays(today, -13),  // a public holiday a few weeks back
                weekdays.addWorkingDays(today, 22),   // one next month
                weekdays.addWorkingDays(today, 44))); // the plant's shutdown day
    }

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
                .withWorkLinks(List.of(WorkLink.jql(DemoWorkItems.JQL_CONTROLLER))));
        deliverables.save(Deliverable.create(machines.id(), "Cabling certified").withWeight(3)
                .withMilestone(cabled.id()).withSortOrder(1)
                .withWorkLinks(List.of(WorkLink.epic("NET-30"))));
        deliverables.save(Deliverable.create(machines.id(), "Switch stacks configured").withWeight(2)
                .withMilestone(switches.id()).withSortOrder(2)
                .withWorkLinks(List.of(WorkLink.issue("NET-50"), WorkLink.issue("NET-51"), WorkLink.issue("NET-52"))));
        deliverables.save(Deliverable.create(machines.id(), "Plant-floor machines patched in").withWeight(2)
                .withMilestone(connected.id()).withSortOrder(3)
                .withWorkLinks(List.of(WorkLink.jql(DemoWorkItems.JQL_PLANT_FLOOR))));
        deliverables.save(Deliverable.create(web.id(), "Firewall rules live").withWeight(2)
                .withMilestone(firewall.id()).withSortOrder(1)
                .withWorkLinks(List.of(WorkLink.issue("SEC-1"), WorkLink.issue("SEC-2"), WorkLink.issue("SEC-3"),
                        WorkLink.issue("SEC-4"), WorkLink.issue("SEC-5"))));
        deliverables.save(Deliverable.create(web.id(), "TLS certificates deployed").withWeight(1)
                .withSortOrder(2)
                .withWorkLinks(List.of(WorkLink.jql(DemoWorkItems.JQL_PKI))));
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
}
