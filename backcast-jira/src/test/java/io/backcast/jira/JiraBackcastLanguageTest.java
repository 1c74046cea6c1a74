package io.backcast.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.Test;

import io.backcast.port.EntityStore;
import io.backcast.port.Viewer;

/** In Jira the viewer's language is their Jira locale, settled on one Backcast has (English else). */
class JiraBackcastLanguageTest {

    @Test
    void theViewerReadsTheirJiraLocaleOrEnglishWhenBackcastLacksIt() {
        JiraBackcastFixture.Jira jira = JiraBackcastFixture.Jira.mocked();
        ApplicationUser ada = mock(ApplicationUser.class);
        when(ada.getKey()).thenReturn("ada");
        when(jira.authentication().getLoggedInUser()).thenReturn(ada);
        when(jira.authentication().getLocale()).thenReturn(Locale.UK, Locale.GERMANY, null);
        JiraBackcast backcast = JiraBackcastFixture.over(mock(EntityStore.class), jira, Clock.systemUTC());
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn("de"); // Jira's locale decides, not the browser's

        Viewer british = backcast.core().viewers().of(request);
        Locale german = backcast.core().locale(request);
        Locale none = backcast.core().locale(request);

        assertThat(british).isEqualTo(new Viewer("ada"));
        assertThat(british.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(german).isEqualTo(Locale.ENGLISH);
        assertThat(none).isEqualTo(Locale.ENGLISH);
        verify(jira.authentication(), org.mockito.Mockito.times(3)).getLocale();
    }
}
