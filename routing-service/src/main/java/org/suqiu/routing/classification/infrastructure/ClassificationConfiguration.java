package org.suqiu.routing.classification.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.routing.classification.model.Categories;
import org.suqiu.routing.classification.model.Classifier;
import org.suqiu.routing.classification.model.HintClassifier;
import org.suqiu.routing.classification.model.SoftmaxRegression;
import org.suqiu.routing.classification.model.Taxonomy;
import org.suqiu.routing.classification.model.TextClassifier;
import org.suqiu.routing.classification.model.Tokenizer;

/** Wires the categories, the taxonomy, the tokenizer and the classifier, trained at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassifierProperties.class)
public class ClassificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClassificationConfiguration.class);

    @Bean
    Categories categories() {
        return Categories.firstLevel();
    }

    @Bean
    Taxonomy taxonomy(ClassifierProperties properties) {
        return ClassifierTraining.taxonomy(properties.taxonomy());
    }

    @Bean
    Tokenizer tokenizer() {
        return new JiebaTokenizer();
    }

    @Bean
    Classifier classifier(ClassifierProperties properties, Taxonomy taxonomy, Tokenizer tokenizer) {
        if (!properties.enabled()) {
            log.warn("Text classifier disabled (suqiu.routing.classifier.enabled=false): categories come from hints only");
            return new HintClassifier(taxonomy);
        }
        long start = System.nanoTime();
        TextClassifier classifier = ClassifierTraining.train(properties.training(), taxonomy, tokenizer,
                new SoftmaxRegression.Settings(properties.epochs(), properties.learningRate(), properties.l2(), properties.seed(),
                        false, properties.balanced()),
                properties.minConfidence());
        log.info("Text classifier trained on {} in {} ms (min-confidence {})", properties.training().getDescription(),
                (System.nanoTime() - start) / 1_000_000, properties.minConfidence());
        return classifier;
    }
}
