package com.maintflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maintflow.customer.Customer;
import com.maintflow.customer.Customers;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.RequestDriver;
import com.maintflow.intake.IntakeService;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.maintflow.intake.MaintenanceRequests;
import com.maintflow.intake.RequestQuery;
import com.maintflow.intake.RequestView;
import com.maintflow.timeline.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The customer portal over HTTP with the real engine and database: intake with field errors, and status lookup. */
@MaintFlowIntegrationTest
class CustomerPortalIT {

    private static final Pattern TICKET = Pattern.compile("id=\"ticket\">(MR-\\d{4}-\\d{6})<");

    @Autowired private WebApplicationContext context;
    @Autowired private ProcessEngine engine;
    @Autowired private IntakeService intake;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private MaintenanceRequests requests;
    @Autowired private Timeline timeline;
    @Autowired private RequestQuery query;
    @Autowired private Customers customers;

    private MockMvc mvc;
    private RequestDriver driver;

    @BeforeEach
    void driveLikeTasklist() {
        driver = new RequestDriver(engine, intake);
        // MockMvc on the shared integration-test context (no @AutoConfigureMockMvc, which would start a second one).
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    // --- Intake ----------------------------------------------------------------------------------------------------

    @Test
    void portalFormHasStableFieldIdsAndCsrfToken() throws Exception {
        mvc.perform(get("/portal")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("id=\"submit\"")))
                .andExpect(content().string(containsString("id=\"customerCode\" name=\"customerCode\"")))
                .andExpect(content().string(containsString("id=\"description\" name=\"description\"")));
        mvc.perform(get("/css/maintflow.css")).andExpect(status().isOk());
    }

    @Test
    void portalSubmitOpensWebRequestAndShowsTicket() throws Exception {
        // when
        String page = submit(validForm().with("channel", "PHONE")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then: the ticket is shown and the request is stored as a WEB request, whatever the post claimed
        var ticket = TICKET.matcher(page);
        assertThat(ticket.find()).as("ticket on the confirmation page").isTrue();
        assertThat(jdbc.queryForMap("select channel, contact_email, title from mf_maintenance_request where ticket = ?",
                ticket.group(1)))
                .containsEntry("CHANNEL", "WEB").containsEntry("CONTACT_EMAIL", "it@warranty.example")
                .containsEntry("TITLE", "<b>打印</b> fails");
        assertThat(page).doesNotContain("<b>打印</b>");
    }

    @Test
    void invalidFieldsAreShownNextToThemWithValuesKeptAndNothingStored() throws Exception {
        // given
        int requestsBefore = requests();
        long processesBefore = processes();

        // when
        String page = submit(validForm().with("contactEmail", "not-an-email").with("title", "")
                .with("contactPhone", "call me"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then: each error right after its own input, typed values kept (escaped)
        assertThat(page).containsPattern("id=\"contactEmail\"[^>]*value=\"not-an-email\"[^>]*>\\s*<p class=\"error\">")
                .containsPattern("id=\"title\"[^>]*>\\s*<p class=\"error\">")
                .containsPattern("id=\"contactPhone\"[^>]*value=\"call me\"[^>]*>\\s*<p class=\"error\">")
                .contains("value=\"王工\"")
                .doesNotContainPattern("id=\"system\"[^>]*>\\s*<p class=\"error\">");
        assertThat(requests()).isEqualTo(requestsBefore);
        assertThat(processes()).isEqualTo(processesBefore);
    }

    @Test
    void unknownCustomerIsShownNextToCustomerCodeAndNothingStored() throws Exception {
        // given
        int requestsBefore = requests();

        // when / then
        submit(validForm().with("customerCode", "C-NOBODY")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a known customer code")))
                .andExpect(content().string(containsString("value=\"C-NOBODY\"")));
        assertThat(requests()).isEqualTo(requestsBefore);
    }

    @Test
    void portalPostWithoutCsrfTokenIsRefused() throws Exception {
        // given
        int requestsBefore = requests();

        // when / then
        mvc.perform(validForm().applyTo(post("/portal"))).andExpect(status().isForbidden());
        assertThat(requests()).isEqualTo(requestsBefore);
    }

    // --- Identified by e-mail, with attachments -----------------------------------------------------------------------

    @Test
    void theContactEmailAloneIdentifiesTheCustomer() throws Exception {
        // when: no customer code, the demo customer's registered contact
        String page = submit(validForm().with("customerCode", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then
        var ticket = TICKET.matcher(page);
        assertThat(ticket.find()).isTrue();
        assertThat(query.view(ticket.group(1)).customerCode()).isEqualTo("C-WARRANTY");
    }

    @Test
    void anEmailOfSeveralCustomersAsksWhichOneThenOpensTheRequestForTheChosenOne() throws Exception {
        // given: one contact e-mail registered with two customers
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String email = "it-" + suffix.toLowerCase() + "@group.example";
        customer("C-GRP-A-" + suffix, "集团甲公司 / Group A " + suffix, email);
        customer("C-GRP-B-" + suffix, "集团乙公司 / Group B " + suffix, email);
        int requestsBefore = requests();

        // when: the customer leaves the code empty
        String asked = submit(validForm().with("customerCode", "").with("contactEmail", email))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then: a choice of both, nothing stored
        assertThat(asked).contains("<select id=\"customerCode\" name=\"customerCode\"")
                .contains("value=\"C-GRP-A-" + suffix + "\"", "value=\"C-GRP-B-" + suffix + "\"")
                .contains("此邮箱属于多个客户");
        assertThat(requests()).isEqualTo(requestsBefore);

        // when: the customer picks the second
        String page = submit(validForm().with("customerCode", "C-GRP-B-" + suffix).with("contactEmail", email))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then
        var ticket = TICKET.matcher(page);
        assertThat(ticket.find()).isTrue();
        assertThat(query.view(ticket.group(1)).customerCode()).isEqualTo("C-GRP-B-" + suffix);
    }

    @Test
    void anUnregisteredEmailWithoutCodeAsksForTheCodeAndStoresNothing() throws Exception {
        int requestsBefore = requests();

        submit(validForm().with("customerCode", "").with("contactEmail", "nobody@unknown.example"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("此邮箱未登记为客户联系人，请填写客户编号")));
        assertThat(requests()).isEqualTo(requestsBefore);
    }

    @Test
    void attachedFilesAreStoredWithTheRequestTypedByTheirContent() throws Exception {
        // when: a screenshot and a GBK log
        String page = mvc.perform(validForm().applyTo(multipart("/portal")
                        .file(new MockMultipartFile("files", "截图.png", "image/png", PNG))
                        .file(new MockMultipartFile("files", "错误日志.log", "text/plain",
                                "登录失败 ERROR\r\n".getBytes(java.nio.charset.Charset.forName("GBK"))))
                        .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0])))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then: both stored (the empty third input is no file), with the types read from their bytes
        var ticket = TICKET.matcher(page);
        assertThat(ticket.find()).isTrue();
        assertThat(query.view(ticket.group(1)).attachments())
                .extracting(RequestView.Attachment::name, RequestView.Attachment::type, RequestView.Attachment::source)
                .containsExactly(tuple("截图.png", "image/png", "PORTAL"), tuple("错误日志.log", "text/plain", "PORTAL"));
    }

    @Test
    void aFileOfAnotherTypeIsNamedNextToTheFileInputAndNothingIsStored() throws Exception {
        // given
        int requestsBefore = requests();

        // when: a program renamed to look like a log
        String page = mvc.perform(validForm().applyTo(multipart("/portal")
                        .file(new MockMultipartFile("files", "setup.log", "text/plain",
                                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})))
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then: the other fields keep their values
        assertThat(page).contains("class=\"error file-error\">setup.log: ").contains("value=\"王工\"");
        assertThat(requests()).isEqualTo(requestsBefore);
    }

    // --- Status ----------------------------------------------------------------------------------------------------

    @Test
    void statusPageShowsStatusAndTimelineWhenTicketAndEmailMatch() throws Exception {
        // given
        String ticket = driver.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
        driver.review(ticket, "IMMEDIATE", "DEFECT");

        // when / then: the e-mail matches whatever its case
        lookUp(ticket, "IT@Warranty.Example").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ticket\">" + ticket + "<")))
                .andExpect(content().string(containsString("id=\"status\">已判定收费 / Charging decided<")))
                .andExpect(content().string(containsString("受理 / Received · 网页 / Web")))
                // staff were mailed about their new tasks, but their notices and addresses are not the customer's
                .andExpect(content().string(not(containsString("@maintflow.example"))));
    }

    @Test
    void statusPageLeavesOutWhatIsMeantForStaffOnly() throws Exception {
        // given: a reviewed request that staff re-classified and a supervisor escalated, with notes for colleagues
        String ticket = driver.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");
        driver.review(ticket, "IMMEDIATE", "DEFECT");
        requests.reclassify(ticket, "CRITICAL", "DEFECT", "客户很难缠 / Difficult customer", "sup1");
        timeline.append(ticket, "SLA_ESCALATION_HANDLED", "sup1", "处理升级 / Escalation handled: 让新人先顶上 / Junior covers");
        timeline.append(ticket, "SLA_REASSIGNED", "sup1", "升级改派 / Reassigned after escalation to eng2");

        // when
        String page = lookUp(ticket, "it@warranty.example").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then: the customer sees the milestones, not the staff's notes (the staff API still has them all)
        assertThat(page).contains("受理 / Received · 网页 / Web").contains("评审 / Reviewed")
                .doesNotContain("Difficult customer").doesNotContain("Junior covers").doesNotContain("eng2");
        assertThat(query.view(ticket).timeline()).extracting(RequestView.Event::event)
                .contains("RECLASSIFIED", "SLA_ESCALATION_HANDLED", "SLA_REASSIGNED");
    }

    @Test
    void statusPageAnswersTheSameNotFoundForWrongEmailAndUnknownTicket() throws Exception {
        // given
        String ticket = driver.submit(RequestDriver.IN_WARRANTY, "it@warranty.example");

        // when
        String wrongEmail = lookUp(ticket, "someone@else.example").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unknownTicket = lookUp("MR-2099-999999", "it@warranty.example").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then: same message, nothing of the request
        for (String page : new String[] {wrongEmail, unknownTicket}) {
            assertThat(page).contains("id=\"not-found\"").doesNotContain("月结报表出错").doesNotContain("id=\"status\"");
        }
        assertThat(withoutCsrfToken(wrongEmail).replace(ticket, "T").replace("someone@else.example", "E"))
                .isEqualTo(withoutCsrfToken(unknownTicket).replace("MR-2099-999999", "T")
                        .replace("it@warranty.example", "E"));
    }

    // --- Helpers ---------------------------------------------------------------------------------------------------

    /** The intake form's fields, all valid; {@link #with} changes one. */
    private record Form(Map<String, String> fields) {

        Form with(String name, String value) {
            var copy = new LinkedHashMap<>(fields);
            copy.put(name, value);
            return new Form(copy);
        }

        MockHttpServletRequestBuilder applyTo(MockHttpServletRequestBuilder request) {
            fields.forEach(request::param);
            return request;
        }
    }

    private static Form validForm() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("customerCode", "C-WARRANTY");
        fields.put("contactName", "王工");
        fields.put("contactEmail", "it@warranty.example");
        fields.put("contactPhone", "+86 10 1234 5678");
        fields.put("system", "ERP");
        fields.put("title", "<b>打印</b> fails");
        fields.put("description", "打印时报错 / Printing fails");
        return new Form(fields);
    }

    private ResultActions submit(Form form) throws Exception {
        return mvc.perform(form.applyTo(post("/portal")).with(csrf()));
    }

    private ResultActions lookUp(String ticket, String contactEmail) throws Exception {
        return mvc.perform(post("/portal/status").param("ticket", ticket).param("contactEmail", contactEmail)
                .with(csrf()));
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    /** A customer with one contact, stored as customer service would. */
    private void customer(String code, String name, String contactEmail) {
        var customer = new Customer(code, name);
        customer.addContact("王工", contactEmail, null);
        customers.save(customer);
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private int requests() {
        return jdbc.queryForObject("select count(*) from mf_maintenance_request", Integer.class);
    }

    private long processes() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    }
}
