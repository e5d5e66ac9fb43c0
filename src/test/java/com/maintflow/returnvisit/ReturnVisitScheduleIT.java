package com.maintflow.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The return-visit schedule follows the contract as customer service signs and amends it over the API: a cycle
 * plans the first visit one cycle from today, another cycle re-plans it, other changes keep it, deactivating drops it.
 */
@MaintFlowIntegrationTest
class ReturnVisitScheduleIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;

    private MaintFlowApi desk;
    private String customerCode;

    @BeforeEach
    void registerCustomer() {
        desk = new MaintFlowApi(port).as(Staff.CS1);
        customerCode = unique("C-RV");
        var created = desk.postJson("/api/customers", Map.of("code", customerCode, "name", "回访客户 / Visited customer",
                "contacts", List.of(Map.of("name", "李娜 / Li Na", "email", customerCode.toLowerCase()
                        + "@visits.example", "phone", "+86 21 5555 0000"))));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
    }

    @Test
    void contractWithAReturnVisitCycleGetsItsNextVisitPlannedAndReplannedWithIt() {
        // when: signed with visits every three months
        String number = unique("CT-RV");
        var signed = desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number, "P3M"));
        assertThat(signed.status()).as("%s", signed).isEqualTo(201);

        // then
        assertThat(waitingVisits(number)).containsExactly("RV-" + number + "-" + TODAY.plusMonths(3));
        var listed = desk.get("/api/return-visits?contract=" + number);
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        assertThat(listed.json()).hasSize(1);
        assertThat(listed.json().get(0).path("status").asText()).isEqualTo("PLANNED");
        assertThat(listed.json().get(0).path("dueOn").asText()).isEqualTo(TODAY.plusMonths(3).toString());

        // when: only the inspection cycle changes, the planned visit stays
        desk.putJson("/api/contracts/" + number, Map.of("inspectionCycle", "P1M"));
        assertThat(waitingVisits(number)).containsExactly("RV-" + number + "-" + TODAY.plusMonths(3));

        // when: visits become monthly
        desk.putJson("/api/contracts/" + number, Map.of("returnVisitCycle", "P1M"));
        assertThat(waitingVisits(number)).containsExactly("RV-" + number + "-" + TODAY.plusMonths(1));

        // when: the contract is deactivated
        desk.putJson("/api/contracts/" + number, Map.of("active", false));
        assertThat(waitingVisits(number)).isEmpty();
    }

    @Test
    void contractWithoutAReturnVisitCycleGetsNoVisits() {
        String number = unique("CT-NORV");

        desk.postJson("/api/customers/" + customerCode + "/contracts", contract(number, null));

        assertThat(waitingVisits(number)).isEmpty();
    }

    @Test
    void returnVisitsOfAnUnknownContractAreNotFoundAndNeedStaff() {
        assertThat(desk.get("/api/return-visits?contract=" + unique("CT-NONE")).status()).isEqualTo(404);
        assertThat(new MaintFlowApi(port).anonymous().get("/api/return-visits?contract=CT-PREMIUM-01").status())
                .isEqualTo(401);
    }

    private List<String> waitingVisits(String contractNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ReturnVisits.PROCESS_KEY)
                .variableValueEquals("contractNumber", contractNumber).activityIdIn("Timer_VisitDue").list().stream()
                .map(instance -> instance.getBusinessKey()).toList();
    }

    private static Map<String, Object> contract(String number, String returnVisitCycle) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractNumber", number);
        body.put("serviceLevel", "STANDARD");
        body.put("serviceCalendar", "5x8");
        body.put("warrantyStart", TODAY.minusMonths(1).toString());
        body.put("warrantyEnd", TODAY.plusYears(1).toString());
        body.put("freeMaintenanceEnd", TODAY.plusYears(2).toString());
        body.put("contractValue", 800000);
        body.put("penaltyRatePercent", 0.5);
        body.put("penaltyCapPercent", 10);
        body.put("returnVisitCycle", returnVisitCycle);
        return body;
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
    }
}
