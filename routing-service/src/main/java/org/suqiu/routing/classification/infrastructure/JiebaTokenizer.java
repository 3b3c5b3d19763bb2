package org.suqiu.routing.classification.infrastructure;

import java.util.ArrayList;
import java.util.List;

import org.suqiu.routing.classification.model.Tokenizer;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;

/**
 * Chinese word segmentation with the Java port of jieba (结巴分词), in its precise mode: the same
 * segmentation the training corpus was made with. Drops blanks, punctuation and symbols.
 */
public final class JiebaTokenizer implements Tokenizer {

    private final JiebaSegmenter segmenter = new JiebaSegmenter();

    @Override
    public List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<SegToken> segments = segmenter.process(text, JiebaSegmenter.SegMode.SEARCH);
        List<String> words = new ArrayList<>(segments.size());
        for (SegToken token : segments) {
            String word = token.word.trim();
            if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        return words;
    }
}
