package org.lihaaz.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary between the public API and the internals (ARCHITECTURE.md, "The public API"), checked
 * on the compiled main classes:
 * <ul>
 * <li>the front-ends (the CLI, the language server, the Spark job) use public packages only;</li>
 * <li>internal packages never reach out to the engine, the tools or a front-end;</li>
 * <li>the engine API reaches no tool and no front-end, and no tool reaches a front-end;</li>
 * <li>the pipeline stages read one way (no cycle between them, a stage's public values and its
 *     internals counted as one stage);</li>
 * <li>what a public package offers in public signatures is made of public types only, so an embedder
 *     can hold on to everything it is given.</li>
 * </ul>
 */
class ApiBoundaryTest {
    static final String INTERNAL = "org.lihaaz.internal..";
    static final String[] FRONT_ENDS = {"org.lihaaz.cli..", "org.lihaaz.lsp..", "org.lihaaz.spark.."};
    static final String[] TOOLS = {"org.lihaaz.batch..", "org.lihaaz.fix..", "org.lihaaz.review..",
            "org.lihaaz.baseline..", "org.lihaaz.git..", "org.lihaaz.ruletest.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lihaaz");
    }

    @Test
    void frontEndsUsePublicPackagesOnly() {
        noClasses().that().resideInAnyPackage(FRONT_ENDS)
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .because("the CLI, the language server and the Spark job embed the engine like any other program")
                .check(classes);
    }

    @Test
    void internalsNeverReachOut() {
        noClasses().that().resideInAPackage(INTERNAL)
                .should().dependOnClassesThat().resideInAnyPackage(concat(concat(FRONT_ENDS, TOOLS),
                        "org.lihaaz.engine..", "org.lihaaz.config..", "org.lihaaz.report.."))
                .because("the pipeline stages know only the stages before them")
                .allowEmptyShould(true) // before api-move.sh there is no internal package yet
                .check(classes);
    }

    @Test
    void engineReachesNoToolAndToolsNoFrontEnd() {
        noClasses().that().resideInAPackage("org.lihaaz.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(FRONT_ENDS, TOOLS))
                .check(classes);
        noClasses().that().resideInAnyPackage(TOOLS)
                .should().dependOnClassesThat().resideInAnyPackage(FRONT_ENDS)
                .check(classes);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().assignedFrom(new StageSlices()).should().beFreeOfCycles().check(classes);
    }

    @Test
    void publicSignaturesUsePublicTypesOnly() {
        ArchRuleDefinition.classes().that().resideOutsideOfPackage(INTERNAL).and().arePublic()
                .should(new ArchCondition<JavaClass>("offer only public types in public signatures") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaCodeUnit m : c.getCodeUnits()) {
                            if (m.getModifiers().contains(JavaModifier.PUBLIC)) {
                                Set<String> types = new TreeSet<>();
                                m.getParameterTypes().forEach(t -> t.getAllInvolvedRawTypes().forEach(r -> types.add(r.getName())));
                                m.getReturnType().getAllInvolvedRawTypes().forEach(r -> types.add(r.getName()));
                                m.getThrowsClause().getTypes().forEach(t -> types.add(t.getName()));
                                report(events, c, m.getFullName(), types);
                            }
                        }
                        for (JavaField f : c.getFields()) {
                            if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
                                Set<String> types = new TreeSet<>();
                                f.getType().getAllInvolvedRawTypes().forEach(r -> types.add(r.getName()));
                                report(events, c, f.getFullName(), types);
                            }
                        }
                    }
                })
                .check(classes);
    }

    private static void report(ConditionEvents events, JavaClass c, String member, Set<String> types) {
        for (String t : types) {
            if (t.startsWith("org.lihaaz.internal.")) {
                events.add(SimpleConditionEvent.violated(c, member + " exposes the internal type " + t));
            }
        }
    }

    /** Each package is one slice; a stage's public values and its internals ({@code internal.<stage>}) are the same slice. */
    static final class StageSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith("org.lihaaz.")) {
                return SliceIdentifier.ignore();
            }
            String rest = p.substring("org.lihaaz.".length());
            if (rest.startsWith("internal.")) {
                rest = rest.substring("internal.".length());
            }
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "Lihaaz packages, a stage's internals with its values";
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
