/**
 * The classifier stage: Russian analysis with Lucene, the regulation's exclusion filter, relevance, topics
 * (dictionaries + an OpenNLP document categorizer), place (gazetteer on inflected forms) and importance, every
 * verdict with its reasons. {@link org.otklik.classifier.Classifier} composes the stages;
 * {@link org.otklik.classifier.LiveClassifier} re-reads the dictionaries on change.
 */
package org.otklik.classifier;
