package com.branchmate.bot.channels.wecom;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Reads WeCom's flat XML (&lt;xml&gt;&lt;Field&gt;value&lt;/Field&gt;…&lt;/xml&gt;) with every DTD and entity
 * feature off. WxJava's outer parse already refuses DOCTYPE, but its message binding goes through XStream;
 * we read both layers ourselves so no XML we accept can pull in an entity (the XXE of WxJava #660/#889).
 */
final class SafeXml {

    static final class Malformed extends Exception {
        Malformed(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private SafeXml() {
    }

    /** The root element's children as name → text. */
    static Map<String, String> fields(String xml) throws Malformed {
        if (xml == null || xml.isBlank()) {
            throw new Malformed("empty body", null);
        }
        try {
            var document = FACTORY.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            Map<String, String> fields = new LinkedHashMap<>();
            for (Node child = document.getDocumentElement().getFirstChild(); child != null;
                 child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    fields.putIfAbsent(element.getTagName(), element.getTextContent());
                }
            }
            return fields;
        } catch (Exception e) {
            // A DOCTYPE lands here too: disallow-doctype-decl makes the parser refuse it outright.
            throw new Malformed("not XML, or XML with a DOCTYPE", e);
        }
    }

    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            return factory;
        } catch (Exception e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }
}
