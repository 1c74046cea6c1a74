package io.backcast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.backcast.model.ValidationException;
import io.backcast.model.WeightMethod;

/** Request bodies are read strictly: nothing is bent to fit, and a refusal names the field in the user's terms. */
class JsonTest {

    record Policy(WeightMethod weightMethod) {
    }

    record Input(String name, LocalDate neededBy, Integer durationDays, Boolean partialCredit, List<LocalDate> holidays,
                 Policy policy) {
    }

    private static void refused(String body, String message) {
        assertThatThrownBy(() -> Json.read(body, Input.class))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("java.", "Input", "`"));
    }

    @Test
    void readsAWellFormedBody() {
        Input input = Json.read("""
                {"name": "WiFi's up", "neededBy": "2025-03-21", "durationDays": 5, "partialCredit": true,
                 "holidays": ["2025-04-18"], "policy": {"weightMethod": "STORY_POINTS"}}""", Input.class);
        assertThat(input).isEqualTo(new Input("WiFi's up", LocalDate.of(2025, 3, 21), 5, true,
                List.of(LocalDate.of(2025, 4, 18)), new Policy(WeightMethod.STORY_POINTS)));
    }

    @Test
    void aNumberIsNotADate() {
        refused("{\"neededBy\": 12345}", "neededBy must be a date like 2025-03-21");
    }

    @Test
    void aFractionIsNotCutToAWholeNumber() {
        refused("{\"durationDays\": 2.5}", "durationDays must be a whole number");
    }

    @Test
    void textIsNotReadAsANumberOrAFlag() {
        refused("{\"durationDays\": \"5\"}", "durationDays must be a whole number");
        refused("{\"partialCredit\": \"true\"}", "partialCredit must be true or false");
    }

    @Test
    void aNumberIsNotReadAsText() {
        refused("{\"name\": 5}", "name must be text");
    }

    @Test
    void anUnknownChoiceNamesTheChoices() {
        refused("{\"policy\": {\"weightMethod\": \"HOURS\"}}",
                "policy.weightMethod must be one of COUNT, STORY_POINTS, ORIGINAL_ESTIMATE");
    }

    @Test
    void aWrongValueInAListNamesItsPlace() {
        refused("{\"holidays\": [\"2025-04-18\", \"Easter\"]}", "holidays[1] must be a date like 2025-03-21");
    }

    @Test
    void aNullOrNonObjectBodyIsRefused() {
        refused("null", "body is null: send a JSON object");
        refused("[1, 2]", "body must be a JSON object");
        refused("  ", "body is empty: send a JSON object");
    }

    @Test
    void malformedJsonSaysWhere() {
        refused("{\"name\": ", "body is not valid JSON (line 1, column 10)");
    }

    @Test
    void anUnknownPropertyIsNamed() {
        refused("{\"policy\": {\"colour\": \"red\"}}", "policy.colour is not a property this request takes");
    }
}
