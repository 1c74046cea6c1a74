package io.backcast.server;

import org.junit.jupiter.api.Test;

import io.backcast.HostRules;

/** The server only adapts: it uses the core through its entry points ({@link HostRules}). */
class HostRulesTest {

    /**
     * The demo ({@code io.backcast.server.demo}) is exempt: it loads seed rows as they would be
     * after weeks of use (check-ins by their owners, dated in the past), which no use case writes,
     * since a use case stamps its caller and today. It writes through the repositories, as an
     * import would.
     */
    @Test
    void theServerUsesTheCoreOnlyThroughItsEntryPoints() {
        HostRules.check("io.backcast.server", "io.backcast.server.demo");
    }
}
