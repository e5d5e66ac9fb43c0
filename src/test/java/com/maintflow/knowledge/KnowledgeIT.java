package com.maintflow.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.HttpResult;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.PausedJobExecutors;
import com.maintflow.support.RequestDriver;
import com.maintflow.support.Staff;
import com.maintflow.timeline.Timeline;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The knowledge base on the real engine, database, index and HTTP: articles appear when a request is archived (the
 * accepted round's record, not an opted-out one), staff edit, unpublish and merge them with history, and search
 * finds them by Chinese words without spaces, mixed Chinese/English and product codes.
 */
@MaintFlowIntegrationTest
// The tests run the archive job themselves (RequestDriver): no job executor may take it meanwhile.
@ExtendWith(PausedJobExecutors.class)
class KnowledgeIT {

    @LocalServerPort int port;
    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private ArticleRepository articles;
    @Autowired private Timeline timeline;

    private MaintFlowApi api;
    private KnowledgeFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new MaintFlowApi(port);
        fixtures = new KnowledgeFixtures(new RequestDriver(engine, intake), intake, articles);
    }

    @Test
    void archivedRequestBecomesAPublishedArticleFoundBySearch() {
        // given a request solved in one round
        String ticket = fixtures.solved("WMS 仓储系统", "库存盘点单审核时报错", "盘点单点击审核后弹出错误提示，无法保存",
                "盘点单明细存在负库存行，审核校验抛出异常", "修正负库存明细后重新审核", false);

        // when staff search with other words in another order, without spaces
        List<JsonNode> items = search(Staff.ENG1, "审核盘点单失败");

        // then the article is there, made from the request and its record
        JsonNode hit = items.stream().filter(i -> ticket.equals(i.get("ticket").asText())).findFirst().orElseThrow();
        assertThat(hit.get("title").asText()).isEqualTo("库存盘点单审核时报错");
        assertThat(hit.get("system").asText()).isEqualTo("WMS 仓储系统");
        assertThat(hit.get("rootCause").asText()).isEqualTo("盘点单明细存在负库存行，审核校验抛出异常");
        assertThat(hit.get("solution").asText()).isEqualTo("修正负库存明细后重新审核");
        assertThat(hit.get("score").floatValue()).isPositive();
        assertThat(hit.fieldNames()).toIterable()
                .containsExactly("id", "title", "ticket", "system", "rootCause", "solution", "score");
        var article = api.as(Staff.CS1).get("/api/knowledge/articles/" + hit.get("id").asLong()).json();
        assertThat(article.get("symptoms").asText()).isEqualTo("盘点单点击审核后弹出错误提示，无法保存");
        assertThat(article.get("engineer").asText()).isEqualTo("eng1");
        assertThat(article.get("serviceKind").asText()).isEqualTo("DEFECT");
        assertThat(article.get("maintenanceType").asText()).isEqualTo("CORRECTIVE");
        assertThat(article.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(timeline.of(ticket)).anyMatch(e -> e.getEvent().equals("KNOWLEDGE_PUBLISHED"));
    }

    @Test
    void severalAcceptanceRoundsPublishTheAcceptedRoundsRecord() {
        // given a first round the customer rejected and a second one accepted
        String ticket = fixtures.reviewed("CRM 客户管理", "客户合并后联系人丢失", "两个客户档案合并后原联系人不见了");
        fixtures.implement(ticket, "第一轮猜测：缓存未刷新", "清理缓存", false);
        fixtures.answerAcceptance(ticket, false);
        fixtures.implement(ticket, "合并脚本未迁移联系人外键", "补迁联系人外键并修正合并脚本", false);
        fixtures.answerAcceptance(ticket, true);

        // when
        fixtures.closeAndArchive(ticket);

        // then
        JsonNode hit = search(Staff.CS1, "合并客户后联系人没有了").stream()
                .filter(i -> ticket.equals(i.get("ticket").asText())).findFirst().orElseThrow();
        assertThat(hit.get("rootCause").asText()).isEqualTo("合并脚本未迁移联系人外键");
        assertThat(hit.get("solution").asText()).isEqualTo("补迁联系人外键并修正合并脚本");
    }

    @Test
    void recordKeptOutByTheEngineerPublishesNoArticle() {
        // when
        String ticket = fixtures.solved("OA 办公系统", "审批流转签节点卡死", "转签给外部门人员后流程停住",
                "客户现场临时改了数据库触发器", "恢复触发器（客户专属，不宜推广）", true);

        // then
        assertThat(articles.existsByTicket(ticket)).isFalse();
        assertThat(search(Staff.CS1, "审批转签卡死")).noneMatch(i -> ticket.equals(i.get("ticket").asText()));
        assertThat(timeline.of(ticket)).noneMatch(e -> e.getEvent().equals("KNOWLEDGE_PUBLISHED"));
    }

    @Test
    void searchFindsMixedChineseEnglishAndProductCodes() {
        // given
        var oracle = fixtures.article("ERP", "月结过账报 ORA-01555 快照过旧", "月结过账跑到一半报 ORA-01555 snapshot too old",
                "undo 表空间太小，长事务读不到旧快照", "增大 UNDO_RETENTION 并扩容 undo 表空间");
        var printer = fixtures.article("MES", "标签打印机 ZT410 打印空白", "Zebra ZT410 打印出来是空白标签",
                "驱动 v5.1.7 与固件不兼容", "升级驱动到 v5.1.9");

        // then: a code alone, an English phrase with Chinese, a version
        assertThat(ids(search(Staff.ENG1, "ORA-01555"))).first().isEqualTo(oracle.getId());
        assertThat(ids(search(Staff.ENG1, "snapshot too old 怎么处理"))).first().isEqualTo(oracle.getId());
        assertThat(ids(search(Staff.ENG1, "zt410打印机出空白纸"))).first().isEqualTo(printer.getId());
        assertThat(ids(search(Staff.ENG1, "v5.1.7"))).first().isEqualTo(printer.getId());
    }

    @Test
    void editKeepsHistoryAndTheIndexFollows() {
        // given
        var article = fixtures.article("HR 人事系统", "考勤导入乱码", "导入考勤机 CSV 后姓名乱码",
                "考勤机导出 GBK 编码", "导入时选择 GBK");

        // when an engineer rewrites the solution
        var edited = api.as(Staff.ENG1).putJson("/api/knowledge/articles/" + article.getId(), Map.of(
                "title", "考勤导入乱码", "system", "HR 人事系统", "serviceKind", "USAGE", "maintenanceType", "",
                "symptoms", "导入考勤机 CSV 后姓名乱码", "rootCause", "考勤机导出 GBK 编码",
                "solution", "在导入页把文件编码改为 GB18030"));

        // then
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        assertThat(edited.json().get("solution").asText()).isEqualTo("在导入页把文件编码改为 GB18030");
        assertThat(edited.json().get("updatedBy").asText()).isEqualTo("eng1");
        assertThat(edited.json().get("maintenanceType").isNull()).isTrue();
        JsonNode history = api.as(Staff.CS1).get("/api/knowledge/articles/" + article.getId() + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("change").asText()).isEqualTo("CREATED");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("eng1");
        assertThat(history.get(1).get("changes").findValuesAsText("field"))
                .containsExactly("serviceKind", "maintenanceType", "solution");
        assertThat(history.get(1).get("changes").get(2).get("from").asText()).isEqualTo("导入时选择 GBK");
        assertThat(ids(search(Staff.CS1, "GB18030"))).contains(article.getId());
    }

    @Test
    void unpublishedArticleIsNotFoundUntilPublishedAgain() {
        // given
        var article = fixtures.article("财务系统", "发票验真接口超时", "调用税局发票验真接口一直超时",
                "出口防火墙未放行税局新地址", "防火墙放行新地址段");

        // when
        var unpublished = api.as(Staff.CS1).post("/api/knowledge/articles/" + article.getId() + "/unpublish",
                "application/json", "");

        // then
        assertThat(unpublished.json().get("status").asText()).isEqualTo("UNPUBLISHED");
        assertThat(ids(search(Staff.CS1, "发票验真超时"))).doesNotContain(article.getId());
        api.as(Staff.ENG1).post("/api/knowledge/articles/" + article.getId() + "/publish", "application/json", "");
        assertThat(ids(search(Staff.CS1, "发票验真超时"))).contains(article.getId());
    }

    @Test
    void mergedDuplicateIsNoLongerFoundAndPointsToItsTarget() {
        // given two articles on the same fault
        var kept = fixtures.article("门户网站", "单点登录跳转死循环", "登录后在门户和认证中心之间来回跳",
                "认证中心回调地址配置成了 http", "回调地址改为 https");
        var duplicate = fixtures.article("门户网站", "SSO 登录无限重定向", "SSO 登录一直重定向",
                "回调地址协议不一致", "统一使用 https 回调");

        // when
        var merged = api.as(Staff.CS1).postJson("/api/knowledge/articles/" + duplicate.getId() + "/merge",
                Map.of("into", kept.getId()));

        // then
        assertThat(merged.status()).as("%s", merged).isEqualTo(200);
        assertThat(merged.json().get("id").asLong()).isEqualTo(kept.getId());
        assertThat(merged.json().get("merged").findValuesAsText("ticket")).containsExactly(duplicate.getTicket());
        assertThat(ids(search(Staff.CS1, "SSO 单点登录回调地址"))).contains(kept.getId())
                .doesNotContain(duplicate.getId());
        var closed = api.as(Staff.CS1).get("/api/knowledge/articles/" + duplicate.getId()).json();
        assertThat(closed.get("status").asText()).isEqualTo("MERGED");
        assertThat(closed.get("mergedInto").asLong()).isEqualTo(kept.getId());
        var editMerged = api.as(Staff.CS1).putJson("/api/knowledge/articles/" + duplicate.getId(), Map.of(
                "title", "x", "system", "x", "symptoms", "x", "rootCause", "x", "solution", "x"));
        assertThat(editMerged.status()).isEqualTo(409);
        assertThat(editMerged.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badSearchesAndEditsAreRefusedNamingTheField() {
        var blank = api.as(Staff.CS1).get("/api/knowledge?q=%20");
        var tooMany = api.as(Staff.CS1).get("/api/knowledge?q=abc&limit=51");
        var article = fixtures.article("ERP", "任意", "任意", "任意", "任意");
        var noTitle = api.as(Staff.CS1).putJson("/api/knowledge/articles/" + article.getId(), Map.of(
                "title", " ", "system", "ERP", "serviceKind", "NOT_A_KIND", "symptoms", "a", "rootCause", "b",
                "solution", "c"));
        var unknown = api.as(Staff.CS1).get("/api/knowledge/articles/999999999");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("\"q\"");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"limit\"");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().get("errors").findValuesAsText("field")).containsExactly("serviceKind", "title");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(articles.findById(article.getId()).orElseThrow().getTitle()).isEqualTo("任意");
    }

    @Test
    void punctuationOnlyAndLongestSearchesAnswer() {
        // a text of nothing searchable, and the longest allowed text (each token a clause; Lucene allows 1,024)
        assertThat(search(Staff.CS1, "!!! ？？ ……")).isEmpty();
        String longest = "报表导出失败提示内存不足请尽快处理谢谢您".repeat(25);
        assertThat(longest).hasSize(500);
        search(Staff.CS1, longest);
    }

    private List<JsonNode> search(Staff staff, String q) {
        HttpResult result = api.as(staff).get("/api/knowledge?limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(result.status()).as("%s", result).isEqualTo(200);
        return StreamSupport.stream(result.json().get("items").spliterator(), false).toList();
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asLong()).toList();
    }
}
