package com.maintflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.maintflow.customer.Customers;
import com.maintflow.support.MaintFlowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The portal's complaint page and the status page finding a complaint by its number and contact e-mail. */
@MaintFlowIntegrationTest
class ComplaintPortalIT {

    private static final Pattern NUMBER = Pattern.compile("CP-\\d{4}-\\d{6}");

    @Autowired private WebApplicationContext context;
    @Autowired private Customers customers;
    @Autowired private JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void portalFilesAWebComplaintAndTheStatusPageShowsIt() throws Exception {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        mvc.perform(get("/portal/complaint")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("id=\"ticket\" name=\"ticket\"")));

        // when
        String page = mvc.perform(form(customer, "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // then
        var number = NUMBER.matcher(page);
        assertThat(number.find()).as(page).isTrue();
        assertThat(jdbc.queryForObject("select channel from mf_complaint where complaint_number = ?", String.class,
                number.group())).isEqualTo("WEB");
        String status = mvc.perform(post("/portal/status").with(csrf()).param("ticket", number.group())
                        .param("contactEmail", customer.contactEmail()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).contains(number.group(), "投诉 / Complaint", "已受理 / Received", "受理投诉 / Complaint received");
        mvc.perform(post("/portal/status").with(csrf()).param("ticket", number.group())
                .param("contactEmail", "someone@else.example")).andExpect(status().isNotFound());
    }

    @Test
    void portalShowsAnUnknownTicketNextToItsFieldAndStoresNothing() throws Exception {
        // given
        var customer = ComplaintFixtures.newCustomer(customers, true);
        long before = jdbc.queryForObject("select count(*) from mf_complaint", Long.class);

        // when / then
        mvc.perform(form(customer, "MR-2999-999999")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不是该客户的工单 / is not a request of this customer")));
        assertThat(jdbc.queryForObject("select count(*) from mf_complaint", Long.class)).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder form(ComplaintFixtures.NewCustomer customer, String ticket) {
        return post("/portal/complaint").with(csrf())
                .param("customerCode", customer.code()).param("contactName", "赵敏 / Zhao Min")
                .param("contactEmail", customer.contactEmail()).param("contactPhone", "")
                .param("ticket", ticket).param("subject", "客服态度 / Attitude on the phone")
                .param("description", "电话中被挂断 / The call was cut off");
    }
}
