package org.lihaaz.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The libraries only Lihaaz's own programs need (the CLI's option parser, the language server's
 * protocol, the logging bindings) are optional in the published pom, so a program that embeds the
 * engine does not inherit them; the engine's own libraries are not. (The CLI's lib/ and the release
 * archives still carry the optional ones: InstallIT runs them.)
 */
class EmbedderDependenciesTest {
    @Test
    void programLibrariesAreOptionalAndEngineLibrariesAreNot() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        Element deps = null;
        NodeList all = project.getElementsByTagName("dependencies");
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i).getParentNode() == project) {
                deps = (Element) all.item(i);
            }
        }
        Map<String, Boolean> optional = new TreeMap<>();
        NodeList list = deps.getElementsByTagName("dependency");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            if (d.getParentNode() != deps || text(d, "scope").equals("test")) {
                continue;
            }
            optional.put(text(d, "artifactId"), text(d, "optional").equals("true"));
        }
        for (String program : new String[] {"picocli", "slf4j-nop", "log4j-to-slf4j", "org.eclipse.lsp4j"}) {
            assertEquals(Boolean.TRUE, optional.get(program), program + " must be optional: " + optional);
        }
        for (String engine : new String[] {"opennlp-tools", "lucene-analysis-common", "jackson-dataformat-yaml",
                "commonmark", "jsoup", "poi-ooxml"}) {
            assertEquals(Boolean.FALSE, optional.get(engine), engine + " is needed by the engine: " + optional);
        }
        assertTrue(optional.size() > 10, "read the dependencies: " + optional);
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }
}
