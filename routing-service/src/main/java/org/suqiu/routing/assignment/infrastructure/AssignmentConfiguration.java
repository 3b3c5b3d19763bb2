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
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.routing.assignment.application.AssigningByHand;
import org.suqiu.routing.assignment.application.ReroutingReturned;
import org.suqiu.routing.assignment.application.RoutedEvents;
import org.suqiu.routing.assignment.application.RuleBook;
import org.suqiu.routing.assignment.application.RoutingGrievance;
import org.suqiu.routing.assignment.messaging.CaseReturnedHandler;
import org.suqiu.routing.assignment.messaging.GrievanceReceivedHandler;
import org.suqiu.routing.assignment.messaging.RoutedEventsPublisher;
import org.suqiu.routing.assignment.model.InvalidRuleTableException;
import org.suqiu.routing.assignment.model.LinkPolicy;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.assignment.model.RoutingRules;
import org.suqiu.routing.classification.model.Taxonomy;
import org.suqiu.routing.directory.application.LiveDirectory;
import org.suqiu.routing.classification.model.Classifier;
import org.suqiu.routing.classification.model.TextClassifier;
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
@EnableConfigurationProperties({RulesProperties.class, LinkingProperties.class})
public class AssignmentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssignmentConfiguration.class);

    /** The rule seed, checked before anything starts: a start with a broken seed is refused. */
    @Bean
    RoutingRules ruleSeed(RulesProperties properties, Taxonomy taxonomy, Jurisdictions jurisdictions, Directory directory) {
        if (properties.location() == null) {
            throw new InvalidRuleTableException("(none)", List.of("suqiu.routing.rules.location is not set"));
        }
        CsvTable table = RulesCsv.table(properties.location());
        RoutingRules rules = RoutingRules.validated(table.location(), RulesCsv.read(table), c -> taxonomy.path(c).isPresent(),
                code -> jurisdictions.byCode(code).isPresent(), directory::contains);
        log.info("Rule seed: {} rules from {}", rules.all().size(), table.location());
        return rules;
    }

    @Bean
    MongoRuleSets mongoRuleSets(MongoDatabase routingDatabase) {
        return new MongoRuleSets(routingDatabase);
    }

    /** The versioned rule set, loaded (or seeded) before the consumers start, so no grievance meets an empty book. */
    @Bean
    RuleBook ruleBook(MongoRuleSets sets, RoutingRules ruleSeed, Taxonomy taxonomy, Jurisdictions jurisdictions,
                      LiveDirectory directory, Clock clock, AuditTrail auditTrail) {
        RuleBook book = new RuleBook(sets, new RuleBook.Checks(c -> taxonomy.path(c).isPresent(),
                code -> jurisdictions.byCode(code).isPresent(), id -> directory.current().contains(id)),
                clock, entry -> auditTrail.record(entry).then());
        book.load(ruleSeed).block(Duration.ofSeconds(60));
        return book;
    }

    @Bean
    RoutingPolicy routingPolicy(JurisdictionResolver resolver, Jurisdictions jurisdictions, Classifier classifier,
                                RuleBook ruleBook, LiveDirectory directory) {
        return new RoutingPolicy(resolver, jurisdictions, classifier, ruleBook::current, directory::current);
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
    MongoFingerprints mongoFingerprints(MongoDatabase routingDatabase) {
        return new MongoFingerprints(routingDatabase);
    }

    @Bean
    RoutingGrievance routingGrievance(RoutingPolicy policy, MongoDecisions decisions, RoutedEvents events, Clock clock,
                                      AuditTrail auditTrail, LinkingProperties linking, MongoFingerprints fingerprints,
                                      Classifier classifier) {
        RoutingGrievance.Linking repeats = null;
        if (linking.enabled() && classifier instanceof TextClassifier text) {
            repeats = new RoutingGrievance.Linking(new LinkPolicy(linking.repeatWindow(), linking.repeatSimilarity(),
                    linking.mergeWindow(), linking.mergeSimilarity()), fingerprints, text::vector);
        } else {
            log.warn("Repeats and duplicates are not looked for (linking disabled or no text classifier)");
        }
        return new RoutingGrievance(policy, decisions, events, clock, entry -> auditTrail.record(entry).then(), repeats);
    }

    @Bean
    Consumer<Message<byte[]>> routeGrievance(EventCodec codec, RoutingGrievance routingGrievance, EventSeal eventSeal) {
        return new GrievanceReceivedHandler(codec, routingGrievance, eventSeal);
    }

    @Bean
    ReroutingReturned reroutingReturned(RoutingPolicy policy, MongoDecisions decisions, RoutedEvents events, Clock clock,
                                        AuditTrail auditTrail) {
        return new ReroutingReturned(policy, decisions, events, clock, entry -> auditTrail.record(entry).then());
    }

    @Bean
    AssigningByHand assigningByHand(RoutingPolicy policy, MongoDecisions decisions, RoutedEvents events, Clock clock,
                                    AuditTrail auditTrail) {
        return new AssigningByHand(policy, decisions, events, clock, entry -> auditTrail.record(entry).then());
    }

    @Bean
    Consumer<Message<byte[]>> rerouteReturned(EventCodec codec, ReroutingReturned rerouting) {
        return new CaseReturnedHandler(codec, rerouting);
    }

    @Bean
    ApplicationRunner decisionIndexes(MongoDecisions decisions, MongoFingerprints fingerprints) {
        return args -> decisions.createIndexes().then(fingerprints.createIndexes()).block(Duration.ofSeconds(30));
    }
}
