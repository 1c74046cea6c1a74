package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Reads an SVG as strict XML (so a missed escape fails) and returns it for jsoup selectors. */
final class SvgAssert {

    private SvgAssert() {
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
        assertThat(svg).doesNotContain("NaN", "Infinity");
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    static double number(org.jsoup.nodes.Element element, String attribute) {
        return Double.parseDouble(element.attr(attribute));
    }
}
