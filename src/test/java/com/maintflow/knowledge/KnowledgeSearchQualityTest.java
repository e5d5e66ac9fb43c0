package com.maintflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search quality on the evaluation set, with the real index and query: the default analysis must find the article
 * that solves a fault report among the first five for at least 90 % of the reports. Its own in-memory database, so
 * articles other tests publish cannot move the ranks; the benchmark prints the same measure for every analysis.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:knowledge-quality;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeSearchQualityTest {

    private static final double REQUIRED_RECALL_AT_5 = 0.9;

    @Autowired private BeanFactory beans;
    @Autowired private KnowledgeSettings settings;
    @Autowired private KnowledgeSearch search;
    @Autowired private ArticleRepository articles;

    private final EvaluationSet set = EvaluationSet.load();
    private KnowledgeEvaluation evaluation;
    private Map<String, Long> ids;

    @BeforeAll
    void publishTheEvaluationSet() {
        evaluation = KnowledgeEvaluation.in(beans);
        ids = evaluation.publish(set);
    }

    @Test
    void evaluationSetIsLargeEnoughAndConsistent() {
        assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(set.queries()).allSatisfy(q -> assertThat(ids).containsKey(q.expected()));
    }

    @Test
    void defaultAnalysisFindsTheSolvingArticleInTheTopFive() {
        var quality = evaluation.measure(set, ids, settings.analysis());

        assertThat(quality.recallAt5()).as("recall@5 of %s, misses %s", settings.analysis(), quality.missesAt5())
                .isGreaterThanOrEqualTo(REQUIRED_RECALL_AT_5);
    }

    @Test
    void chineseWithoutSpacesFindsTheSameWordsInAnotherOrder() {
        // given
        var content = new ArticleContent("报表导出时报错", "ERP", "DEFECT", "CORRECTIVE", "财务报表导出 Excel 时弹出错误",
                "导出模板缺少列定义", "补充列定义并重新发布模板");
        var article = articles.save(new Article(content, KnowledgeFixtures.madeUpTicket(), "eng1",
                java.time.Instant.now()));

        // when
        var hits = search.search("导出报表失败", 5);

        // then
        assertThat(hits).extracting(KnowledgeSearch.Hit::id).contains(article.getId());
    }
}
