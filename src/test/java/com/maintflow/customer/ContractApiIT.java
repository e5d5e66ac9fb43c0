package com.maintflow.customer;

import static com.maintflow.customer.CustomerFixtures.TODAY;
import static com.maintflow.customer.CustomerFixtures.contract;
import static com.maintflow.customer.CustomerFixtures.customer;
import static com.maintflow.customer.CustomerFixtures.unique;
import static com.maintflow.customer.CustomerFixtures.with;
import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Contracts over {@code /api}: terms checked against the SLA table and the calendars, dates in order, amendments
 * recorded with who, when and old → new, and never deleted once a request refers to them.
 */
@MaintFlowIntegrationTest
class ContractApiIT {

    @LocalServerPort
    int port;

    MaintFlowApi desk;
    String customerCode;

    @BeforeEach
    void registerCustomer() {
        desk = new MaintFlowApi(port).as(Staff.CS1);
        customerCode = unique("C-CT");
        desk.postJson("/api/customers", customer(customerCode, "合同客户 / Contract customer",
                customerCode.toLowerCase() + "@contracts.example"));
    }

    @Test
    void signsAContractAndShowsItWithTheCustomer() {
        String number = unique("CT-NEW");

        var created = desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/contracts/" + number);
        JsonNode read = desk.get("/api/contracts/" + number).json();
        assertThat(read.path("customerCode").asText()).isEqualTo(customerCode);
        assertThat(read.path("serviceLevel").asText()).isEqualTo("STANDARD");
        assertThat(read.path("serviceCalendar").asText()).isEqualTo("5x8");
        assertThat(read.path("warrantyEnd").asText()).isEqualTo(TODAY.plusYears(1).toString());
        assertThat(read.path("contractValue").decimalValue()).isEqualByComparingTo("800000");
        assertThat(read.path("penaltyCapPercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(read.path("active").asBoolean()).isTrue();
        assertThat(desk.get("/api/customers/" + customerCode).json().path("contracts").get(0)
                .path("contractNumber").asText()).isEqualTo(number);
        assertThat(new MaintFlowApi(port).as(Staff.ENG1).get("/api/contracts/" + number).status()).isEqualTo(200);
    }

    @Test
    void unknownServiceLevelOrCalendarIsUnprocessableNamingTheField() {
        String number = unique("CT-LVL");

        var level = assertProblem(desk.postJson("/api/customers/" + customerCode + "/contracts",
                with(contract(number), "serviceLevel", "GOLD")), 422);
        var calendar = assertProblem(desk.postJson("/api/customers/" + customerCode + "/contracts",
                with(contract(number), "serviceCalendar", "6x12")), 422);

        assertThat(errorFields(level)).containsExactly("serviceLevel");
        assertThat(level.path("errors").get(0).path("message").asText()).contains("PREMIUM", "STANDARD");
        assertThat(errorFields(calendar)).containsExactly("serviceCalendar");
        assertProblem(desk.get("/api/contracts/" + number), 404);
    }

    @Test
    void datesOutOfOrderAndBadNumbersAreBadRequests() {
        String number = unique("CT-BAD");
        String path = "/api/customers/" + customerCode + "/contracts";

        var dates = assertProblem(desk.postJson(path, with(contract(number), "warrantyEnd",
                TODAY.minusYears(1).toString())), 400);
        var negative = assertProblem(desk.postJson(path, with(contract(number), "contractValue", -1)), 400);
        var share = assertProblem(desk.postJson(path, with(with(contract(number), "penaltyRatePercent", 100.5),
                "penaltyCapPercent", 101)), 400);
        var missing = assertProblem(desk.postJson(path, Map.of("contractNumber", number)), 400);
        var badDate = assertProblem(desk.postJson(path, with(contract(number), "warrantyStart", "2026-13-01")), 400);

        assertThat(errorFields(dates)).contains("warrantyEnd");
        assertThat(errorFields(negative)).containsExactly("contractValue");
        assertThat(errorFields(share)).containsExactlyInAnyOrder("penaltyRatePercent", "penaltyCapPercent");
        assertThat(errorFields(missing)).contains("serviceLevel", "serviceCalendar", "warrantyStart", "warrantyEnd",
                "freeMaintenanceEnd", "contractValue", "penaltyRatePercent");
        assertThat(errorFields(badDate)).containsExactly("warrantyStart");
        assertProblem(desk.get("/api/contracts/" + number), 404);
    }

    @Test
    void serviceCyclesAreIsoPeriodsAndBlankRemovesThem() {
        String number = unique("CT-CYC");
        String path = "/api/customers/" + customerCode + "/contracts";

        var malformed = assertProblem(desk.postJson(path, with(with(contract(number), "inspectionCycle", "monthly"),
                "returnVisitCycle", "P0M")), 400);
        assertThat(errorFields(malformed)).containsExactlyInAnyOrder("inspectionCycle", "returnVisitCycle");
        assertProblem(desk.get("/api/contracts/" + number), 404);

        desk.postJson(path, with(with(contract(number), "inspectionCycle", "P1M"), "returnVisitCycle", "P3M"));
        JsonNode signed = desk.get("/api/contracts/" + number).json();
        assertThat(signed.path("inspectionCycle").asText()).isEqualTo("P1M");
        assertThat(signed.path("returnVisitCycle").asText()).isEqualTo("P3M");

        desk.putJson("/api/contracts/" + number, Map.of("inspectionCycle", "P2W"));
        desk.putJson("/api/contracts/" + number, Map.of("returnVisitCycle", ""));
        JsonNode amended = desk.get("/api/contracts/" + number).json();
        assertThat(amended.path("inspectionCycle").asText()).isEqualTo("P2W");
        assertThat(amended.path("returnVisitCycle").isNull()).isTrue();
        assertThat(desk.get("/api/contracts/" + number + "/history").json().toString()).contains("inspectionCycle");
    }

    @Test
    void duplicateNumberIsAConflictAndUnknownsAreNotFound() {
        String number = unique("CT-TWO");
        desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number));

        assertProblem(desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number)), 409);
        assertProblem(desk.postJson("/api/customers/" + unique("C-NONE") + "/contracts", contract(unique("CT"))), 404);
        assertProblem(desk.get("/api/contracts/" + unique("CT-NONE")), 404);
        assertProblem(desk.putJson("/api/contracts/" + unique("CT-NONE"), Map.of("active", false)), 404);
    }

    @Test
    void amendmentsAreRecordedWithWhoWhenAndOldToNew() {
        String number = unique("CT-HIST");
        desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number));

        var amended = desk.putJson("/api/contracts/" + number, Map.of("warrantyEnd", TODAY.plusYears(2).toString(),
                "freeMaintenanceEnd", TODAY.plusYears(3).toString(), "serviceLevel", "PREMIUM"));
        var refused = desk.putJson("/api/contracts/" + number, Map.of("serviceCalendar", "6x12"));

        assertThat(amended.status()).as("%s", amended).isEqualTo(200);
        assertThat(amended.json().path("serviceLevel").asText()).isEqualTo("PREMIUM");
        assertThat(amended.json().path("serviceCalendar").asText()).as("left out, kept").isEqualTo("5x8");
        assertProblem(refused, 422);
        var history = desk.get("/api/contracts/" + number + "/history");
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        JsonNode entries = history.json();
        assertThat(entries.size()).as("the refused amendment left no entry: %s", entries).isEqualTo(2);
        assertThat(entries.get(0).path("change").asText()).isEqualTo("CREATED");
        assertThat(entries.get(0).path("actor").asText()).isEqualTo("cs1");
        JsonNode change = entries.get(1);
        assertThat(change.path("change").asText()).isEqualTo("CHANGED");
        assertThat(change.path("actor").asText()).isEqualTo("cs1");
        assertThat(change.path("at").asText()).isNotBlank();
        assertThat(fieldChanges(change)).containsExactlyInAnyOrder(
                "serviceLevel: STANDARD → PREMIUM",
                "warrantyEnd: " + TODAY.plusYears(1) + " → " + TODAY.plusYears(2),
                "freeMaintenanceEnd: " + TODAY.plusYears(2) + " → " + TODAY.plusYears(3));
    }

    @Test
    void customerHistoryListsContactChanges() {
        desk.putJson("/api/customers/" + customerCode, Map.of("contacts", List.of(CustomerFixtures.contact(
                "王芳 / Wang Fang", customerCode.toLowerCase() + "@contracts.example", "+86 10 9999 0000"))));

        JsonNode entries = desk.get("/api/customers/" + customerCode + "/history").json();

        var last = entries.get(entries.size() - 1);
        assertThat(last.path("subject").asText()).contains("@contracts.example");
        assertThat(fieldChanges(last)).containsExactlyInAnyOrder("name: 李娜 / Li Na → 王芳 / Wang Fang",
                "phone: +86 21 5555 0000 → +86 10 9999 0000");
    }

    @Test
    void deactivatedContractIsKeptButCoversNoNewRequest() {
        String number = unique("CT-OFF");
        desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number));
        var anonymous = new MaintFlowApi(port).anonymous();
        String first = anonymous.postJson("/api/requests", IntakeBody.validFor(customerCode).fields()).json()
                .path("ticket").asText();

        assertProblem(desk.delete("/api/contracts/" + number), 409);
        assertThat(desk.putJson("/api/contracts/" + number, Map.of("active", false)).json().path("active")
                .asBoolean()).isFalse();
        String second = anonymous.postJson("/api/requests", IntakeBody.validFor(customerCode).fields()).json()
                .path("ticket").asText();

        assertThat(desk.get("/api/requests/" + first).json().path("contractNumber").asText()).isEqualTo(number);
        assertThat(desk.get("/api/requests/" + second).json().path("contractNumber").isNull()).isTrue();
        assertThat(desk.get("/api/contracts/" + number + "/requests").json().findValuesAsText("ticket"))
                .contains(first).doesNotContain(second);
    }

    @Test
    void unreferencedContractCanBeDeleted() {
        String number = unique("CT-DEL");
        desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number));

        assertThat(desk.delete("/api/contracts/" + number).status()).isEqualTo(204);

        assertProblem(desk.get("/api/contracts/" + number), 404);
        assertThat(desk.get("/api/contracts/" + number + "/history").status()).isEqualTo(404);
    }

    @Test
    void onlyCustomerServiceAndAdminsWriteContracts() {
        String number = unique("CT-AUTH");
        var api = new MaintFlowApi(port);

        for (Staff other : List.of(Staff.ENG1, Staff.SUP1, Staff.MGR1, Staff.DOC1)) {
            assertProblem(api.as(other).postJson("/api/customers/" + customerCode + "/contracts", contract(number)),
                    403);
        }
        assertProblem(api.anonymous().get("/api/contracts/" + number), 401);
        assertProblem(api.as(Staff.DOC1).get("/api/contracts/CT-WARRANTY-01"), 403);
        assertProblem(api.as(Staff.SUP1).putJson("/api/contracts/CT-WARRANTY-01", Map.of("active", false)), 403);
    }

    private static List<String> fieldChanges(JsonNode entry) {
        var changes = new java.util.ArrayList<String>();
        entry.path("changes").forEach(c -> changes.add(c.path("field").asText() + ": " + c.path("from").asText()
                + " → " + c.path("to").asText()));
        return changes;
    }
}
