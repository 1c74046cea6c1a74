package io.backcast.jira;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import java.util.IdentityHashMap;
import java.util.Map;

import com.atlassian.activeobjects.external.ModelVersion;
import org.mockito.MockedStatic;

/**
 * Answers {@link ModelVersion#valueOf(String)} while open, so tests run without Jira (the
 * stub's methods all throw), and tells which text each answered version was made from.
 */
public final class ModelVersions implements AutoCloseable {

    private final Map<ModelVersion, String> texts = new IdentityHashMap<>();
    private final MockedStatic<ModelVersion> valueOf = mockStatic(ModelVersion.class);

    public ModelVersions() {
        valueOf.when(() -> ModelVersion.valueOf(anyString())).thenAnswer(invocation -> {
            ModelVersion version = mock(ModelVersion.class);
            texts.put(version, invocation.getArgument(0));
            return version;
        });
    }

    /** The text {@code ModelVersion.valueOf} was given for this version. */
    public String textOf(ModelVersion version) {
        if (!texts.containsKey(version)) {
            throw new AssertionError(version + " was not made by ModelVersion.valueOf");
        }
        return texts.get(version);
    }

    @Override
    public void close() {
        valueOf.close();
    }
}
