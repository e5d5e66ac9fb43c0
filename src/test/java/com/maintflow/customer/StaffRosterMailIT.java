package com.maintflow.customer;

import static com.maintflow.customer.CustomerFixtures.contract;
import static com.maintflow.customer.CustomerFixtures.customer;
import static com.maintflow.customer.CustomerFixtures.unique;
import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maintflow.GreenMailServer;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.Staff;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service staff roster over {@code /api/staff} (staff read it, admins keep it), and the customer told by mail when
 * the engineer named for their contract changes (批定专人，人员变动及时通知甲方), through the outbox to a real SMTP server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
class StaffRosterMailIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        GreenMailServer.register(registry);
    }

    @LocalServerPort int port;
    @Value("${camunda.bpm.admin-user.id}") String adminId;
    @Value("${camunda.bpm.admin-user.password}") String adminPassword;
    @Autowired IdentityService identity;

    MaintFlowApi admin;

    @BeforeEach
    void connect() {
        admin = new MaintFlowApi(port).withBasic(adminId, adminPassword);
    }

    @Test
    void adminsKeepTheRosterAndStaffReadIt() {
        String userId = engineer(unique("eng").toLowerCase().replace("-", ""));

        var created = admin.putJson("/api/staff/" + userId, Map.of("displayName", "赵强 / Zhao Qiang",
                "phone", "+86 10 8888 0001", "title", "高级工程师 / Senior engineer", "remarks", "数据库方向 / databases"));
        var replaced = admin.putJson("/api/staff/" + userId, Map.of("displayName", "赵强 / Zhao Qiang",
                "phone", "+86 10 8888 0002"));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
        var roster = new MaintFlowApi(port).as(Staff.ENG1).get("/api/staff");
        assertThat(roster.status()).isEqualTo(200);
        var entry = roster.json().findParents("userId").stream()
                .filter(n -> n.path("userId").asText().equals(userId)).findFirst().orElseThrow();
        assertThat(entry.path("phone").asText()).isEqualTo("+86 10 8888 0002");
        assertThat(entry.path("title").isNull()).as("PUT replaces the entry").isTrue();
        assertThat(new MaintFlowApi(port).as(Staff.DOC1).get("/api/staff").status()).isEqualTo(200);
        assertProblem(new MaintFlowApi(port).as(Staff.CS1).putJson("/api/staff/" + userId,
                Map.of("displayName", "x")), 403);
        assertProblem(new MaintFlowApi(port).anonymous().get("/api/staff"), 401);
        var history = new MaintFlowApi(port).as(Staff.SUP1).get("/api/staff/" + userId + "/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).path("actor").asText()).isEqualTo(adminId);
        assertThat(history.get(1).toString()).contains("+86 10 8888 0001").contains("+86 10 8888 0002");
        assertThat(errorFields(assertProblem(admin.putJson("/api/staff/nobody-" + userId,
                Map.of("displayName", "无此人 / Nobody")), 422))).containsExactly("userId");
        assertThat(errorFields(assertProblem(admin.putJson("/api/staff/" + userId,
                Map.of("displayName", "", "phone", "call me")), 400))).containsExactlyInAnyOrder("displayName", "phone");
    }

    @Test
    void changingTheResponsibleEngineerMailsTheCustomersContacts() throws Exception {
        String first = onRoster(unique("engA").toLowerCase().replace("-", ""), "钱工 / Engineer Qian", "+86 10 7000 0001");
        String second = onRoster(unique("engB").toLowerCase().replace("-", ""), "孙工 / Engineer Sun", "+86 10 7000 0002");
        String code = unique("C-ROSTER");
        String contactA = code.toLowerCase() + "-a@roster.example";
        String contactB = code.toLowerCase() + "-b@roster.example";
        var desk = new MaintFlowApi(port).as(Staff.CS1);
        desk.postJson("/api/customers", Map.of("code", code, "name", "名单客户 / Roster customer", "contacts", List.of(
                CustomerFixtures.contact("甲 / A", contactA, null), CustomerFixtures.contact("乙 / B", contactB, null))));
        String number = unique("CT-ROSTER");
        var signed = desk.postJson("/api/customers/" + code + "/contracts",
                CustomerFixtures.with(contract(number), "responsibleEngineers", List.of(first)));
        assertThat(signed.status()).as("%s", signed).isEqualTo(201);
        assertThat(signed.json().path("responsibleEngineers").get(0).path("displayName").asText())
                .isEqualTo("钱工 / Engineer Qian");
        assertThat(errorFields(assertProblem(desk.putJson("/api/contracts/" + number,
                Map.of("responsibleEngineers", List.of("not-on-roster"))), 422))).containsExactly("responsibleEngineers");

        // when
        var amended = desk.putJson("/api/contracts/" + number, Map.of("responsibleEngineers", List.of(second)));
        desk.putJson("/api/contracts/" + number, Map.of("siteAddress", "北京 / Beijing")); // not an engineer change

        // then: one mail to each contact, naming the new engineer and the one before, Chinese first
        assertThat(amended.status()).as("%s", amended).isEqualTo(200);
        await().atMost(DELIVERY).until(() -> mailsAbout(number).size() == 2);
        for (String contact : List.of(contactA, contactB)) {
            var mails = mailsAbout(number).stream().filter(m -> to(m, contact)).toList();
            assertThat(mails).as("mails to %s", contact).hasSize(1);
            assertThat(mails.get(0).getSubject()).contains(number).contains("负责工程师变更").contains("engineer");
            String body = bodyOf(mails.get(0));
            assertThat(body).contains("孙工 / Engineer Sun").contains("+86 10 7000 0002").contains("钱工 / Engineer Qian");
            assertThat(body.indexOf("负责工程师")).isLessThan(body.indexOf("engineers responsible"));
        }
        var history = desk.get("/api/contracts/" + number + "/history").json();
        assertThat(history.toString()).contains("responsibleEngineers").contains(second);
    }

    private String onRoster(String userId, String name, String phone) {
        engineer(userId);
        var put = admin.putJson("/api/staff/" + userId, Map.of("displayName", name, "phone", phone,
                "title", "维护工程师 / Maintenance engineer"));
        assertThat(put.status()).as("%s", put).isEqualTo(201);
        return userId;
    }

    private String engineer(String userId) {
        var user = identity.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("test");
        user.setPassword("not-used-" + userId);
        identity.saveUser(user);
        identity.createMembership(userId, "maintenance-engineers");
        return userId;
    }

    private static List<MimeMessage> mailsAbout(String number) throws MessagingException {
        var matching = new ArrayList<MimeMessage>();
        for (MimeMessage mail : GreenMailServer.running().getReceivedMessages()) {
            if (mail.getSubject().contains(number)) {
                matching.add(mail);
            }
        }
        return matching;
    }

    private static boolean to(MimeMessage mail, String recipient) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(recipient));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String bodyOf(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }
}
