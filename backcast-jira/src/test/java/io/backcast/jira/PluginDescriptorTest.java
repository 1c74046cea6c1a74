package io.backcast.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.backcast.store.Schema;
import io.backcast.store.upgrade.SchemaUpgrade;
import io.backcast.store.upgrade.SchemaUpgrades;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** atlassian-plugin.xml, as filtered into the build, against the core's schema. */
class PluginDescriptorTest {

    private final XmlResource descriptor = XmlResource.load("atlassian-plugin.xml");

    private Element aoModule() {
        List<Element> modules = descriptor.elements("", "ao");
        assertThat(modules).hasSize(1);
        return modules.get(0);
    }

    private List<String> texts(String elementName) {
        return descriptor.elements("", elementName).stream().map(Element::getTextContent).map(String::strip).toList();
    }

    @Test
    void pluginKeyIsFilteredInAsTheBundleSymbolicName() {
        assertThat(descriptor.root().getAttribute("key")).isEqualTo("io.backcast.jira");
    }

    @Test
    void activeObjectsModuleUsesTheCoresFixedNamespace() {
        assertThat(aoModule().getAttribute("namespace")).isEqualTo(Schema.NAMESPACE);
    }

    @Test
    void activeObjectsModuleListsExactlyTheCoresEntitiesInOrder() {
        assertThat(texts("entity")).containsExactlyElementsOf(Schema.ENTITIES.stream().map(Class::getName).toList());
    }

    @Test
    void activeObjectsModuleRunsOneUpgradeTaskPerSchemaUpgradeInOrder() throws ReflectiveOperationException {
        List<String> taskClasses = texts("upgradeTask");
        List<String> expectedVersions = SchemaUpgrades.all().stream().map(SchemaUpgrade::version).map(String::valueOf).toList();

        assertThat(taskClasses).hasSameSizeAs(expectedVersions);
        try (ModelVersions versions = new ModelVersions()) {
            for (int i = 0; i < taskClasses.size(); i++) {
                ActiveObjectsUpgradeTask task = (ActiveObjectsUpgradeTask) Class.forName(taskClasses.get(i))
                        .getConstructor()
                        .newInstance();
                assertThat(versions.textOf(task.getModelVersion()))
                        .as("model version of %s", taskClasses.get(i))
                        .isEqualTo(expectedVersions.get(i));
            }
        }
    }

    @Test
    void eachUpgradeTaskHasTheNameOfTheCoreStepItRunsNumberThenIntent() {
        List<String> taskClasses = texts("upgradeTask");
        List<SchemaUpgrade> steps = SchemaUpgrades.all();

        assertThat(taskClasses).hasSameSizeAs(steps);
        for (int i = 0; i < steps.size(); i++) {
            String stepName = steps.get(i).getClass().getSimpleName();
            assertThat(stepName).matches(String.format("Upgrade%02d[A-Z][A-Za-z]+", steps.get(i).version()));
            assertThat(taskClasses.get(i)).isEqualTo("io.backcast.jira.upgrade." + stepName);
        }
    }

    @Test
    void theClientStatusPageAndItsAssetsAreServletsAtTheAddressesTheDesignGives() throws ClassNotFoundException {
        java.util.Map<String, String> servlets = new java.util.LinkedHashMap<>();
        for (Element servlet : descriptor.elements("", "servlet")) {
            servlets.put(servlet.getElementsByTagName("url-pattern").item(0).getTextContent().strip(), servlet.getAttribute("class"));
        }

        assertThat(servlets).containsExactly(
                java.util.Map.entry("/backcast/status/*", io.backcast.jira.web.JiraStatusServlet.class.getName()),
                java.util.Map.entry("/backcast/static/*", io.backcast.jira.web.JiraStaticServlet.class.getName()));
        for (String type : servlets.values()) {
            assertThat(jakarta.servlet.http.HttpServlet.class.isAssignableFrom(Class.forName(type))).as(type).isTrue();
        }
        assertThat(JiraBackcast.SERVLET_BASE + "/status/").isEqualTo("/plugins/servlet/backcast/status/");
    }

    @Test
    void theRestModuleServesEveryCoreResourceUnderRestBackcastOneThroughRestV2() throws Exception {
        List<Element> rest = descriptor.elements("", "rest");
        assertThat(rest).hasSize(1);
        assertThat(rest.get(0).getAttribute("path")).isEqualTo("/backcast");
        assertThat(rest.get(0).getAttribute("version")).isEqualTo("1.0");
        assertThat(texts("package")).containsExactly("io.backcast.jira.rest");
        assertThat(descriptor.elements("", "rest-v2")).hasSize(1);

        List<Class<?>> jiraResources = List.of(io.backcast.jira.rest.JiraPlansResource.class,
                io.backcast.jira.rest.JiraPlanItemsResource.class, io.backcast.jira.rest.JiraPlanShareLinksResource.class,
                io.backcast.jira.rest.JiraShareLinksResource.class, io.backcast.jira.rest.JiraCheckInsResource.class,
                io.backcast.jira.rest.JiraPlanCheckInsResource.class, io.backcast.jira.rest.JiraRemindersResource.class);
        List<Class<?>> coreResources = io.backcast.web.api.RestApi.resources(null, null, null, null).stream()
                .<Class<?>>map(Object::getClass).toList();
        List<Class<?>> extended = jiraResources.stream().<Class<?>>map(Class::getSuperclass).toList();
        assertThat(extended).containsExactlyInAnyOrderElementsOf(coreResources);
        for (Class<?> resource : jiraResources) {
            assertThat(resource.getPackageName()).isEqualTo("io.backcast.jira.rest");
            assertThat(resource.getAnnotation(jakarta.ws.rs.Path.class).value()).as(resource.getName())
                    .isEqualTo(resource.getSuperclass().getAnnotation(jakarta.ws.rs.Path.class).value());
            assertThat(resource.getConstructor(JiraBackcast.class)).isNotNull();
        }
    }

    @Test
    void i18nBundleDefinesEveryKeyTheDescriptorUses() throws IOException {
        List<String> bundles = descriptor.elements("", "resource").stream()
                .filter(resource -> resource.getAttribute("type").equals("i18n"))
                .map(resource -> resource.getAttribute("location").replace('.', '/') + ".properties")
                .toList();
        assertThat(bundles).containsExactly("i18n/backcast.properties");

        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundles.get(0))) {
            assertThat(in).as(bundles.get(0)).isNotNull();
            messages.load(in);
        }
        assertThat(messages).containsKey(descriptor.root().getAttribute("i18n-name-key"));
        descriptor.elements("", "description").forEach(description ->
                assertThat(messages).containsKey(description.getAttribute("key")));
    }
}
