package dev.platina.marketplace.impl.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A skill's Karaf feature file, checked and re-pointed at the verified copies of its bundles. A skill may name
 * bundles it ships and features of the platform ({@code platina-*}) or of the skills it requires; it may not add
 * repositories or write configuration files, which would reach beyond the package that was verified.
 */
final class FeatureFile {

    private static final Set<String> FORBIDDEN = Set.of("repository", "configfile", "config", "library", "capability",
            "requirement");

    private final Document document;
    private final String source;

    private FeatureFile(Document document, String source) {
        this.document = document;
        this.source = source;
    }

    static FeatureFile parse(byte[] xml, String source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return new FeatureFile(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)), source);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PackageRejectedException(source + " is not a readable Karaf feature file (" + e.getMessage()
                    + ").");
        }
    }

    /**
     * Checks the content and replaces each bundle location with the verified file's URI.
     *
     * @param verified bundle location as written in the file -> verified copy
     * @param allowedFeatures names of features of required skills the skill may depend on
     */
    byte[] repointed(String featureName, String featureVersion, Map<String, URI> verified, Set<String> allowedFeatures) {
        Element root = document.getDocumentElement();
        if (!"features".equals(root.getLocalName())) {
            throw new PackageRejectedException(source + " is not a Karaf feature file.");
        }
        boolean found = false;
        for (Element feature : children(root, "feature")) {
            if (featureName.equals(feature.getAttribute("name"))
                    && featureVersion.equals(feature.getAttribute("version"))) {
                found = true;
            }
            check(feature, verified, allowedFeatures);
        }
        for (Element other : children(root, null)) {
            if (!"feature".equals(other.getLocalName())) {
                throw new PackageRejectedException(source + " contains <" + other.getLocalName() + ">: a skill's"
                        + " feature file may only hold its own features.");
            }
        }
        if (!found) {
            throw new PackageRejectedException(source + " has no feature " + featureName + " " + featureVersion
                    + ", which the skill descriptor names.");
        }
        return write();
    }

    private void check(Element feature, Map<String, URI> verified, Set<String> allowedFeatures) {
        for (Element child : children(feature, null)) {
            String kind = child.getLocalName();
            String text = child.getTextContent().trim();
            if (FORBIDDEN.contains(kind)) {
                throw new PackageRejectedException(source + ": a skill's feature may not contain <" + kind + ">.");
            }
            if ("bundle".equals(kind)) {
                URI file = verified.get(text);
                if (file == null) {
                    throw new PackageRejectedException(source + " installs the bundle " + text + ", which is not part"
                            + " of the signed package.");
                }
                child.setTextContent(file.toString());
            } else if ("feature".equals(kind) && !text.startsWith("platina-") && !allowedFeatures.contains(text)) {
                throw new PackageRejectedException(source + " depends on the feature " + text + ", which is neither"
                        + " part of the platform nor of a skill it requires.");
            }
        }
    }

    private static List<Element> children(Element parent, String name) {
        var elements = new ArrayList<Element>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (name == null || name.equals(element.getLocalName()))) {
                elements.add(element);
            }
        }
        return elements;
    }

    private byte[] write() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the feature file", e);
        }
    }
}
