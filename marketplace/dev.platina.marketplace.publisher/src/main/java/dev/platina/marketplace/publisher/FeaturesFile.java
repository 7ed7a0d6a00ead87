package dev.platina.marketplace.publisher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A Karaf features file, read for what the catalogue rules need: its features and the bundles they install. */
final class FeaturesFile {

    record Feature(String name, OsgiVersion version) {

        @Override
        public String toString() {
            return name + "/" + version;
        }
    }

    private final Document document;
    private final String source;

    private FeaturesFile(Document document, String source) {
        this.document = document;
        this.source = source;
    }

    static FeaturesFile parse(byte[] xml, String source) {
        return new FeaturesFile(parseDocument(xml, source), source);
    }

    static Document parseDocument(byte[] xml, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Features files never need a DTD; refusing one rules out entity tricks in files from other publishers.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PublishingException(source + " is not a readable features file: " + e.getMessage(), e);
        }
    }

    /** The features the file declares: the {@code <feature>} children of {@code <features>}. */
    List<Feature> features() {
        List<Feature> features = new ArrayList<>();
        for (Element feature : topLevelFeatures(document)) {
            String version = feature.getAttribute("version");
            features.add(new Feature(feature.getAttribute("name"),
                    version.isEmpty() ? OsgiVersion.parse("0.0.0") : parseVersion(version)));
        }
        return features;
    }

    boolean declares(String name, OsgiVersion version) {
        return features().contains(new Feature(name, version));
    }

    /** The text of every {@code <bundle>} of every feature, trimmed, first occurrence first. */
    Set<String> bundleLocations() {
        Set<String> locations = new LinkedHashSet<>();
        for (Element bundle : elementsNamed(document, "bundle")) {
            locations.add(bundle.getTextContent().trim());
        }
        return locations;
    }

    static List<Element> topLevelFeatures(Document document) {
        List<Element> features = new ArrayList<>();
        NodeList children = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && "feature".equals(element.getLocalName())) {
                features.add(element);
            }
        }
        return features;
    }

    static List<Element> elementsNamed(Document document, String localName) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private OsgiVersion parseVersion(String version) {
        try {
            return OsgiVersion.parse(version);
        } catch (PublishingException e) {
            throw new PublishingException(source + ": a feature version " + e.getMessage(), e);
        }
    }
}
