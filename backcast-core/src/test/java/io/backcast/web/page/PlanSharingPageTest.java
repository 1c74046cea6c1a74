package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.backcast.model.CheckIn;
import io.backcast.model.OutcomeState;
import io.backcast.model.ShareLink;
import io.backcast.model.ShareToken;
import io.backcast.model.SubjectKind;
import io.backcast.model.Visibility;
import io.backcast.service.CheckInService;
import io.backcast.service.PlanSharing;
import io.backcast.service.PlanView;

/** The plan page's check-ins, reminders and share links, rendered by the real engine and read back with jsoup. */
class PlanSharingPageTest {

    private static final Pages PAGES = new Pages();
    private static final PageContext JIRA = new PageContext("/jira", "ana", "X-Atlassian-Token", "no-check");
    private static final Instant NOW = Instant.parse("2025-03-12T09:00:00Z");
    private static final ShareToken TOKEN = ShareToken.generate(new java.security.SecureRandom());
    private static final List<ShareLink> LINKS = List.of(
            new ShareLink(21, 7, "Acme facilities", TOKEN.hash(), "ed", NOW.minusSeconds(86_400), NOW.plusSeconds(30 * 86_400L), null,
                    true, Set.of(), NOW.minusSeconds(3_600), 3, "en"),
            new ShareLink(20, 7, "WiFi contractor", ShareToken.hashOf("old"), "ed", NOW.minusSeconds(20 * 86_400L), null,
                    NOW.minusSeconds(5 * 86_400L), false, Set.of(100), null, 0, "en"));
    private static final List<CheckIn> CHECK_INS = List.of(
            new CheckIn(31, 7, SubjectKind.OUTCOME, 100, LocalDate.of(2025, 3, 11), "ana", OutcomeState.AT_RISK,
                    "Two access points broken", "Replacements ordered", null, null, Visibility.PUBLIC),
            new CheckIn(30, 7, SubjectKind.OUTCOME, 100, LocalDate.of(2025, 3, 4), "ben", null, null,
                    "Vendor is slow", null, null, Visibility.INTERNAL),
            new CheckIn(32, 7, SubjectKind.MILESTONE, 3, LocalDate.of(2025, 3, 10), "dan", null, "Hall A cabled", null, null,
                    null, Visibility.PUBLIC));
    private static final List<CheckInService.Reminder> REMINDERS = List.of(
            new CheckInService.Reminder(101, "Machines are on the network", null, -1),
            new CheckInService.Reminder(103, "Site survey signed off", LocalDate.of(2025, 2, 25), 15));

    private static final PlanView EDITABLE = SamplePlans.fitOut(true);
    static final PlanSharing EDITOR_SHARING = new PlanSharing(LINKS, Set.of(21), CHECK_INS, REMINDERS,
            new CheckInService.CheckInRights(true, Set.of(100, 101, 102, 103), Set.of(1, 2, 3, 4, 5, 6)), 14);
    private static final Document EDITOR = Jsoup.parse(PAGES.plan(SamplePlans.page(EDITABLE, EDITOR_SHARING), JIRA));
    /** Ana reads the plan and owns WiFi. */
    private static final Document OWNER = Jsoup.parse(PAGES.plan(SamplePlans.page(SamplePlans.fitOut(false), new PlanSharing(null,
            Set.of(), CHECK_INS, REMINDERS, new CheckInService.CheckInRights(false, Set.of(100), Set.of()), 14)), JIRA));

    private static Set<String> names(Element form) {
        return form.select("[name][data-type]").stream().map(e -> e.attr("name")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> components(String record) throws ClassNotFoundException {
        RecordComponent[] components = Class.forName("io.backcast.web.api.Inputs$" + record).getRecordComponents();
        return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void editorsSeeTheShareLinksWithTheirStateViewsAndARevokeButtonForTheOpenOnes() {
        Element table = EDITOR.selectFirst("section.bc-share table.bc-share-links");
        assertThat(table.select("tbody tr")).hasSize(2);
        Element open = table.selectFirst("tr[data-share-link-id=21]");
        assertThat(open.select("th, td").eachText()).containsExactly("Acme facilities", "All outcomes", "11 March 2025, 09:00",
                "11 April 2025, 09:00", "12 March 2025, 08:00", "3 views", "Active", "Revoke Acme facilities");
        assertThat(open.selectFirst("[data-delete]").attr("data-delete")).isEqualTo("/share-links/21");
        assertThat(open.selectFirst("[data-delete]").attr("data-confirm")).startsWith("Revoke the link for \"Acme facilities\"?");
        Element revoked = table.selectFirst("tr[data-share-link-id=20]");
        assertThat(revoked.select("td").eachText()).contains("WiFi's up", "Never", "Not yet", "No views", "Revoked 7 March 2025, 09:00");
        assertThat(revoked.select("[data-delete]")).isEmpty();
        assertThat(EDITOR.html()).doesNotContain(TOKEN.hash()).doesNotContain(TOKEN.value());
    }

    @Test
    void theCreateFormSendsWhatTheApiReadsAndShowsTheNewAddressOnceInADialog() throws Exception {
        Element form = EDITOR.selectFirst("form[data-api-path=/plans/7/share-links]");
        assertThat(form.attr("data-api-method")).isEqualTo("POST");
        assertThat(form.attr("data-api-result")).isEqualTo("share-link");
        assertThat(names(form)).isEqualTo(components("ShareLinkInput"));
        assertThat(form.selectFirst("[name=label]").val()).isEqualTo("Acme Health");
        assertThat(form.selectFirst("[name=expiresAt]").attr("type")).isEqualTo("datetime-local");
        assertThat(form.selectFirst("[name=expiresAt]").attr("data-type")).isEqualTo("instant");
        assertThat(form.select("[name=outcomeIds]")).extracting(e -> e.val()).containsExactly("103", "100", "101", "102");
        assertThat(form.select("select[name=language] option")).extracting(e -> e.val(), Element::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("en", "English"));
        Element made = EDITOR.selectFirst("dialog[data-share-made]");
        assertThat(made.attr("data-status-base")).isEqualTo("/jira/s/");
        assertThat(made.selectFirst("input[data-share-url]").val()).isEmpty();
        assertThat(made.selectFirst("[data-copy]").attr("data-copy")).isEqualTo("bc-share-url");
    }

    @Test
    void theRemindersListTheOutcomesDueACheckInAndTheCadence() {
        Element reminders = EDITOR.selectFirst("section.bc-reminders");
        assertThat(reminders.selectFirst(".bc-hint").text()).isEqualTo("Each outcome should get a check-in at least every 14 days.");
        assertThat(reminders.select("li").eachText()).containsExactly("Machines are on the network: No check-in yet",
                "Site survey signed off: Last check-in 15 days ago (25 February)");
        assertThat(reminders.selectFirst("li a").attr("href")).isEqualTo("#outcome-101");
    }

    @Test
    void eachOutcomeAndMilestoneListsItsCheckInsWithVisibilityAndAuthor() {
        Element wifi = EDITOR.selectFirst("article.bc-outcome[data-outcome-id=100] details.bc-checkins");
        assertThat(wifi.selectFirst("summary").text()).isEqualTo("Check-ins (2 check-ins)");
        assertThat(wifi.select("article.bc-checkin")).hasSize(2);
        Element first = wifi.selectFirst("article.bc-checkin");
        assertThat(first.hasClass("bc-checkin-public")).isTrue();
        assertThat(first.selectFirst("time").attr("datetime")).isEqualTo("2025-03-11");
        assertThat(first.text()).contains("Public", "by ana", "At risk", "Looking back", "Two access points broken");
        assertThat(wifi.select("article.bc-checkin").get(1).hasClass("bc-checkin-internal")).isTrue();
        Element cabled = EDITOR.selectFirst("section.bc-milestone-checkins details[data-subject=MILESTONE-3]");
        assertThat(cabled.select("article.bc-checkin")).hasSize(1);
        assertThat(EDITOR.selectFirst("details[data-subject=OUTCOME-102]").selectFirst(".bc-empty").text()).isEqualTo("No check-ins yet.");
    }

    @Test
    void checkInFormsSendWhatTheApiReadsOneNewFormPerSubjectAndAnEditFormPerCheckIn() throws Exception {
        Element create = EDITOR.selectFirst("dialog#bc-ci-new-OUTCOME-100-dialog form");
        assertThat(create.attr("data-api-method")).isEqualTo("POST");
        assertThat(create.attr("data-api-path")).isEqualTo("/check-ins");
        assertThat(names(create)).isSubsetOf(components("CheckInInput")).isEqualTo(components("CheckInInput"));
        assertThat(create.selectFirst("[name=planId]").val()).isEqualTo("7");
        assertThat(create.selectFirst("[name=subjectKind]").val()).isEqualTo("OUTCOME");
        assertThat(create.selectFirst("[name=subjectId]").val()).isEqualTo("100");
        assertThat(create.selectFirst("[name=date]").val()).isEqualTo("2025-03-12");
        assertThat(create.selectFirst("[name=visibility] option[selected]").val()).isEqualTo("INTERNAL");
        assertThat(create.select("[name=state] option")).extracting(e -> e.val())
                .containsExactly("", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_STARTED", "DONE");
        assertThat(EDITOR.select("dialog[id^=bc-ci-new-]")).hasSize(4 + 6);

        Element edit = EDITOR.selectFirst("form[data-api-path=/check-ins/31]");
        assertThat(edit.attr("data-api-method")).isEqualTo("PUT");
        assertThat(edit.selectFirst("[name=visibility] option[selected]").val()).isEqualTo("PUBLIC");
        assertThat(edit.selectFirst("[name=state] option[selected]").val()).isEqualTo("AT_RISK");
        assertThat(edit.selectFirst("[name=lookingBack]").text()).isEqualTo("Two access points broken");
        assertThat(edit.selectFirst("[name=lookingBack]").attr("data-field").split(" ")).contains("checkIn.lookingBack", "checkIn");
        for (Element form : EDITOR.select("form[data-api-method]")) {
            assertThat(form.select("[data-form-error][role=alert]")).hasSize(1);
            for (Element input : form.select("[data-type]")) {
                assertThat(input.attr("data-field")).as("data-field of %s", input).isNotBlank();
            }
        }
        for (Element opener : EDITOR.select("[data-open]")) {
            assertThat(EDITOR.getElementById(opener.attr("data-open"))).as(opener.attr("data-open")).isNotNull();
        }
    }

    @Test
    void anOwnerWhoDoesNotEditChecksInOnTheirOutcomeOnlyAndSeesNoShareLinks() {
        assertThat(OWNER.select("section.bc-share, [data-share-made], form[data-api-path$=share-links]")).isEmpty();
        assertThat(OWNER.select("dialog[id^=bc-ci-new-]")).extracting(Element::id).containsExactly("bc-ci-new-OUTCOME-100-dialog");
        assertThat(OWNER.select("form[data-api-path^=/check-ins/]")).extracting(f -> f.attr("data-api-path"))
                .containsExactlyInAnyOrder("/check-ins/31", "/check-ins/30");
        assertThat(OWNER.select("details[data-subject=OUTCOME-101] button[data-open]")).isEmpty();
        assertThat(OWNER.select("form[data-api-path=/plans/7/outcomes], .bc-edit")).isEmpty();
        assertThat(OWNER.select("article.bc-checkin")).hasSize(3);
    }

    @Test
    void withoutSharingDataThePlanPageIsAsBefore() {
        Document plain = Jsoup.parse(PAGES.plan(SamplePlans.page(EDITABLE), JIRA));
        assertThat(plain.select(".bc-share, .bc-reminders, .bc-checkins, .bc-milestone-checkins, [data-share-made]")).isEmpty();
    }

    @Test
    void anEmptyPlanSaysWhatToDoNextInsteadOfClaimingEveryOutcomeHasACheckIn() {
        Document empty = Jsoup.parse(PAGES.plan(SamplePlans.page(SamplePlans.empty(true), new PlanSharing(List.of(), Set.of(),
                List.of(), List.of(), new CheckInService.CheckInRights(true, Set.of(), Set.of()), 14)), JIRA));

        assertThat(empty.selectFirst("section.bc-reminders .bc-empty").text())
                .isEqualTo("No outcomes yet, so no check-ins are due: add the first outcome below, then check in on it as work goes on.");
        assertThat(EDITOR.select("section.bc-reminders .bc-empty")).isEmpty(); // it has reminders
    }
}
