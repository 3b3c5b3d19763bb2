package org.suqiu.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.suqiu.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule modelDependsOnTheJdkAndTheContractsOnly = classes()
            .that().resideInAPackage("org.suqiu.intake..model..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.suqiu.intake..model..", "org.suqiu.contracts..");

    @ArchTest
    static final ArchRule modelKnowsNoSpringMongoKafkaOrReactor = noClasses()
            .that().resideInAPackage("org.suqiu.intake..model..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "reactor..", "tools.jackson..", "com.fasterxml..", "jakarta..", "org.suqiu.platform..");

    @ArchTest
    static final ArchRule applicationKnowsNoMongoKafkaOrWeb = noClasses()
            .that().resideInAPackage("org.suqiu.intake..application..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..", "org.springframework..");
}
