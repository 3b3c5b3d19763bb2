package org.suqiu.routing.classification.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.routing.classification.model.Categories;
import org.suqiu.routing.classification.model.Classifier;
import org.suqiu.routing.classification.model.HintClassifier;

/** Wires the categories and the classifier (for now: the category hint only). */
@Configuration(proxyBeanMethods = false)
public class ClassificationConfiguration {

    @Bean
    Categories categories() {
        return Categories.firstLevel();
    }

    @Bean
    Classifier classifier(Categories categories) {
        return new HintClassifier(categories);
    }
}
