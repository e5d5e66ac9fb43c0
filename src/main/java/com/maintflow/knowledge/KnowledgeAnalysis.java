package com.maintflow.knowledge;

import java.util.List;

/**
 * Names of the analyzers articles are indexed with, defined per backend by {@link LuceneKnowledgeAnalysis} and
 * {@link ElasticsearchKnowledgeAnalysis} (config/application.yml picks one through
 * {@code hibernate.search.backend.analysis.configurer}). Chinese is written without spaces, so a plain tokenizer sees
 * one "word" per sentence; two Chinese-aware ways of cutting it are indexed side by side and compared in the
 * knowledge benchmark (docs/knowledge.md): {@link #WORDS} and {@link #BIGRAMS}. {@link #CODES} keeps product codes
 * and versions whole.
 */
final class KnowledgeAnalysis {

    /** SmartChinese (HMM word segmentation): 导出报表失败 → 导出 · 报表 · 失败; English lower-cased and stemmed. */
    static final String WORDS = "knowledge_words";
    /** CJK bigrams: 导出报表失败 → 导出 · 出报 · 报表 · 表失 · 失败; needs no dictionary, so unknown terms match too. */
    static final String BIGRAMS = "knowledge_bigrams";
    /** Codes and versions as one token each, lower-cased: ERR-1042, ORA-01555, V3.2.1, SAP_MM, x64. */
    static final String CODES = "knowledge_codes";
    static final String LOWERCASE = "knowledge_lowercase";

    /** Letters and digits joined by - _ . / or mixing letters with digits. */
    static final String CODE_PATTERN = "[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+|[A-Za-z]+[0-9][A-Za-z0-9]*|[0-9]+[A-Za-z][A-Za-z0-9]*";

    /**
     * Function words of fault reports that SmartChinese keeps as words but that say nothing about the fault; the
     * bigram side needs none (a bigram of them rarely repeats across reports).
     */
    static final List<String> CHINESE_STOP_WORDS = List.of("的", "了", "时", "是", "在", "和", "与", "及", "也", "都",
            "就", "又", "把", "被", "我", "我们", "你", "您", "他", "她", "它", "请", "一下", "一个", "这个", "那个",
            "有", "会", "后", "吗", "呢", "啊", "吧", "着", "过", "对", "给", "让", "说");

    private KnowledgeAnalysis() {
    }
}
