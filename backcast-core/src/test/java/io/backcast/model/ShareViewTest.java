package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ShareViewTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void keepsTheTimeAndTheBrowserClassOfAView() {
        ShareView view = new ShareView(0, 3, NOW, " Mobile Safari ");
        assertThat(view.agent()).isEqualTo("Mobile Safari");
        assertThat(view.viewedAt()).isEqualTo(NOW);
    }

    @Test
    void refusesAnythingLongerThanABrowserClassSoNoFullUserAgentIsLogged() {
        assertInvalid("shareView.agent", "shareView.agent must be a browser class of at most 32 characters",
                () -> new ShareView(0, 3, NOW, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"));
        assertInvalid("shareView.agent", "shareView.agent must not be blank", () -> new ShareView(0, 3, NOW, " "));
        assertInvalid("shareView.shareLinkId", "shareView.shareLinkId must name a stored value (was 0)",
                () -> new ShareView(0, 0, NOW, "Chrome"));
    }
}
