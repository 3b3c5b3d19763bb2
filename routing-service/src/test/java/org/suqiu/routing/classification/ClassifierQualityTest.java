package org.suqiu.routing.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.suqiu.routing.DemoData;
import org.suqiu.routing.classification.infrastructure.CorpusCsv;
import org.suqiu.routing.classification.model.Classification;
import org.suqiu.routing.classification.model.TextClassifier;

/** The classifier as the service trains it, measured on the dev set it never saw (macro-F1). */
class ClassifierQualityTest {

    // reached: 0.8597 with the default seed (0.84-0.86 over other seeds); the floor leaves room for the seed only
    static final double MACRO_F1_FLOOR = 0.84;

    @Test
    void shouldReachTheMacroF1FloorOnTheDevSet() {
        TextClassifier classifier = DemoData.classifier();
        List<String> labels = classifier.labels();
        List<CorpusCsv.DevRow> dev = CorpusCsv.dev(new ClassPathResource("classifier/dev_raw.csv"));
        int k = labels.size();
        int[][] confusion = new int[k][k];
        for (CorpusCsv.DevRow row : dev) {
            String predicted = classifier.scores(row.title() + "\n" + row.text()).get(0).category();
            confusion[labels.indexOf(row.category())][labels.indexOf(predicted)]++;
        }
        double macroF1 = macroF1(confusion);
        System.out.printf(Locale.ROOT, "Classifier: macro-F1 %.4f, accuracy %.4f on %d dev texts%n", macroF1,
                accuracy(confusion), dev.size());
        assertThat(dev).hasSize(452);
        assertThat(macroF1).isGreaterThanOrEqualTo(MACRO_F1_FLOOR);
    }

    @Test
    void shouldLetTheHintWinOverTheText() {
        Classification c = DemoData.classifier().classify("工厂夜里排放刺鼻废气", "交通运输");

        assertThat(c.category()).isEqualTo("交通运输");
        assertThat(c.confidence()).isEqualTo(1.0);
    }

    @Test
    void shouldClassifyAFactorySmellAsEnvironmentalProtection() {
        Classification c = DemoData.classifier().classify("乌镇一家工厂每天晚上排放刺鼻的废气，熏得居民睡不着", null);

        assertThat(c.category()).isEqualTo("环境保护");
        assertThat(c.confidence()).isGreaterThan(0.5);
        assertThat(c.scores()).hasSize(3);
    }

    @Test
    void shouldBeUnsureOfATextThatSaysNothing() {
        Classification c = DemoData.classifier().classify("有个情况想反映一下", null);

        assertThat(c.classified()).isFalse();
        assertThat(c.uncertain()).isTrue();
        assertThat(c.confidence()).isLessThan(0.5);
        assertThat(c.detail()).contains("below min-confidence 0.5");
    }

    @Test
    void shouldTakeADeeperHintAsAPathOfTheTaxonomy() {
        Classification c = DemoData.classifier().classify("路灯不亮", "城市建设和市政管理");

        assertThat(c.category()).isEqualTo("城乡建设");
        assertThat(c.path()).containsExactly("城乡建设", "城市建设和市政管理");
    }

    static double macroF1(int[][] m) {
        double sum = 0;
        for (int c = 0; c < m.length; c++) {
            int tp = m[c][c];
            int fn = 0;
            int fp = 0;
            for (int o = 0; o < m.length; o++) {
                if (o != c) {
                    fn += m[c][o];
                    fp += m[o][c];
                }
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / m.length;
    }

    static double accuracy(int[][] m) {
        int right = 0;
        int all = 0;
        for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < m.length; b++) {
                all += m[a][b];
                right += a == b ? m[a][b] : 0;
            }
        }
        return (double) right / all;
    }
}
