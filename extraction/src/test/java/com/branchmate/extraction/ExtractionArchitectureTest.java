package com.branchmate.extraction;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module's packages depend downward only: vocabulary and the result types at the bottom, the rules on top. */
@AnalyzeClasses(packages = "com.branchmate.extraction", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtractionArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("com.branchmate.extraction.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule vocabularyDependsOnNoOtherPackage = noClasses()
            .that().resideInAPackage("com.branchmate.extraction.vocabulary..")
            .should().dependOnClassesThat().resideInAnyPackage("com.branchmate.extraction.rules..",
                    "com.branchmate.extraction.mentions..", "com.branchmate.extraction.llm..",
                    "com.branchmate.extraction.dates..");

    @ArchTest
    static final ArchRule resultTypesDependOnNoRules = noClasses()
            .that().resideInAPackage("com.branchmate.extraction")
            .should().dependOnClassesThat().resideInAnyPackage("com.branchmate.extraction.rules..",
                    "com.branchmate.extraction.mentions..", "com.branchmate.extraction.llm..");
}
