package io.backcast.jira;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A namespace-aware DOM of an XML file on the test classpath (the processed resources). */
public final class XmlResource {

    private final Document document;

    private XmlResource(Document document) {
        this.document = document;
    }

    public static XmlResource load(String name) {
        try (InputStream in = XmlResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError(name + " is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XmlResource(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + name, e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** Every element with this namespace ({@code ""} for none) and local name, in document order. */
    public List<Element> elements(String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace.isEmpty() ? null : namespace, localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
