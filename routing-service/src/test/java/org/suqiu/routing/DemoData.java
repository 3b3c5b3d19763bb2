package org.suqiu.routing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.suqiu.routing.assignment.infrastructure.RulesCsv;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.assignment.model.RoutingRule;
import org.suqiu.routing.assignment.model.RoutingRules;
import org.suqiu.routing.classification.model.Categories;
import org.suqiu.routing.classification.infrastructure.ClassifierTraining;
import org.suqiu.routing.classification.infrastructure.JiebaTokenizer;
import org.suqiu.routing.classification.model.HintClassifier;
import org.suqiu.routing.classification.model.SoftmaxRegression;
import org.suqiu.routing.classification.model.Taxonomy;
import org.suqiu.routing.classification.model.TextClassifier;
import org.suqiu.routing.directory.infrastructure.UnitsCsv;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.jurisdiction.infrastructure.BoundaryImport;
import org.suqiu.routing.jurisdiction.infrastructure.DivisionsCsv;
import org.suqiu.routing.jurisdiction.model.AddressMatcher;
import org.suqiu.routing.jurisdiction.model.Boundary;
import org.suqiu.routing.jurisdiction.model.Crs;
import org.suqiu.routing.jurisdiction.model.JurisdictionResolver;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;
import org.suqiu.routing.jurisdiction.model.PointLocator;

/** The demo city's data as the service loads it (嘉兴市), read once per test JVM. */
public final class DemoData {

    public static final List<String> GENERIC_WORDS = List.of("大桥", "长安", "河山", "大麻", "石门", "百步");

    private static final Jurisdictions JURISDICTIONS = DivisionsCsv.read(new ClassPathResource("demo/divisions.csv"));
    private static final PointLocator POINT_LOCATOR = new PointLocator(boundaries());
    private static final Directory DIRECTORY = UnitsCsv.read(new ClassPathResource("demo/units.csv"),
            code -> JURISDICTIONS.byCode(code).isPresent());

    private static TextClassifier classifier;

    private DemoData() {
    }

    /** The text classifier as the service trains it by default (trained once per test JVM). */
    public static synchronized TextClassifier classifier() {
        if (classifier == null) {
            classifier = ClassifierTraining.train(new ClassPathResource("classifier/train_tokenized.csv"), taxonomy(),
                    new JiebaTokenizer(), SoftmaxRegression.Settings.DEFAULT, 0.5);
        }
        return classifier;
    }

    public static Taxonomy taxonomy() {
        return ClassifierTraining.taxonomy(new ClassPathResource("classifier/taxonomy.csv"));
    }

    public static Jurisdictions jurisdictions() {
        return JURISDICTIONS;
    }

    public static PointLocator pointLocator() {
        return POINT_LOCATOR;
    }

    public static AddressMatcher addressMatcher() {
        return new AddressMatcher(JURISDICTIONS, GENERIC_WORDS);
    }

    public static JurisdictionResolver jurisdictionResolver() {
        return new JurisdictionResolver(JURISDICTIONS, POINT_LOCATOR, addressMatcher());
    }

    public static Directory directory() {
        return DIRECTORY;
    }

    public static List<RoutingRule> ruleRows() {
        return RulesCsv.read(RulesCsv.table(new ClassPathResource("demo/rules.csv")));
    }

    public static RoutingRules rules() {
        return RoutingRules.validated("demo/rules.csv", ruleRows(), Categories.firstLevel()::contains,
                code -> JURISDICTIONS.byCode(code).isPresent(), DIRECTORY::contains);
    }

    public static RoutingPolicy policy() {
        return new RoutingPolicy(jurisdictionResolver(), JURISDICTIONS, new HintClassifier(Categories.firstLevel()),
                rules(), DIRECTORY);
    }

    /** The policy as the service runs it: with the trained text classifier and the deeper taxonomy. */
    public static RoutingPolicy policyWithClassifier() {
        return new RoutingPolicy(jurisdictionResolver(), JURISDICTIONS, classifier(), rules(), DIRECTORY);
    }

    private static List<Boundary> boundaries() {
        List<Boundary> all = new ArrayList<>(BoundaryImport.read(new ClassPathResource("demo/boundaries_wgs84.geojson"), Crs.WGS84));
        all.addAll(BoundaryImport.read(new ClassPathResource("demo/boundaries_gcj02.geojson"), Crs.GCJ02));
        return all;
    }
}
