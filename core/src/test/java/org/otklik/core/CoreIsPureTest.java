package org.otklik.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core is the shared vocabulary: it does no I/O and knows no other module, so every module can depend on it. */
class CoreIsPureTest {
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.otklik.core");

    @Test
    void core_does_no_io() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..",
                "javax.sql..", "java.net.http..").check(CORE);
    }

    @Test
    void core_reads_no_clock_of_its_own() {
        // deadlines must be computed from a Clock the caller passes, so tests can fix the time
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis").check(CORE);
    }

    @Test
    void core_depends_on_no_other_otklik_module() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.otklik.config..", "org.otklik.store..",
                "org.otklik.crawler..", "org.otklik.classifier..", "org.otklik.dispatcher..", "org.otklik.dashboard..",
                "org.otklik.app..").check(CORE);
    }
}
