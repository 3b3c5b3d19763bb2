package org.suqiu.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.suqiu.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule modelKnowsNoFramework = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.nimbusds..",
                    "jakarta..", "org.slf4j..", "tools.jackson..", "com.fasterxml..")
            .because("the staff model is plain Java; Spring and Nimbus stay at the edges");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherLayer = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..application..", "..web..");
}
