package org.suqiu.notification;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.suqiu.platform.security.JurisdictionScope;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain model knows no Spring, MongoDB, Kafka, Jackson nor the wire contracts; its ports speak
 * Reactor's {@code Mono}/{@code Flux} and nothing else.
 */
@AnalyzeClasses(packages = "org.suqiu.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelIsFrameworkFreeTest {

    @ArchTest
    static final ArchRule modelDependsOnlyOnTheJdkReactorAndOtherModels = classes()
            .that().resideInAPackage("..model..")
            .should().onlyDependOnClassesThat(resideInAnyPackage(
                    "java..", "reactor.core.publisher..", "org.suqiu.notification..model..")
                    .or(belongToAnyOf(JurisdictionScope.class)));

    @ArchTest
    static final ArchRule modelCarriesNoFrameworkAnnotations = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat(resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..", "org.suqiu.contracts..", "org.suqiu.platform..")
                    // the platform's division codes are plain Java, shared so that every service parses them alike
                    .and(not(belongToAnyOf(JurisdictionScope.class))));
}
