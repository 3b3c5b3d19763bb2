package org.suqiu.routing.classification.model;

import java.util.List;

/** 分词: splits a Chinese text into words, the same way for training, classifying and comparing texts. */
public interface Tokenizer {

    /** The words of {@code text} in order, without blanks and punctuation; empty for null. */
    List<String> tokens(String text);
}
