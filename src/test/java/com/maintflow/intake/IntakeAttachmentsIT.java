package com.maintflow.intake;

import static com.maintflow.support.Problems.assertProblem;
import static com.maintflow.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.maintflow.support.HttpJourneyTest;
import com.maintflow.support.HttpResult;
import com.maintflow.support.IntakeBody;
import com.maintflow.support.MaintFlowApi.FilePart;
import com.maintflow.support.MaintFlowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/requests} as {@code multipart/form-data}: the JSON body's fields as form fields plus files, typed
 * by their content; a file that may not be stored refuses the whole request, naming it, and stores nothing.
 */
@MaintFlowIntegrationTest
class IntakeAttachmentsIT extends HttpJourneyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final byte[] LOG = "2026-12-07 ERROR 导出失败\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Autowired private JdbcTemplate jdbc;

    @Test
    void multipartIntakeStoresTheFilesWithTheRequestTypedByContent() {
        // when: a screenshot named like a log, and a log
        HttpResult created = submit(IntakeBody.valid(), List.of(new FilePart("files", "截图.log", PNG),
                new FilePart("files", "app.log", LOG)));

        // then: the same answer as the JSON API, and the files listed in the request
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String ticket = created.json().path("ticket").asText();
        assertThat(created.header("Location")).hasValue("/api/requests/" + ticket);
        JsonNode attachments = journey.view(ticket).path("attachments");
        assertThat(attachments).hasSize(2);
        assertThat(attachments.get(0).path("name").asText()).isEqualTo("截图.log");
        assertThat(attachments.get(0).path("type").asText()).isEqualTo("image/png");
        assertThat(attachments.get(0).path("size").asLong()).isEqualTo(PNG.length);
        assertThat(attachments.get(0).path("source").asText()).isEqualTo("API");
        assertThat(attachments.get(1).path("type").asText()).isEqualTo("text/plain");
    }

    @Test
    void aJsonRequestHasAnEmptyAttachmentList() {
        String ticket = journey.submit(IntakeBody.valid());

        assertThat(journey.view(ticket).path("attachments").isArray()).isTrue();
        assertThat(journey.view(ticket).path("attachments")).isEmpty();
    }

    @Test
    void anExecutableNamedLikeALogRefusesTheRequestAndNothingIsStored() {
        // given
        int requests = requests();
        int files = files();

        // when
        HttpResult refused = submit(IntakeBody.valid(), List.of(new FilePart("files", "ok.log", LOG),
                new FilePart("files", "error.log", EXE)));

        // then
        JsonNode problem = assertProblem(refused, 400);
        assertThat(errorFields(problem)).containsExactly("files[1]");
        assertThat(problem.path("errors").get(0).path("message").asText()).startsWith("error.log:");
        assertThat(requests()).isEqualTo(requests);
        assertThat(files()).isEqualTo(files);
    }

    @Test
    void moreThanFiveFilesOrOneOverTenMegabytesAreRefused() {
        int requests = requests();

        var six = Collections.nCopies(6, new FilePart("files", "app.log", LOG));
        var large = List.of(new FilePart("files", "big.log", new byte[10 * 1024 * 1024 + 1]));

        assertThat(errorFields(assertProblem(submit(IntakeBody.valid(), six), 400))).containsExactly("files");
        JsonNode tooLarge = assertProblem(submit(IntakeBody.valid(), large), 400);
        assertThat(errorFields(tooLarge)).containsExactly("files[0]");
        assertThat(tooLarge.path("errors").get(0).path("message").asText()).contains("10 MB");
        assertThat(requests()).isEqualTo(requests);
    }

    @Test
    void multipartFieldsAreValidatedLikeTheJsonBody() {
        JsonNode problem = assertProblem(submit(IntakeBody.valid().without("title"), List.of()), 400);

        assertThat(errorFields(problem)).containsExactly("title");
    }

    private HttpResult submit(IntakeBody body, List<FilePart> files) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.fields().forEach((name, value) -> fields.put(name, String.valueOf(value)));
        return api.anonymous().postMultipart("/api/requests", fields, files);
    }

    private int requests() {
        return jdbc.queryForObject("select count(*) from mf_maintenance_request", Integer.class);
    }

    private int files() {
        return jdbc.queryForObject("select count(*) from mf_attachment", Integer.class);
    }
}
