package io.backcast.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.backcast.model.StatusCategory;
import io.backcast.model.WorkItem;

/**
 * The demo plan's Jira work: about sixty issues of projects NET and SEC in mixed states, and
 * what each of the plan's JQL links finds among them. Ids are stable (a project's base plus the
 * issue's number); "updated" is counted back from the moment they are made, so the demo's work
 * never goes stale.
 */
final class DemoWorkItems {

    static final String JQL_CONTROLLER = "project = NET AND component = \"Wireless controller\" ORDER BY Rank";
    static final String JQL_PLANT_FLOOR = "project = NET AND labels = plant-floor ORDER BY Rank";
    static final String JQL_PKI = "project = SEC AND component = PKI ORDER BY key";

    private static final long NET = 10_000;
    private static final long SEC = 20_000;

    private DemoWorkItems() {
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
