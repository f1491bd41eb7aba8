package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What each CI format promises beyond its golden file: escaping, units, parseability. */
class CiFormatsTest {
    /** A workflow command parsed the way the Actions runner does: split, then unescape. */
    private record Command(String name, Map<String, String> properties, String message) {
        static Command parse(String line) {
            assertTrue(line.startsWith("::"), line);
            int end = line.indexOf("::", 2);
            String head = line.substring(2, end);
            String message = unescape(line.substring(end + 2));
            int space = head.indexOf(' ');
            Map<String, String> props = new LinkedHashMap<>();
            if (space >= 0) {
                for (String kv : head.substring(space + 1).split(",")) {
                    int eq = kv.indexOf('=');
                    props.put(kv.substring(0, eq), unescape(kv.substring(eq + 1)));
                }
            }
            return new Command(space >= 0 ? head.substring(0, space) : head, props, message);
        }

        static String unescape(String s) {
            return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
                    .replace("%25", "%");
        }
    }

    private static final String NASTY_RULE = """
            - id: test.nasty
              level: warning
              category: test
              terms: [chairman]
              replace: [chair]
              message: "Percent 100%25 and 50% off, a colon: here, a comma, and::double\\nnew line\\r\\nCRLF"
              note: "Note, with: everything %0A literal"
              source: s
              examples:
                flag: [x]
                clean: [y]
            """;

    @Test
    void githubCommandsEscapeColonsCommasNewlinesAndPercentSigns() throws Exception {
        Lihaaz engine = org.lihaaz.testing.TestRules.engine(NASTY_RULE);
        String path = "drafts/a:b,c%d 100%25\u00E9.md";
        FileReport file = engine.check(Input.ofText(path, "The chairman spoke.\n", Format.TEXT));
        Finding f = file.findings().get(0);
        String line = GithubReporter.command(path, f);
        assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + line);
        Command c = Command.parse(line);
        assertEquals("warning", c.name());
        assertEquals(List.of("file", "line", "col", "endColumn", "title"), new ArrayList<>(c.properties().keySet()));
        assertEquals(path, c.properties().get("file"), "the path survives the round trip");
        assertEquals("1", c.properties().get("line"));
        assertEquals("5", c.properties().get("col"));
        assertEquals("13", c.properties().get("endColumn"));
        assertEquals("Lihaaz: test.nasty", c.properties().get("title"));
        assertTrue(c.message().startsWith(f.message()), c.message());
        assertTrue(c.message().contains("\nNote, with: everything %0A literal"), c.message());
    }

    @Test
    void githubEscapingMatchesTheActionsToolkit() {
        assertEquals("a%25b%0D%0Ac: d, e", GithubReporter.escapeData("a%b\r\nc: d, e"));
        assertEquals("a%25b%0D%0Ac%3A d%2C e", GithubReporter.escapeProperty("a%b\r\nc: d, e"));
        assertEquals("%2525", GithubReporter.escapeData("%25"), "a literal %25 stays literal");
    }

    @Test
    void githubOutputHasOneCommandPerFindingAndProblem() {
        String out = GoldenReports.render("github", GoldenReports.report());
        List<Command> commands = out.lines().map(Command::parse).toList();
        assertEquals(6 + 2, commands.size(), out);
        assertEquals(2, commands.stream().filter(c -> c.name().equals("error") && c.properties().containsKey("line")).count());
        assertTrue(commands.stream().anyMatch(c -> c.name().equals("notice")
                && "drafts/photo.txt".equals(c.properties().get("file"))));
    }

    @Test
    void rdjsonColumnsCountUtf8BytesAndSafeFixesBecomeSuggestions() throws Exception {
        JsonNode r = new ObjectMapper().readTree(GoldenReports.render("rdjson", GoldenReports.report()));
        JsonNode second = r.get("diagnostics").get(2);
        String line = "The chairman met the firemen. \uD83D\uDE00 Caf\u00E9 owners asked the chairman, again.";
        int bytes = line.substring(0, line.lastIndexOf("chairman")).getBytes(StandardCharsets.UTF_8).length;
        assertEquals(bytes + 1, second.at("/location/range/start/column").asInt());
        assertEquals(bytes + 1 + 8, second.at("/location/range/end/column").asInt());
        int suggestions = 0;
        for (JsonNode d : r.get("diagnostics")) {
            if (d.has("suggestions")) {
                suggestions++;
                assertEquals(d.at("/location/range"), d.at("/suggestions/0/range"));
            }
        }
        // The notes' policeman is inside a quotation, so it gets none.
        assertEquals(2, suggestions, "only fix: safe rules outside quotations get one-click suggestions");
        JsonNode urdu = r.get("diagnostics").get(5);
        assertEquals("drafts/\u0645\u0636\u0645\u0648\u0646.txt", urdu.at("/location/path").asText());
        String urduLine = "\u06CC\u06C1 \u0645\u0636\u0645\u0648\u0646 \u06C1\u06D2: the ";
        assertEquals(urduLine.getBytes(StandardCharsets.UTF_8).length + 1, urdu.at("/location/range/start/column").asInt());
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void checkstyleXmlParsesAndKeepsMessagesIntact() throws Exception {
        Document doc = xml(GoldenReports.render("checkstyle", GoldenReports.report()));
        NodeList errors = doc.getElementsByTagName("error");
        assertEquals(6 + 2, errors.getLength());
        Element policeman = null;
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            if (e.getAttribute("source").equals("lihaaz.golden.policeman")) {
                policeman = e;
            }
        }
        assertTrue(policeman != null);
        assertTrue(policeman.getAttribute("message").contains("\"police officer\": 100%"));
        assertTrue(policeman.getAttribute("message").contains("commas\nand a second line"),
                "the line break survives attribute normalisation");
        assertEquals("info", policeman.getAttribute("severity"));
    }

    @Test
    void junitHasOneCasePerFileAndFailsFilesAtTheFailOnLevel() throws Exception {
        Document doc = xml(GoldenReports.render("junit", GoldenReports.report()));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(6, cases.getLength());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("failures"), "council and the Urdu file; notes has only suggestions");
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("skipped"));
        java.io.StringWriter never = new java.io.StringWriter();
        new JunitReporter(null).write(GoldenReports.report(), never);
        assertEquals("0", ((Element) xml(never.toString()).getElementsByTagName("testsuite").item(0)).getAttribute("failures"),
                "--fail-on never fails no file");
    }

    @Test
    void xmlEscapingDropsCharactersXmlCannotHold() {
        assertEquals("a&amp;b&lt;c&gt;&quot;d&#10;\uFFFD", Xml.attr("a&b<c>\"d\n\u0001"));
        assertEquals("\uD83D\uDE00", Xml.text("\uD83D\uDE00"), "emoji kept whole");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        assertEquals("plain", CsvReporter.field("plain"));
        assertEquals("\"a, b\"", CsvReporter.field("a, b"));
        assertEquals("\"say \"\"x\"\"\"", CsvReporter.field("say \"x\""));
        assertEquals("\"two\nlines\"", CsvReporter.field("two\nlines"));
        assertEquals("'=HYPERLINK(1)", CsvReporter.field("=HYPERLINK(1)"));
        assertEquals("'@cmd", CsvReporter.field("@cmd"));
    }

    @Test
    void csvHasAHeaderAndOneRowPerFinding() {
        String csv = GoldenReports.render("csv", GoldenReports.report());
        assertTrue(csv.startsWith("\uFEFFpath,line,column,"), "BOM, then the header");
        assertTrue(csv.contains("\r\n"));
        // The policeman message has a line break inside quotes, so count records, not lines.
        int records = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records++;
            }
        }
        assertEquals(1 + 6, records);
    }

    @Test
    void htmlIsSelfContainedAndEscapesText() {
        String html = GoldenReports.render("html", GoldenReports.report());
        assertFalse(html.matches("(?s).*<(script|link|img|iframe)[^>]*\\s(src|href)=.*"), "nothing loaded from anywhere");
        assertFalse(html.contains("@import") || html.contains("url("), "no external CSS resources");
        assertTrue(html.contains("default-src 'none'"), "a CSP forbids network loads");
        assertTrue(html.contains("Job titles &lt;b&gt;name&lt;/b&gt; the work &amp; not"), "rule text escaped");
        assertFalse(html.contains("<b>name</b>"));
        assertTrue(html.contains("&quot;a <mark>policeman</mark>&quot; &amp; &lt;others&gt;"), "context escaped, match marked");
        assertTrue(html.contains("<a href=\"https://example.org/style?x=1&amp;y=2\""), "source links");
        assertEquals(6, html.split("<article class=\"finding", -1).length - 1);
        assertTrue(html.contains("<svg class=\"chart\""));
        for (String filter : List.of("category", "level", "language")) {
            assertTrue(html.contains("data-filter=\"" + filter + "\""), filter);
        }
    }

    @Test
    void htmlWithNoFindingsSaysSo() {
        String html = GoldenReports.render("html", new Report(List.of(), List.of(), List.of(), 0));
        assertTrue(html.contains("No findings"));
        assertFalse(html.contains("<script>"), "no filters to run");
    }

    @Test
    void summaryTableListsCategoriesFilesAndTopRules() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        new SummaryTable().write(GoldenReports.report(), out);
        String s = out.toString();
        assertTrue(s.startsWith("Summary: 6 findings in 3 of 6 files"), s);
        assertTrue(s.matches("(?s).*\\n  gender\\s+5\\s+2\\s+2\\s+1\\n.*"), s);
        assertTrue(s.matches("(?s).*\\n  total\\s+6\\s+2\\s+2\\s+2\\n.*"), s);
        assertTrue(s.matches("(?s).*\\n  drafts/council meeting, 2024.md\\s+3\\n.*"), s);
        assertTrue(s.indexOf("golden.chairman") < s.indexOf("golden.manpower"), "most frequent rules first");
    }
}
