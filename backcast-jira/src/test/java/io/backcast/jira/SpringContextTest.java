package io.backcast.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;
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
    void importsActiveObjectsFromJira() {
        assertThat(references()).extracting(reference -> reference.getAttribute("interface"))
                .containsExactly(ActiveObjects.class.getName());
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
