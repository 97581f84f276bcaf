package org.anchang.board;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rotation engine imports nothing but the JDK (DESIGN.md): no Jackson, JavaFX, JDBC, POI or rules. */
class BoardPurityTest {

    @Test
    void boardEngineDependsOnlyOnTheJdk() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.anchang.board");
        noClasses().that().resideInAPackage("org.anchang.board")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.anchang.board")
                .check(classes);
    }
}
