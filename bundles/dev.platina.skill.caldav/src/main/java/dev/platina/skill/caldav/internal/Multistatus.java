package dev.platina.skill.caldav.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A WebDAV 207 Multi-Status answer (RFC 4918 section 13) read into one {@link Member} per {@code response}: its
 * href, and the properties found (status 200) among those asked for. Doctype declarations are refused, so a hostile
 * server cannot make the parser fetch or expand entities.
 */
final class Multistatus {
    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    /** One {@code response}: {@code found} holds the elements of the successful propstat's {@code prop}. */
    record Member(String href, int status, List<Element> found) {

        Optional<String> text(String namespace, String name) {
            return element(namespace, name).map(e -> e.getTextContent().strip());
        }

        Optional<Element> element(String namespace, String name) {
            return found.stream().filter(e -> namespace.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())).findFirst();
        }

        /** Whether a property element holds a child such as {@code resourcetype/C:calendar}. */
        boolean holds(String namespace, String name, String childNamespace, String child) {
            return element(namespace, name).map(e -> e.getElementsByTagNameNS(childNamespace, child).getLength() > 0)
                    .orElse(false);
        }
    }

    private Multistatus() {
    }

    static List<Member> read(String body) throws IOException {
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new IOException("The server's answer is not the WebDAV XML expected: " + e.getMessage());
        }
        var members = new ArrayList<Member>();
        NodeList responses = document.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            String href = child(response, DAV, "href").map(e -> e.getTextContent().strip()).orElse("");
            int status = child(response, DAV, "status").map(e -> status(e.getTextContent())).orElse(200);
            var found = new ArrayList<Element>();
            for (Element propstat : children(response, DAV, "propstat")) {
                int propstatStatus = child(propstat, DAV, "status").map(e -> status(e.getTextContent())).orElse(200);
                if (propstatStatus / 100 == 2) {
                    child(propstat, DAV, "prop").ifPresent(prop -> found.addAll(children(prop, null, null)));
                }
            }
            members.add(new Member(href, status, found));
        }
        return members;
    }

    /** {@code HTTP/1.1 404 Not Found} -> 404; anything unreadable counts as 500. */
    static int status(String line) {
        String[] words = line.strip().split("\\s+");
        try {
            return words.length > 1 ? Integer.parseInt(words[1]) : 500;
        } catch (NumberFormatException e) {
            return 500;
        }
    }

    private static DocumentBuilder parser() throws IOException {
        // The JDK's own parser, not whatever a framework's locator offers: its safety features are known.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("No safe XML parser is available: " + e.getMessage(), e);
        }
    }

    private static Optional<Element> child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Direct child elements, of one name or (name null) all. */
    private static List<Element> children(Element parent, String namespace, String name) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null
                    || namespace.equals(element.getNamespaceURI()) && name.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
