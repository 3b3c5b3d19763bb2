package org.suqiu.routing.classification.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code suqiu.routing.classifier}: the corpus the model is trained on at start, the taxonomy, the
 * confidence below which a grievance goes to triage, and the training settings (fixed seed).
 *
 * @param enabled       false: only the category hint is used (no model is trained)
 * @param training      {@code tokens,category} (words already segmented by jieba)
 * @param taxonomy      {@code 一级分类,二级分类,三级分类}
 * @param minConfidence the model's probability below which its guess is not taken
 */
@ConfigurationProperties("suqiu.routing.classifier")
public record ClassifierProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("classpath:classifier/train_tokenized.csv") Resource training,
        @DefaultValue("classpath:classifier/taxonomy.csv") Resource taxonomy,
        @DefaultValue("0.5") double minConfidence,
        @DefaultValue("10") int epochs,
        @DefaultValue("1.0") double learningRate,
        @DefaultValue("0") double l2,
        @DefaultValue("20201") long seed,
        @DefaultValue("true") boolean balanced) {
}
