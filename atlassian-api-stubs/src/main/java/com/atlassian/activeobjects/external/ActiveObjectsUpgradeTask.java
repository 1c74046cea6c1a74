/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira's
 * Active Objects plugin provides the real interface at run time.
 *
 * Source of the signatures: Atlassian's Active Objects plugin, mirrored at
 * github.com/Kast0rTr0y/ao-plugin, file
 * activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.java
 * (commit 55ef85c6da9a070b34784d6731a5517083121eba); a decompiled copy of a later release matches.
 */
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {

    /** The model version this task brings the schema to. */
    ModelVersion getModelVersion();

    /** Upgrades from {@code currentVersion}; {@code ao} is already bound to the plugin's entities. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
