package org.anchang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The import direction of DESIGN.md: the pure engines and value types touch no UI, database or spreadsheet. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.anchang");

    @Test
    void rulesImportsNoJavaFxJdbcOrPoi() {
        noClasses().that().resideInAPackage("org.anchang.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.apache.poi..",
                        "org.h2..", "org.jdbi..", "org.anchang.ui..", "org.anchang.store..", "org.anchang.office..")
                .check(MAIN);
    }

    @Test
    void theJudgeCoreReadsNoFileFormat() {
        noClasses().that().resideInAPackage("org.anchang.rules").should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "picocli..").check(MAIN);
    }

    @Test
    void valueTypesAndRegistersImportOnlyTheJdk() {
        noClasses().that().resideInAnyPackage("org.anchang.customer..", "org.anchang.register..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.anchang.customer..", "org.anchang.register..")
                .check(MAIN);
    }

    @Test
    void theEnginesRegistersAndCustomersNeverTouchPoi() {
        noClasses().that().resideInAnyPackage("org.anchang.rules..", "org.anchang.register..", "org.anchang.customer..", "org.anchang.board..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..", "org.anchang.excel..")
                .check(MAIN);
    }

    @Test
    void poiLivesInTheExcelPackageAndTheCommandLineOnly() {
        noClasses().that().resideOutsideOfPackages("org.anchang.excel..", "org.anchang.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..").check(MAIN);
    }

    @Test
    void nothingButTheCommandLineAndTheLauncherUsesPicocli() {
        noClasses().that().resideOutsideOfPackages("org.anchang.cli..").and().doNotHaveFullyQualifiedName("org.anchang.Launcher")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(MAIN);
    }

    @Test
    void importsGoUiToOfficeToEnginesAndStoreNeverBack() {
        noClasses().that().resideInAPackage("org.anchang.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("org.anchang.cli..", "org.anchang.store..", "org.jdbi..", "java.sql..").check(MAIN);
        noClasses().that().resideInAPackage("org.anchang.office..").should().dependOnClassesThat()
                .resideInAnyPackage("org.anchang.ui..", "org.anchang.cli..", "javafx..").check(MAIN);
        noClasses().that().resideInAPackage("org.anchang.store..").should().dependOnClassesThat()
                .resideInAnyPackage("org.anchang.ui..", "org.anchang.cli..", "org.anchang.office..", "javafx..").check(MAIN);
        noClasses().that().resideInAPackage("org.anchang.board..").should().dependOnClassesThat()
                .resideInAnyPackage("org.anchang.ui..", "org.anchang.store..", "org.anchang.office..").check(MAIN);
    }
}
