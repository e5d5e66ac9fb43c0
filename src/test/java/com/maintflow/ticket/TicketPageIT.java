package com.maintflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestJourney;
import com.maintflow.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff ticket page shows the request, its records and timeline to staff only, escaped. */
@MaintFlowIntegrationTest
class TicketPageIT {

    @LocalServerPort
    private int port;

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
                .contains("未归档 / Not archived yet");
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
