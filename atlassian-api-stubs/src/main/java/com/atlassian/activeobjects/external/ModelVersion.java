/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira's
 * Active Objects plugin provides the real class at run time. Every body throws: code that needs
 * a working ModelVersion outside Jira has to mock it.
 *
 * Source of the signatures: Atlassian's Active Objects plugin, mirrored at
 * github.com/Kast0rTr0y/ao-plugin, file
 * activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ModelVersion.java
 * (commit e1e31f85d8fa43f80de1b47d593cce81366d07da): a final class over an int, compared by
 * value, built only through valueOf (null means version 0).
 */
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion() {
        throw stub();
    }

    public static ModelVersion valueOf(String s) {
        throw stub();
    }

    @Override
    public int compareTo(ModelVersion mv) {
        throw stub();
    }

    public boolean isOlderThan(ModelVersion mv) {
        throw stub();
    }

    public boolean isNewerThan(ModelVersion mv) {
        throw stub();
    }

    public boolean isSame(ModelVersion mv) {
        throw stub();
    }

    @Override
    public String toString() {
        throw stub();
    }

    private static UnsupportedOperationException stub() {
        return new UnsupportedOperationException("compile-only stub of com.atlassian.activeobjects.external.ModelVersion");
    }
}
