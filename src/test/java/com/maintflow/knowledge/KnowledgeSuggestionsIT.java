package com.maintflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.intake.IntakeService;
import com.maintflow.support.HttpResult;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.PausedJobExecutors;
import com.maintflow.support.RequestDriver;
import com.maintflow.support.Staff;
import jakarta.persistence.EntityManagerFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Similar solved faults where staff work: the review and implementation forms (task-local {@code similarFaults},
 * computed when the task is created, article text escaped), the ticket page and the {@code /knowledge} pages; and
 * who may reach the knowledge base at all.
 */
@MaintFlowIntegrationTest
@ExtendWith(PausedJobExecutors.class)
class KnowledgeSuggestionsIT {

    private static final String SYSTEM = "SCM 供应链";

    @LocalServerPort int port;
    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private ArticleRepository articles;
    @Autowired private KnowledgeIndex knowledgeIndex;
    @Autowired private EntityManagerFactory entityManagerFactory;
    // The Camunda admin: demo/demo on H2, the generated MAINTFLOW_ADMIN_USER/PASSWORD under -Pmysql.
    @Value("${camunda.bpm.admin-user.id}") private String adminId;
    @Value("${camunda.bpm.admin-user.password}") private String adminPassword;

    private MaintFlowApi api;
    private RequestDriver driver;
    private KnowledgeFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new MaintFlowApi(port);
        driver = new RequestDriver(engine, intake);
        fixtures = new KnowledgeFixtures(driver, intake, articles);
    }

    @Test
    void reviewAndImplementationFormsSuggestSimilarSolvedFaultsEscaped() {
        // given a solved fault whose text carries Markdown and HTML
        var article = fixtures.article(SYSTEM, "采购订单同步 <b>卡住</b> [点我](javascript:alert(1))",
                "采购订单同步到供应商门户一直卡在处理中", "消息队列消费者线程 *全部* 阻塞",
                "重启消费者并把超时调到 30s");

        // when a similar request arrives and is reviewed
        String ticket = fixtures.submit(SYSTEM, "采购订单同步卡住不动", "今天的采购订单同步到供应商门户一直处理中");
        String review = similarFaultsOf(ticket, "Task_ReviewRequest");
        driver.review(ticket, "IMMEDIATE", "DEFECT");
        String implementation = similarFaultsOf(ticket, "Task_ImplementMaintenance");

        // then both forms list it, with links built by MaintFlow and the text made literal
        for (String suggestions : new String[] {review, implementation}) {
            assertThat(suggestions).contains("](/knowledge/" + article.getId() + ")")
                    .contains("[" + article.getTicket() + "](/tickets/" + article.getTicket() + ")")
                    .contains("采购订单同步 \\<b\\>卡住\\<\\/b\\> \\[点我\\]\\(javascript\\:alert\\(1\\)\\)")
                    .contains("消息队列消费者线程 \\*全部\\* 阻塞")
                    .doesNotContain("](javascript").doesNotContain("<b>");
        }
    }

    @Test
    void requestWithNothingSimilarSaysSo() {
        String ticket = fixtures.submit("Z", "xyzzy plugh", "frobnicate quux");

        assertThat(similarFaultsOf(ticket, "Task_ReviewRequest")).isEqualTo("暂无相似的已解决故障 / No similar solved faults yet");
    }

    @Test
    void ticketPageAndKnowledgePagesShowSimilarFaultsAsText() {
        // given
        var article = fixtures.article(SYSTEM, "供应商对账单金额 <i>不一致</i>", "对账单金额和发票合计对不上",
                "汇率取了开票日而不是入账日", "按入账日汇率重算对账单");
        String ticket = fixtures.submit(SYSTEM, "对账单金额对不上", "供应商对账单金额与发票合计不一致");

        // when
        HttpResult ticketPage = api.as(Staff.ENG1).get("/tickets/" + ticket);
        HttpResult searchPage = api.as(Staff.SUP1).get("/knowledge?q=" + URLEncoder.encode("对账单金额不一致",
                StandardCharsets.UTF_8));
        HttpResult articlePage = api.as(Staff.DOC1).get("/knowledge/" + article.getId());
        HttpResult missing = api.as(Staff.DOC1).get("/knowledge/999999999");

        // then
        assertThat(ticketPage.status()).isEqualTo(200);
        assertThat(ticketPage.body()).contains("相似的已解决故障 / Similar solved faults")
                .contains("href=\"/knowledge/" + article.getId() + "\"")
                .contains("供应商对账单金额 &lt;i&gt;不一致&lt;/i&gt;").contains("按入账日汇率重算对账单");
        assertThat(searchPage.status()).isEqualTo(200);
        assertThat(searchPage.body()).contains("href=\"/knowledge/" + article.getId() + "\"")
                .contains("&lt;i&gt;").doesNotContain("<i>不一致");
        assertThat(articlePage.status()).isEqualTo(200);
        assertThat(articlePage.body()).contains("汇率取了开票日而不是入账日").contains("修改历史 / History")
                .contains("CREATED");
        assertThat(missing.status()).isEqualTo(404);
    }

    static Stream<Arguments> doors() {
        Function<MaintFlowApi, MaintFlowApi> anonymous = MaintFlowApi::anonymous;
        Function<MaintFlowApi, MaintFlowApi> supervisor = a -> a.as(Staff.SUP1);
        Function<MaintFlowApi, MaintFlowApi> documentManager = a -> a.as(Staff.DOC1);
        Function<MaintFlowApi, MaintFlowApi> customerService = a -> a.as(Staff.CS1);
        Function<MaintFlowApi, MaintFlowApi> notStaff = a -> a.withBasic("customer-portal-user", "demo");
        return Stream.of(
                door("anonymous", anonymous, "GET", "/api/knowledge?q=x", 401),
                door("unknown user", notStaff, "GET", "/api/knowledge?q=x", 401),
                door("anonymous", anonymous, "GET", "/api/knowledge/articles/1", 401),
                door("anonymous", anonymous, "GET", "/knowledge", 401),
                door("anonymous", anonymous, "GET", "/knowledge/1", 401),
                door("anonymous", anonymous, "POST", "/api/knowledge/articles/1/unpublish", 401),
                door("supervisor", supervisor, "POST", "/api/knowledge/articles/1/unpublish", 403),
                door("document manager", documentManager, "PUT", "/api/knowledge/articles/1", 403),
                door("document manager", documentManager, "POST", "/api/knowledge/articles/1/merge", 403),
                door("customer service", customerService, "POST", "/api/knowledge/reindex", 403));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @MethodSource("doors")
    void doorStaysClosed(String who, String method, String path, Function<MaintFlowApi, MaintFlowApi> caller,
                         int expected) {
        var as = caller.apply(api);
        HttpResult answer = switch (method) {
            case "GET" -> as.get(path);
            case "PUT" -> as.putJson(path, Map.of());
            default -> as.postJson(path, Map.of());
        };

        assertThat(answer.status()).as("%s %s %s: %s", who, method, path, answer).isEqualTo(expected);
    }

    @Test
    void administratorRebuildsTheIndexAndSearchStillFinds() {
        var article = fixtures.article(SYSTEM, "仓库条码枪扫码无反应", "PDA 条码枪扫描入库单没有反应",
                "PDA 系统时间错误导致令牌失效", "校准 PDA 时间");

        var rebuilt = api.withBasic(adminId, adminPassword).postJson("/api/knowledge/reindex", Map.of());

        assertThat(rebuilt.status()).as("%s", rebuilt).isEqualTo(200);
        assertThat(rebuilt.json().get("articles").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(searchTitles("条码枪扫码没反应")).contains("仓库条码枪扫码无反应");
    }

    @Test
    void nodeStartingWithAnEmptyIndexRebuildsItFromTheDatabase() throws Exception {
        // given an article, and an index that lost everything (a deleted directory, a new search cluster)
        var article = fixtures.article(SYSTEM, "送货单打印缺少批次号", "送货单打印出来没有批次号一栏",
                "打印模板版本过旧", "更新送货单打印模板");
        var workspace = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(searchTitles("送货单批次号")).doesNotContain(article.getTitle());

        // when the node starts
        knowledgeIndex.run(new DefaultApplicationArguments());

        // then
        assertThat(searchTitles("送货单批次号")).contains(article.getTitle());
    }

    private List<String> searchTitles(String q) {
        return api.as(Staff.CS1).get("/api/knowledge?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json()
                .get("items").findValuesAsText("title");
    }

    private static Arguments door(String who, Function<MaintFlowApi, MaintFlowApi> caller, String method, String path,
                                  int expected) {
        return Arguments.of(who, method, path, caller, expected);
    }

    private String similarFaultsOf(String ticket, String taskKey) {
        var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(taskKey).singleResult();
        return (String) engine.getTaskService().getVariableLocal(task.getId(), SimilarFaultsListener.VARIABLE);
    }
}
