package org.lihaaz.rule;

import java.util.List;

/**
 * A rule's own tests: sentences it must flag and sentences it must leave alone.
 *
 * @param flag  sentences the rule must raise a finding on, as written: they may mark the span and pin
 *              the rewrite (see {@link Example})
 * @param clean sentences the rule must not raise a finding on
 */
public record Examples(List<String> flag, List<String> clean) {
    public Examples {
        flag = List.copyOf(flag);
        clean = List.copyOf(clean);
    }

    /** The flag examples, read. */
    public List<Example> flagExamples() {
        return flag.stream().map(Example::parse).toList();
    }
}
