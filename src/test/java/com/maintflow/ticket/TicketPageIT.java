package com.maintflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.intake.IntakeCommand;
import com.maintflow.intake.IntakeService;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestJourney;
import com.maintflow.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff ticket page shows the request, its records and timeline to staff only, escaped. */
@MaintFlowIntegrationTest
class TicketPageIT {

    @LocalServerPort
    private int port;

    @Autowired
    private IntakeService intake;

    private MaintFlowApi api;
    private RequestJourney journey;

    @BeforeEach
    void connect() {
        api = new MaintFlowApi(port);
        journey = new RequestJourney(api);
    }

    @Test
    void staffSeeRequestRecordsAndCockpitLink() {
        // given: a reviewed request whose description carries markup
        String ticket = journey.submit(IntakeBody.valid().with("description", "<b>导出失败</b> & 报错"));
        journey.review(ticket);

        // when
        var page = api.as(Staff.ENG1).get("/tickets/" + ticket);

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"ticket\">" + ticket + "<")
                .contains("&lt;b&gt;导出失败&lt;/b&gt; &amp; 报错").doesNotContain("<b>导出失败</b>")
                .contains("/camunda/app/cockpit/default/#/process-instance/")
                .contains("用户问题反馈及落实情况表").contains("cs1")
                .contains("未归档 / Not archived yet")
                .contains("href=\"/customers/" + IntakeBody.CUSTOMER_IN_WARRANTY + "\"")
                .doesNotContain("id=\"origin\"");
    }

    @Test
    void requestRaisedByAnInspectionShowsWhereItCameFrom() {
        String ticket = intake.submitFrom("IN-CT-WARRANTY-01-2026-12", new IntakeCommand(
                IntakeBody.CUSTOMER_IN_WARRANTY, "王工 / Engineer Wang", "it@warranty.example", null, "INSPECTION",
                "ERP", "巡检发现 / Inspection finding", "磁盘将满 / Disk nearly full")).ticket();

        var page = api.as(Staff.CS1).get("/tickets/" + ticket);

        assertThat(page.body()).contains("id=\"origin\">IN-CT-WARRANTY-01-2026-12<");
    }

    @Test
    void ticketListFindsARequestByTicketTitleOrCustomerCodeInWords() {
        // given: a title with LIKE's wildcard characters, which must match as typed
        String ticket = journey.submit(IntakeBody.valid().with("title", "100%_导出 / export"));
        String plain = journey.submit(IntakeBody.valid());

        // when
        var byTicket = api.as(Staff.CS1).get("/tickets?q=" + ticket.toLowerCase());
        var byTitle = api.as(Staff.ENG1).get("/tickets?q=" + java.net.URLEncoder.encode("100%_导出",
                java.nio.charset.StandardCharsets.UTF_8));
        var wildcardOnly = api.as(Staff.CS1).get("/tickets?q=%25_");

        // then
        assertThat(byTicket.status()).isEqualTo(200);
        assertThat(byTicket.body()).contains("href=\"/tickets/" + ticket + "\"", "已受理 / Received", "网页 / Web",
                "id=\"nav-tickets\" href=\"/tickets\" class=\"active\"");
        assertThat(byTitle.body()).contains(ticket);
        assertThat(wildcardOnly.body()).contains(ticket).doesNotContain(plain);
        assertThat(api.as(Staff.CS1).get("/tickets?q=no-such-ticket-anywhere").body())
                .contains("没有匹配的工单 / No matching tickets");
    }

    @Test
    void anonymousVisitorsMustLogIn() {
        String ticket = journey.submit(IntakeBody.valid());

        assertThat(api.anonymous().get("/tickets/" + ticket).status()).isEqualTo(401);
    }

    @Test
    void unknownTicketIsAPageNotAStackTrace() {
        var page = api.as(Staff.CS1).get("/tickets/MR-2099-999999");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"not-found\"").doesNotContain("Exception");
    }
}
