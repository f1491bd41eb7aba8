package org.lihaaz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.finding.Finding;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;

/** The public engine API as another JVM program would use it. */
class EngineApiTest {
    private static final Lihaaz ENGINE = Lihaaz.builder().build();

    @Test
    void checksTextWithTheBuiltInRules() {
        FileReport r = ENGINE.check(Input.ofText("post.md", "The **fireman** met the policemen."));
        assertEquals(List.of("gender.fireman", "gender.policeman"), r.findings().stream().map(Finding::ruleId).toList());
        Finding f = r.findings().get(0);
        assertEquals("fireman", f.match());
        assertEquals(1, f.start().line());
        assertEquals(7, f.start().column());
    }

    @Test
    void anInputThatCannotBeReadIsAnErrorNotAnException(@TempDir Path dir) {
        FileReport r = ENGINE.check(Input.ofFile(dir, "folder.md"));
        assertTrue(r.hasError());
        assertEquals(Problem.Severity.ERROR, r.problems().get(0).severity());
        assertTrue(r.findings().isEmpty());
    }

    @Test
    void oneEngineSharedByManyThreadsGivesTheSingleThreadResults() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add("Text " + i + ": she manned the stall; the fireman and " + i + " policemen; a transgender was there. "
                    + "The disabled account was restored. Mental health matters.");
        }
        List<List<String>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(describe(ENGINE.check(Input.ofText("t.txt", t))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> describe(ENGINE.check(Input.ofText("t.txt", t)))));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(expected.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
        assertFalse(expected.get(0).isEmpty());
    }

    private static List<String> describe(FileReport r) {
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.start().offset() + ":" + f.suggestions()).toList();
    }
}
