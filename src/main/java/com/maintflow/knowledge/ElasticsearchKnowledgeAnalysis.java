package com.maintflow.knowledge;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The knowledge analyzers on an Elasticsearch/OpenSearch cluster, equal in effect to {@link LuceneKnowledgeAnalysis}:
 * {@code smartcn_tokenizer} comes from the analysis-smartcn plugin (Elasticsearch and OpenSearch ship it; install it
 * on every node), CJK bigrams and the pattern tokenizer are built in.
 */
public class ElasticsearchKnowledgeAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("knowledge_chinese_stop").type("stop")
                .param("stopwords", KnowledgeAnalysis.CHINESE_STOP_WORDS.toArray(String[]::new));
        context.analyzer(KnowledgeAnalysis.WORDS).custom().tokenizer("smartcn_tokenizer")
                .tokenFilters("lowercase", "porter_stem", "knowledge_chinese_stop");
        context.analyzer(KnowledgeAnalysis.BIGRAMS).custom().tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
        context.tokenizer("knowledge_code_tokenizer").type("pattern")
                .param("pattern", KnowledgeAnalysis.CODE_PATTERN).param("group", 0);
        context.analyzer(KnowledgeAnalysis.CODES).custom().tokenizer("knowledge_code_tokenizer")
                .tokenFilters("lowercase");
        context.normalizer(KnowledgeAnalysis.LOWERCASE).custom().tokenFilters("lowercase");
    }
}
