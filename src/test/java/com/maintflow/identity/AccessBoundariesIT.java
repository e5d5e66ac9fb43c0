package com.maintflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.maintflow.support.HttpResult;
import com.maintflow.support.MaintFlowApi;
import com.maintflow.support.MaintFlowIntegrationTest;
import com.maintflow.support.Staff;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One row per protected door: who knocks (anonymous, a wrong password, a staff member of the wrong group), on which
 * resource of MaintFlow's API, Camunda's REST API or the webapps' own API, and that the answer is 401 or 403.
 * No row needs data to exist: access is decided before any lookup.
 */
@MaintFlowIntegrationTest
class AccessBoundariesIT {

    private static final String TICKET = "MR-2026-000001";
    /** Wrong passwords only with trn1, whom no other test logs in with (Camunda locks after repeated failures). */
    private static final Function<MaintFlowApi, MaintFlowApi> ANONYMOUS = MaintFlowApi::anonymous;
    private static final Function<MaintFlowApi, MaintFlowApi> WRONG_PASSWORD =
            api -> api.withBasic(Staff.TRN1.userId(), "not-the-password");
    private static final Function<MaintFlowApi, MaintFlowApi> ENGINEER = api -> api.as(Staff.ENG1);
    private static final Function<MaintFlowApi, MaintFlowApi> DOCUMENT_MANAGER = api -> api.as(Staff.DOC1);

    // Complete bodies, so the engine gets as far as its authorization check (an empty one is refused before it).
    private static final Map<String, Object> NEW_USER = Map.of(
            "profile", Map.of("id", "intruder", "firstName", "In", "lastName", "Truder", "email", "in@truder.example"),
            "credentials", Map.of("password", "Intruder-Pa55word"));
    private static final Map<String, Object> NEW_GROUP = Map.of("id", "intruders", "name", "Intruders",
            "type", "WORKFLOW");

    @LocalServerPort
    int port;

    static Stream<Arguments> doors() {
        return Stream.of(
                door("anonymous", ANONYMOUS, "GET", "/api/requests/" + TICKET, 401),
                door("wrong password", WRONG_PASSWORD, "GET", "/api/requests/" + TICKET, 401),
                door("anonymous", ANONYMOUS, "GET", "/api/archive/" + TICKET, 401),
                door("anonymous", ANONYMOUS, "GET", "/api/archive/" + TICKET + "/verify", 401),
                door("engineer", ENGINEER, "GET", "/api/archive/" + TICKET, 403),
                door("engineer", ENGINEER, "GET", "/api/archive/" + TICKET + "/verify", 403),
                door("anonymous", ANONYMOUS, "GET", "/api/calendars", 401),
                door("wrong password", WRONG_PASSWORD, "GET", "/api/calendars", 401),
                door("engineer", ENGINEER, "GET", "/api/calendars", 403),
                door("document manager", DOCUMENT_MANAGER, "GET", "/api/calendars", 403),
                door("anonymous", ANONYMOUS, "GET", "/engine-rest/task", 401),
                door("anonymous", ANONYMOUS, "GET", "/engine-rest/process-instance", 401),
                door("anonymous", ANONYMOUS, "GET", "/engine-rest/user", 401),
                door("anonymous", ANONYMOUS, "GET", "/engine-rest/deployment", 401),
                door("anonymous", ANONYMOUS, "POST", "/engine-rest/process-definition/key/MaintenanceRequestProcess/start", 401),
                door("wrong password", WRONG_PASSWORD, "GET", "/engine-rest/task", 401),
                door("engineer", ENGINEER, "POST", "/engine-rest/user/create", NEW_USER, 403),
                door("engineer", ENGINEER, "POST", "/engine-rest/group/create", NEW_GROUP, 403),
                door("anonymous", ANONYMOUS, "GET", "/camunda/api/engine/engine/default/task", 401),
                door("anonymous", ANONYMOUS, "GET", "/camunda/api/engine/engine/default/process-definition", 401),
                door("anonymous", ANONYMOUS, "GET", "/camunda/api/engine/engine/default/user", 401));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {5}")
    @MethodSource("doors")
    void doorStaysClosed(String who, String method, String path, Function<MaintFlowApi, MaintFlowApi> caller,
                         Map<String, Object> body, int expectedStatus) {
        // given
        var api = caller.apply(new MaintFlowApi(port));

        // when
        HttpResult answer = method.equals("GET") ? api.get(path) : api.postJson(path, body);

        // then
        assertThat(answer.status()).as("%s %s %s: %s", who, method, path, answer).isEqualTo(expectedStatus);
        assertThat(answer.body()).as("no stack trace").doesNotContain("\tat ");
    }

    private static Arguments door(String who, Function<MaintFlowApi, MaintFlowApi> caller, String method, String path,
                                  int status) {
        return door(who, caller, method, path, Map.of(), status);
    }

    private static Arguments door(String who, Function<MaintFlowApi, MaintFlowApi> caller, String method, String path,
                                  Map<String, Object> body, int status) {
        return Arguments.of(who, method, path, caller, body, status);
    }
}
