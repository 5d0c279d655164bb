package org.otklik.classifier.internal;

import java.util.List;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/**
 * What every stage may look at, computed once per post: the analysed text, the topic model's probabilities and the
 * topic-dictionary terms found.
 *
 * @param topicProbability per {@link Topic} ordinal, the model's probability among topics (sums to 1)
 * @param relevantProbability the model's probability that the post needs a reaction
 * @param dictionaryScore per {@link Topic} ordinal, the summed weights of matched dictionary terms
 * @param topicTerms per {@link Topic} ordinal, the matched dictionary terms
 * @param highProbability the importance model's probability of high importance
 * @param threatProbability the threat model's probability that the post threatens someone
 */
public record Evidence(Post post, AnalyzedText text, double[] topicProbability, double relevantProbability, double[] dictionaryScore,
                       List<List<Term>> topicTerms, double highProbability,
                       double threatProbability) {
}
