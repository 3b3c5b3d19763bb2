package org.suqiu.routing.classification.infrastructure;

import java.util.List;

import org.springframework.core.io.Resource;
import org.suqiu.routing.classification.model.Categories;
import org.suqiu.routing.classification.model.SoftmaxRegression;
import org.suqiu.routing.classification.model.Taxonomy;
import org.suqiu.routing.classification.model.TextClassifier;
import org.suqiu.routing.classification.model.Tokenizer;

/** Builds the text classifier from the corpus files: reproducible (fixed seed), a few seconds at start. */
public final class ClassifierTraining {

    private ClassifierTraining() {
    }

    public static Taxonomy taxonomy(Resource taxonomy) {
        return Taxonomy.of(CorpusCsv.taxonomy(taxonomy), Categories.FIRST_LEVEL);
    }

    public static TextClassifier train(Resource training, Taxonomy taxonomy, Tokenizer tokenizer,
                                       SoftmaxRegression.Settings settings, double minConfidence) {
        List<CorpusCsv.TrainingRow> rows = CorpusCsv.training(training);
        return TextClassifier.train(taxonomy, tokenizer, rows.stream().map(CorpusCsv.TrainingRow::tokens).toList(),
                rows.stream().map(CorpusCsv.TrainingRow::category).toList(), settings, minConfidence);
    }
}
