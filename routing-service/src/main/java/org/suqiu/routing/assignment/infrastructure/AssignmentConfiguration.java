package org.suqiu.routing.assignment.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.routing.assignment.application.RoutedEvents;
import org.suqiu.routing.assignment.application.RoutingGrievance;
import org.suqiu.routing.assignment.messaging.GrievanceReceivedHandler;
import org.suqiu.routing.assignment.messaging.RoutedEventsPublisher;
import org.suqiu.routing.assignment.model.InvalidRuleTableException;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.assignment.model.RoutingRules;
import org.suqiu.routing.classification.model.Categories;
import org.suqiu.routing.classification.model.Classifier;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.jurisdiction.model.JurisdictionResolver;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;
import org.suqiu.routing.support.CsvTable;

import com.mongodb.reactivestreams.client.MongoDatabase;

/**
 * Wires assignment: the rule table (checked before anything starts), the policy, the decision
 * store, the routed events and the {@code routeGrievance} consumer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
public class AssignmentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssignmentConfiguration.class);

    @Bean
    RoutingRules routingRules(RulesProperties properties, Categories categories, Jurisdictions jurisdictions, Directory directory) {
        if (properties.location() == null) {
            throw new InvalidRuleTableException("(none)", List.of("suqiu.routing.rules.location is not set"));
        }
        CsvTable table = RulesCsv.table(properties.location());
        RoutingRules rules = RoutingRules.validated(table.location(), RulesCsv.read(table), categories::contains,
                code -> jurisdictions.byCode(code).isPresent(), directory::contains);
        log.info("Rule table: {} rules from {}", rules.all().size(), table.location());
        return rules;
    }

    @Bean
    RoutingPolicy routingPolicy(JurisdictionResolver resolver, Jurisdictions jurisdictions, Classifier classifier,
                                RoutingRules rules, Directory directory) {
        return new RoutingPolicy(resolver, jurisdictions, classifier, rules, directory);
    }

    @Bean
    MongoDecisions mongoDecisions(MongoDatabase routingDatabase, FieldCipher fieldCipher) {
        return new MongoDecisions(routingDatabase, fieldCipher);
    }

    @Bean
    RoutedEvents routedEvents(EventPublisher publisher) {
        return new RoutedEventsPublisher(publisher);
    }

    @Bean
    RoutingGrievance routingGrievance(RoutingPolicy policy, MongoDecisions decisions, RoutedEvents events, Clock clock,
                                      AuditTrail auditTrail) {
        return new RoutingGrievance(policy, decisions, events, clock, entry -> auditTrail.record(entry).then());
    }

    @Bean
    Consumer<Message<byte[]>> routeGrievance(EventCodec codec, RoutingGrievance routingGrievance) {
        return new GrievanceReceivedHandler(codec, routingGrievance);
    }

    @Bean
    ApplicationRunner decisionIndexes(MongoDecisions decisions) {
        return args -> decisions.createIndexes().block(Duration.ofSeconds(30));
    }
}
