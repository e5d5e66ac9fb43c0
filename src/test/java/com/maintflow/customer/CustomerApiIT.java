package com.maintflow.customer;

import static com.maintflow.customer.CustomerFixtures.contract;
import static com.maintflow.customer.CustomerFixtures.customer;
import static com.maintflow.customer.CustomerFixtures.unique;
import static com.maintflow.customer.CustomerFixtures.with;
import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Customer service registers customers, contacts and contracts over {@code /api}; bad input answers with the fields
 * named and stores nothing; a customer with requests is deactivated, not deleted, and then takes no new requests.
 */
@MaintFlowIntegrationTest
class CustomerApiIT {

    @LocalServerPort
    int port;

    MaintFlowApi desk;

    @BeforeEach
    void connect() {
        desk = new MaintFlowApi(port).as(Staff.CS1);
    }

    @Test
    void registersACustomerWithContactsAndReadsItBack() {
        String code = unique("C-API");

        var created = desk.postJson("/api/customers", customer(code, "华东电力有限公司 / East China Power", "ops@ecp.example"));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/customers/" + code);
        var read = desk.get("/api/customers/" + code);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("name").asText()).isEqualTo("华东电力有限公司 / East China Power");
        assertThat(read.json().path("active").asBoolean()).isTrue();
        assertThat(read.json().path("contacts").get(0).path("email").asText()).isEqualTo("ops@ecp.example");
        assertThat(read.json().path("contracts").size()).isZero();
    }

    @Test
    void searchMatchesCodeInAnyCaseAndChineseName() {
        String code = unique("C-FIND");
        desk.postJson("/api/customers", customer(code, "西北水务集团 / Northwest Water", "it@nw-water.example"));

        var byName = desk.get("/api/customers?q=%E8%A5%BF%E5%8C%97%E6%B0%B4%E5%8A%A1&size=50"); // 西北水务
        var byCode = desk.get("/api/customers?q=" + code.toLowerCase() + "&size=5");

        assertThat(byName.status()).as("%s", byName).isEqualTo(200);
        assertThat(codes(byName)).contains(code);
        assertThat(codes(byCode)).containsExactly(code);
        assertThat(byCode.json().path("totalElements").asLong()).isEqualTo(1);
        assertThat(byCode.json().path("page").asInt()).isZero();
    }

    @Test
    void duplicateCodeIsAConflictAndKeepsTheFirst() {
        String code = unique("C-DUP");
        desk.postJson("/api/customers", customer(code, "第一家 / First", "a@first.example"));

        assertProblem(desk.postJson("/api/customers", customer(code, "第二家 / Second", "b@second.example")), 409);

        assertThat(desk.get("/api/customers/" + code).json().path("name").asText()).isEqualTo("第一家 / First");
    }

    @Test
    void badFieldsAreNamedAndNothingIsStored() {
        String code = unique("C-BAD");
        var body = Map.<String, Object>of("code", code, "name", "",
                "contacts", List.of(CustomerFixtures.contact("", "not-an-address", "call me")));

        var problem = assertProblem(desk.postJson("/api/customers", body), 400);

        assertThat(errorFields(problem)).contains("contacts[0].email", "contacts[0].name", "contacts[0].phone");
        assertProblem(desk.get("/api/customers/" + code), 404);
    }

    @Test
    void missingNameAndMalformedCodeAreBadRequests() {
        assertThat(errorFields(assertProblem(desk.postJson("/api/customers",
                Map.of("code", "C WITH SPACE", "name", "x")), 400))).containsExactly("code");
        assertThat(errorFields(assertProblem(desk.postJson("/api/customers",
                Map.of("code", unique("C-NONAME"))), 400))).containsExactly("name");
        assertThat(errorFields(assertProblem(desk.postJson("/api/customers",
                Map.of("code", "new", "name", "页面路径 / A page's path")), 400))).containsExactly("code");
    }

    @Test
    void contactEmailsAreUniquePerCustomerIgnoringCase() {
        String code = unique("C-TWICE");
        var body = with(customer(code, "双联系人 / Two contacts", "same@twice.example"), "contacts", List.of(
                CustomerFixtures.contact("甲 / A", "same@twice.example", null),
                CustomerFixtures.contact("乙 / B", "SAME@Twice.example", null)));

        var problem = assertProblem(desk.postJson("/api/customers", body), 400);

        assertThat(errorFields(problem)).containsExactly("contacts[1].email");
        assertProblem(desk.get("/api/customers/" + code), 404);
    }

    @Test
    void updateRenamesAndReplacesContacts() {
        String code = unique("C-PUT");
        desk.postJson("/api/customers", customer(code, "旧名 / Old name", "old@put.example"));

        var updated = desk.putJson("/api/customers/" + code, Map.of("name", "新名 / New name", "contacts", List.of(
                CustomerFixtures.contact("新联系人 / New contact", "new@put.example", "+86 10 1111 2222"))));

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        var read = desk.get("/api/customers/" + code).json();
        assertThat(read.path("name").asText()).isEqualTo("新名 / New name");
        assertThat(read.path("contacts").size()).isEqualTo(1);
        assertThat(read.path("contacts").get(0).path("email").asText()).isEqualTo("new@put.example");
        assertProblem(desk.putJson("/api/customers/" + unique("C-NONE"), Map.of("name", "x")), 404);
        assertProblem(desk.putJson("/api/customers/" + code, Map.of("code", "C-OTHER", "name", "x")), 400);
    }

    @Test
    void emailIntakeRecognisesAnAddedContact() {
        String code = unique("C-MAIL");
        desk.postJson("/api/customers", customer(code, "邮件客户 / Mail customer", "first@mail-customer.example"));
        desk.putJson("/api/customers/" + code, Map.of("contacts", List.of(
                CustomerFixtures.contact("第一 / First", "first@mail-customer.example", null),
                CustomerFixtures.contact("第二 / Second", "second@mail-customer.example", null))));

        var intake = new MaintFlowApi(port).anonymous().postJson("/api/requests",
                IntakeBody.validFor(code).with("contactEmail", "second@mail-customer.example").fields());

        assertThat(intake.status()).as("%s", intake).isEqualTo(201);
    }

    @Test
    void deactivatedCustomerTakesNoRequestsAndIsNotDeletedOnceReferred() {
        String code = unique("C-OFF");
        desk.postJson("/api/customers", customer(code, "停用客户 / Deactivated customer", "it@off.example"));
        var anonymous = new MaintFlowApi(port).anonymous();
        assertThat(anonymous.postJson("/api/requests", IntakeBody.validFor(code).fields()).status()).isEqualTo(201);

        assertProblem(desk.delete("/api/customers/" + code), 409);
        var deactivated = desk.putJson("/api/customers/" + code, Map.of("active", false));

        assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertThat(deactivated.json().path("name").asText()).as("PUT keeps what it leaves out")
                .isEqualTo("停用客户 / Deactivated customer");
        var refused = assertProblem(anonymous.postJson("/api/requests", IntakeBody.validFor(code).fields()), 422);
        assertThat(refused.path("detail").asText()).contains(code).contains("deactivated").contains("已停用");
        assertThat(errorFields(refused)).containsExactly("customerCode");
    }

    @Test
    void customerWithoutRequestsCanBeDeleted() {
        String code = unique("C-GONE");
        desk.postJson("/api/customers", customer(code, "录错的客户 / Entered by mistake", "x@gone.example"));
        desk.postJson("/api/customers/" + code + "/contracts", contract(unique("CT-GONE")));

        assertThat(desk.delete("/api/customers/" + code).status()).isEqualTo(204);

        assertProblem(desk.get("/api/customers/" + code), 404);
    }

    @Test
    void whoMayReadAndWriteCustomers() {
        String code = unique("C-AUTH");
        var body = customer(code, "权限 / Access", "a@auth.example");
        var api = new MaintFlowApi(port);

        assertProblem(api.anonymous().get("/api/customers"), 401);
        assertProblem(api.anonymous().postJson("/api/customers", body), 401);
        assertProblem(api.as(Staff.DOC1).get("/api/customers"), 403);
        for (Staff reader : List.of(Staff.ENG1, Staff.SUP1, Staff.MGR1)) {
            assertThat(api.as(reader).get("/api/customers").status()).as("%s reads", reader).isEqualTo(200);
            assertProblem(api.as(reader).postJson("/api/customers", body), 403);
            assertProblem(api.as(reader).putJson("/api/customers/C-WARRANTY", Map.of("name", "x")), 403);
        }
        assertThat(api.as(Staff.CS1).postJson("/api/customers", body).status()).isEqualTo(201);
    }

    private static List<String> codes(com.maintflow.support.HttpResult page) {
        var codes = new java.util.ArrayList<String>();
        page.json().path("content").forEach(row -> codes.add(row.path("code").asText()));
        return codes;
    }
}
