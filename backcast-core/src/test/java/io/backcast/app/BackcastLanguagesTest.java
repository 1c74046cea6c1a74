package io.backcast.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import io.backcast.model.Plan;
import io.backcast.port.AccessPolicy;
import io.backcast.port.EntityStore;
import io.backcast.port.InMemoryWorkSource;
import io.backcast.port.Viewer;
import io.backcast.web.RequestViewers;

/** The language of a request: the host tells it, the core settles it on one the bundle has, the host's default else. */
class BackcastLanguagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC);

    private static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new AssertionError("not used here: " + method.getName());
        }));
    }

    /** A request with these headers and nothing else. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new AssertionError("not used here: " + method.getName());
                });
    }

    private static Backcast over(RequestViewers viewers, Locale locale) {
        return Backcast.assemble(new Backcast.Ports(unused(EntityStore.class), new InMemoryWorkSource(),
                unused(AccessPolicy.class), CLOCK, viewers, locale));
    }

    @Test
    void aBrowsersLanguageReachesTheViewerSettledOnOneTheBundleHas() {
        Backcast backcast = over(request -> new Viewer("ada"), Locale.ENGLISH);
        HttpServletRequest swiss = request(Map.of("Accept-Language", "de-CH, en-GB;q=0.8"));

        assertThat(backcast.locale(swiss)).isEqualTo(Locale.ENGLISH);
        assertThat(backcast.viewers().of(swiss).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(backcast.viewers().of(swiss)).isEqualTo(new Viewer("ada"));
        assertThat(backcast.locale(request(Map.of()))).isEqualTo(Locale.ENGLISH);
        assertThat(over(request -> null, Locale.ENGLISH).viewers().of(swiss)).isNull();
    }

    @Test
    void aHostsOwnLanguageOfTheViewerIsSettledTooAndItsDefaultIsTheFallback() {
        RequestViewers jiraLike = new RequestViewers() {
            @Override
            public Viewer of(HttpServletRequest request) {
                return new Viewer("ada");
            }

            @Override
            public Locale locale(HttpServletRequest request) {
                return Locale.GERMANY;
            }
        };
        Backcast backcast = over(jiraLike, Locale.FRENCH);

        assertThat(backcast.defaultLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(backcast.viewers().locale(request(Map.of()))).isEqualTo(Locale.ENGLISH);
        assertThat(backcast.viewers().of(request(Map.of())).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void pagesAreHandedOutPerLanguageOnceEachWithTheDefaultForALanguageTheBundleLacks() {
        Backcast backcast = over(request -> null, Locale.ENGLISH);

        assertThat(backcast.pages(Locale.GERMAN)).isSameAs(backcast.pages(Locale.UK)).isSameAs(backcast.pages())
                .isSameAs(backcast.pages((Locale) null)).isSameAs(backcast.pages(request(Map.of("Accept-Language", "ja"))));
        assertThat(backcast.pages().locale()).isEqualTo(Locale.ENGLISH);
        assertThat(backcast.pages(Locale.GERMAN).planList(java.util.List.of(Plan.create("FIT", "Fit-out")), null))
                .contains("<html lang=\"en\"");
    }
}
