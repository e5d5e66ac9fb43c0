package com.maintflow.knowledge;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The knowledge base's evaluation set ({@code src/test/resources/knowledge/evaluation.json}): solved faults as
 * articles, and Chinese fault reports each paired with the article that solves it, worded differently and among
 * distractors of the same system.
 */
public record EvaluationSet(List<Article> articles, List<Query> queries) {

    static final String RESOURCE = "/knowledge/evaluation.json";

    /** An article of the set, keyed A001…; serviceKind and maintenanceType as on the review form. */
    public record Article(String key, String title, String system, String serviceKind, String maintenanceType,
                          String symptoms, String rootCause, String solution) {

        ArticleContent content() {
            return new ArticleContent(title, system, serviceKind, maintenanceType, symptoms, rootCause, solution);
        }
    }

    /** A customer's fault report and the key of the article that solves it. */
    public record Query(String id, String system, String report, String expected) {
    }

    public static EvaluationSet load() {
        try (InputStream in = EvaluationSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No evaluation set on the test classpath at " + RESOURCE);
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, EvaluationSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
