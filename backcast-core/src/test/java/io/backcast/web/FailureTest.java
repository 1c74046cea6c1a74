package io.backcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.backcast.model.NotFoundException;
import io.backcast.model.ValidationException;
import io.backcast.port.StoreException;
import io.backcast.service.ConflictException;
import io.backcast.service.ForbiddenException;

/** What each failure answers, worded from the message bundle in the viewer's language (English here). */
class FailureTest {

    private static final Locale JAPANESE = Locale.JAPAN; // a language the bundle lacks: English

    @Test
    void aUseCasesRefusalCarriesItsKeyAndIsWordedWhereItIsAnswered() {
        ForbiddenException refused = new ForbiddenException("error.forbidden.createPlan", Map.of("project", "FIT"));

        assertThat(refused.key()).isEqualTo("error.forbidden.createPlan");
        assertThat(refused.getMessage()).isEqualTo("You may not create plans for project FIT.");
        assertThat(Failure.of(refused, JAPANESE)).isEqualTo(new Failure(403, "You may not create plans for project FIT.", null));
        assertThat(Failure.of(new ConflictException("role", "error.conflict.ownRole"), Locale.ENGLISH))
                .isEqualTo(new Failure(409, "You cannot take away your own administrator role.", "role"));
    }

    @Test
    void theModelsRulesKeepTheirTechnicalWords() {
        ValidationException cycle = new ValidationException("milestone.predecessors", "form a cycle: 'A' → 'B' → 'A'");

        assertThat(Failure.of(cycle, Locale.ENGLISH)).isEqualTo(new Failure(400, cycle.getMessage(), "milestone.predecessors"));
        assertThat(Failure.of(ConflictException.of(cycle), Locale.ENGLISH))
                .isEqualTo(new Failure(409, "form a cycle: 'A' → 'B' → 'A'", "milestone.predecessors"));
        assertThat(Failure.of(new NotFoundException("share link", 7), JAPANESE))
                .isEqualTo(new Failure(404, "share link 7 does not exist", null));
    }

    @Test
    void statusesAndTheDatabaseSayWhatTheyAlwaysSaid() {
        assertThat(Failure.of(new Failure.NotLoggedInException(), null).message()).isEqualTo("Log in first.");
        assertThat(Failure.of(new StoreException("down", null), null))
                .isEqualTo(new Failure(503, "The database could not complete the request; nothing was changed. Try again.", null));
        assertThat(Failure.of(new IllegalStateException("bug"), null))
                .isEqualTo(new Failure(500, "Something went wrong on our side; nothing was changed.", null));
        assertThat(Failure.of(405, "PATCH", Locale.ENGLISH).message()).isEqualTo("This address does not take PATCH requests.");
        assertThat(Failure.of(405, null, Locale.ENGLISH).message()).isEqualTo("This address does not take this requests.");
        assertThat(Failure.of(418, null, Locale.ENGLISH).message()).isEqualTo("The request was refused (418).");
        assertThat(Failure.of(502, null, Locale.ENGLISH).message()).isEqualTo("Something went wrong on our side; nothing was changed.");
        assertThat(Failure.of(404, "GET", Locale.UK).message()).isEqualTo("There is nothing at this address.");
    }
}
