package com.maintflow.knowledge;

/** Only published articles are found by search and suggestions. */
public enum ArticleStatus {
    PUBLISHED,
    UNPUBLISHED,
    /** Folded into another article ({@code mergedInto}); it stays readable, with its history, but is never found. */
    MERGED
}
