package org.suqiu.mediation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.suqiu.mediation", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule modelKnowsNoFrameworks = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "tools.jackson..", "com.fasterxml.jackson..", "jakarta..", "org.suqiu.platform..")
            .because("the domain model of cases must not know Spring, MongoDB, Kafka or JSON (STYLE.md)");

    @ArchTest
    static final ArchRule modelCarriesNoStereotypes = noClasses()
            .that().resideInAPackage("..model..")
            .should().beAnnotatedWith("org.springframework.stereotype.Service")
            .orShould().beAnnotatedWith("org.springframework.stereotype.Component");

    @ArchTest
    static final ArchRule modelDependsOnNoOuterLayer = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..messaging..", "..web..");
}
