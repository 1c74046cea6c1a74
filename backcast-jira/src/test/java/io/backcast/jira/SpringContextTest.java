package io.backcast.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** META-INF/spring/plugin-context.xml, read as XML: no Spring or OSGi container runs here. */
class SpringContextTest {

    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String GEMINI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final XmlResource context = XmlResource.load("META-INF/spring/plugin-context.xml");

    private List<Element> beans() {
        return context.elements(BEANS, "bean");
    }

    private List<Element> references() {
        return context.elements(GEMINI, "reference");
    }

    @Test
    void isPlainSpringXmlWithGeminiBlueprintReferences() {
        assertThat(context.root().getNamespaceURI()).isEqualTo(BEANS);
        assertThat(context.root().getLocalName()).isEqualTo("beans");
    }

    @Test
    void importsActiveObjectsAndTheJiraServicesTheCoreIsBuiltOnFromJira() {
        assertThat(references()).extracting(reference -> reference.getAttribute("interface"))
                .containsExactly(ActiveObjects.class.getName(), JiraAuthenticationContext.class.getName(), UserManager.class.getName(), ProjectManager.class.getName(),
                        PermissionManager.class.getName(), IssueManager.class.getName(), SearchService.class.getName(),
                        CustomFieldManager.class.getName(), IssueLinkManager.class.getName());
    }

    @Test
    void theOneBeanIsTheCoreBuiltOnThoseServicesInItsConstructorsOrder() throws ClassNotFoundException {
        Element backcast = beans().get(0);
        List<String> arguments = new java.util.ArrayList<>();
        org.w3c.dom.NodeList args = backcast.getElementsByTagNameNS(BEANS, "constructor-arg");
        for (int i = 0; i < args.getLength(); i++) {
            arguments.add(((Element) args.item(i)).getAttribute("ref"));
        }
        java.util.Map<String, String> interfaces = new java.util.HashMap<>();
        references().forEach(reference -> interfaces.put(reference.getAttribute("id"), reference.getAttribute("interface")));

        assertThat(beans()).hasSize(1);
        assertThat(Class.forName(backcast.getAttribute("class"))).isEqualTo(JiraBackcast.class);
        assertThat(JiraBackcast.class.getConstructors()).hasSize(1);
        assertThat(arguments.stream().map(interfaces::get).toList()).containsExactlyElementsOf(
                Arrays.stream(JiraBackcast.class.getConstructors()[0].getParameterTypes()).map(Class::getName).toList());
    }

    @Test
    void everyBeanIsAConcreteClassWithAPublicConstructorForItsArguments() throws ClassNotFoundException {
        assertThat(beans()).isNotEmpty();
        for (Element bean : beans()) {
            Class<?> type = Class.forName(bean.getAttribute("class"));
            int arguments = bean.getElementsByTagNameNS(BEANS, "constructor-arg").getLength();

            assertThat(Modifier.isAbstract(type.getModifiers())).as("%s is abstract", type.getName()).isFalse();
            assertThat(type.getConstructors())
                    .as("public constructors of %s", type.getName())
                    .anyMatch(constructor -> constructor.getParameterCount() == arguments);
        }
    }

    @Test
    void everyReferenceNamesADefinedBeanOrImport() {
        Set<String> ids = new HashSet<>();
        beans().forEach(bean -> ids.add(bean.getAttribute("id")));
        references().forEach(reference -> ids.add(reference.getAttribute("id")));

        List<String> refs = Arrays.stream(new String[] {"constructor-arg", "property"})
                .flatMap(name -> context.elements(BEANS, name).stream())
                .filter(argument -> argument.hasAttribute("ref"))
                .map(argument -> argument.getAttribute("ref"))
                .toList();

        assertThat(refs).isNotEmpty().allMatch(ids::contains, "is a defined bean or osgi:reference");
    }
}
