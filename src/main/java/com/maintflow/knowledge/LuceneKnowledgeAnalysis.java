package com.maintflow.knowledge;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.pattern.PatternTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The knowledge analyzers on the embedded Lucene backend (Lucene's own analyzers, same jars as the index). */
public class LuceneKnowledgeAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        CharArraySet stopWords = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        stopWords.addAll(KnowledgeAnalysis.CHINESE_STOP_WORDS);
        context.analyzer(KnowledgeAnalysis.WORDS).instance(new SmartChineseAnalyzer(stopWords));
        context.analyzer(KnowledgeAnalysis.BIGRAMS).instance(new CJKAnalyzer());
        context.analyzer(KnowledgeAnalysis.CODES).custom()
                .tokenizer(PatternTokenizerFactory.class)
                .param("pattern", KnowledgeAnalysis.CODE_PATTERN)
                .param("group", "0")
                .tokenFilter(LowerCaseFilterFactory.class);
        context.normalizer(KnowledgeAnalysis.LOWERCASE).custom().tokenFilter(LowerCaseFilterFactory.class);
    }
}
