package com.maintflow.customer;

import static com.maintflow.customer.CustomerFixtures.TODAY;
import static com.maintflow.customer.CustomerFixtures.contract;
import static com.maintflow.customer.CustomerFixtures.customer;
import static com.maintflow.customer.CustomerFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.intake.IntakeService;
import com.maintflow.sla.ClockKind;
import com.maintflow.sla.SlaClocks;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import com.maintflow.support.Staff;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request is judged by the contract terms in force when it was received: amending the contract (a higher service
 * level, a warranty that ends earlier) changes the SLA targets and charging of new requests only.
 */
@MaintFlowIntegrationTest
class ContractTermsPerRequestIT {

    @LocalServerPort
    int port;

    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired SlaClocks clocks;

    @Test
    void openRequestKeepsItsTermsAfterTheContractIsAmended() {
        var desk = new MaintFlowApi(port).as(Staff.CS1);
        String code = unique("C-TERMS");
        String email = code.toLowerCase() + "@terms.example";
        String number = unique("CT-TERMS");
        desk.postJson("/api/customers", customer(code, "条款客户 / Terms customer", email));
        desk.postJson("/api/customers/" + code + "/contracts", contract(number)); // STANDARD, 5x8, in warranty
        var driver = new RequestDriver(engine, intake);
        String before = driver.submit(code, email);

        // when: the contract moves to PREMIUM 7x24 and its warranty and free period are declared over
        var amended = desk.putJson("/api/contracts/" + number, Map.of("serviceLevel", "PREMIUM",
                "serviceCalendar", "7x24", "warrantyStart", TODAY.minusYears(3).toString(),
                "warrantyEnd", TODAY.minusYears(1).toString(), "freeMaintenanceEnd", TODAY.minusYears(1).toString()));
        assertThat(amended.status()).as("%s", amended).isEqualTo(200);
        String after = driver.submit(code, email);
        reviewAsGeneralDefect(driver, before);
        reviewAsGeneralDefect(driver, after);

        // then: the earlier request still runs under STANDARD/5x8 and in warranty — free, on a 5x8 clock of 120 minutes
        var earlier = desk.get("/api/requests/" + before).json();
        assertThat(earlier.path("terms").path("contractNumber").asText()).isEqualTo(number);
        assertThat(earlier.path("terms").path("serviceLevel").asText()).isEqualTo("STANDARD");
        assertThat(earlier.path("terms").path("serviceCalendar").asText()).isEqualTo("5x8");
        assertThat(earlier.path("terms").path("warrantyEnd").asText()).isEqualTo(TODAY.plusYears(1).toString());
        assertThat(earlier.path("withinFreePeriod").asBoolean()).isTrue();
        assertThat(earlier.path("charging").asText()).isEqualTo("FREE");
        var earlierResolution = resolutionClock(before);
        assertThat(earlierResolution.calendar()).isEqualTo("5x8");
        assertThat(earlierResolution.targetMinutes()).isEqualTo(120);

        // and the later one runs under the amended terms: paid, on the PREMIUM 7x24 clock
        var later = desk.get("/api/requests/" + after).json();
        assertThat(later.path("terms").path("serviceLevel").asText()).isEqualTo("PREMIUM");
        assertThat(later.path("withinFreePeriod").asBoolean()).isFalse();
        assertThat(later.path("charging").asText()).isEqualTo("PAID");
        assertThat(resolutionClock(after).calendar()).isEqualTo("7x24");

        // and the ticket page names the contract and the terms at receipt
        var page = desk.get("/tickets/" + before);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number).contains("服务级别 / level 标准 / Standard").contains("5x8")
                .contains("保修 / warranty " + TODAY.minusMonths(1) + " – " + TODAY.plusYears(1));
    }

    private static void reviewAsGeneralDefect(RequestDriver driver, String ticket) {
        driver.complete(ticket, "Task_ReviewRequest", "cs1", Map.of("maintenanceType", "CORRECTIVE", "serviceKind",
                "DEFECT", "severity", "GENERAL", "reviewOutcome", "IMMEDIATE", "withinSpecScope", false,
                "customerCaused", false, "reviewNote", "条款测试 / Terms test"));
    }

    private SlaClocks.ClockView resolutionClock(String ticket) {
        return clocks.of(ticket, Instant.now()).stream().filter(c -> c.clock() == ClockKind.RESOLUTION).findFirst()
                .orElseThrow(() -> new AssertionError("No resolution clock on " + ticket));
    }
}
