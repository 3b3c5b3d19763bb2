package org.suqiu.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain model knows no framework: no Spring, no MongoDB, no Kafka, no web, no Reactor. */
@AnalyzeClasses(packages = "org.suqiu.routing", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule modelUsesNoFramework = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "reactor..", "tools.jackson..", "com.fasterxml..", "jakarta..", "org.suqiu.platform..",
                    "org.suqiu.contracts..");

    @ArchTest
    static final ArchRule modelDependsOnNoOuterLayer = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..messaging..", "..web..");

    @ArchTest
    static final ArchRule modelCarriesNoSpringStereotype = classes().that().resideInAPackage("..model..")
            .should().notBeAnnotatedWith("org.springframework.stereotype.Component")
            .andShould().notBeAnnotatedWith("org.springframework.stereotype.Service");

    @ArchTest
    static final ArchRule applicationKnowsNoStoreOrBroker = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework.cloud..", "org.springframework.kafka..");
}
