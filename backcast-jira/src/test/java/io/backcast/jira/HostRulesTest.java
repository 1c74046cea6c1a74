package io.backcast.jira;

import org.junit.jupiter.api.Test;

import io.backcast.HostRules;

/** The plugin only adapts: it uses the core through its entry points ({@link HostRules}). */
class HostRulesTest {

    @Test
    void thePluginUsesTheCoreOnlyThroughItsEntryPoints() {
        HostRules.check("io.backcast.jira");
    }
}
