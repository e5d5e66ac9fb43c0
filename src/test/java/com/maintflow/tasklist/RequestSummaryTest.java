package com.maintflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.maintflow.customer.Customer;
import com.maintflow.intake.Channel;
import com.maintflow.intake.MaintenanceRequest;
import com.maintflow.records.RequestRecords;
import com.maintflow.system.Labels;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequestSummaryTest {

    private static final RequestRecords NO_RECORDS = new RequestRecords(List.of(), List.of(), List.of(), List.of(),
            List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    /** An ASCII punctuation mark not preceded by an escaping backslash (itself unescaped). */
    private static final Pattern UNESCAPED_PUNCTUATION =
            Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*[!\"#$%&'()*+,\\-./:;<=>?@\\[\\]^_`{|}~]");

    @Test
    void summaryNamesCustomerContactSystemAndDescription() {
        // given
        var request = request("登录后报表页面空白");

        // when
        String summary = RequestSummary.of(request, NO_RECORDS, new Labels());

        // then
        assertThat(summary).contains("**标题 / Title:** 月结报表出错")
                .contains("**客户 / Customer:** C\\-WARRANTY 保修客户有限公司")
                .contains("**联系人 / Contact:** 王工 · it\\@warranty\\.example · \\+86 10 1234 5678")
                .contains("**系统 / System:** ERP")
                .contains("**描述 / Description:**\n登录后报表页面空白")
                .contains("**此前记录 / Earlier records:** —");
    }

    @Test
    void customerTextCannotFormMarkupLinksOrBlocks() {
        // given: a description written to become a link, a script, a heading, a list and a code block
        String hostile = "[点我](javascript:alert(1)) <script>alert('x')</script> <img src=x onerror=alert(2)>\n"
                + "# Heading\n\n\n    indented code\n- item\nhttps://evil.example/phish www.evil.example &lt;b&gt;";

        // when
        String description = RequestSummary.literal(hostile);

        // then: every markup character is escaped, no line is indented, no blank line starts a new block
        assertThat(UNESCAPED_PUNCTUATION.matcher(description).find()).as(description).isFalse();
        assertThat(description.lines()).noneMatch(line -> line.isBlank() || line.startsWith(" "));
        assertThat(description).contains("\\<script\\>").contains("\\[点我\\]\\(javascript\\:alert\\(1\\)\\)")
                .contains("https\\:\\/\\/evil\\.example").contains("\\&lt\\;b\\&gt\\;");
    }

    @Test
    void longDescriptionIsClippedAndSummaryStaysWithinCamundaStringLimit() {
        // given: a description far beyond the 4000 characters Camunda keeps in a string variable
        var request = request("<".repeat(20_000));

        // when
        String summary = RequestSummary.of(request, NO_RECORDS, new Labels());

        // then
        assertThat(summary).hasSizeLessThanOrEqualTo(RequestSummary.LIMIT).contains("…");
    }

    private static MaintenanceRequest request(String description) {
        var request = mock(MaintenanceRequest.class);
        when(request.getCustomer()).thenReturn(new Customer("C-WARRANTY", "保修客户有限公司"));
        when(request.getTitle()).thenReturn("月结报表出错");
        when(request.getContactName()).thenReturn("王工");
        when(request.getContactEmail()).thenReturn("it@warranty.example");
        when(request.getContactPhone()).thenReturn("+86 10 1234 5678");
        when(request.getSystem()).thenReturn("ERP");
        when(request.getDescription()).thenReturn(description);
        when(request.getReceivedAt()).thenReturn(Instant.parse("2026-11-25T06:00:00Z"));
        when(request.getChannel()).thenReturn(Channel.WEB);
        when(request.isWithinFreePeriod()).thenReturn(true);
        return request;
    }
}
