package com.maintflow.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, staff
 * only): operations and bodies come from the controllers (springdoc); this adds what the controllers do not say —
 * HTTP Basic, which operations customers call without an account, and the RFC 7807 {@code application/problem+json}
 * answers every operation can give ({@code errors} naming the fields), as {@code ApiExceptionHandler}, the request
 * limit filters and the security chain write them.
 */
@Configuration
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    private static final String BASIC = "basicAuth";
    /** Operations customers call without an account (SecurityConfig#apiSecurity). */
    private static final Set<String> ANONYMOUS = Set.of("POST /api/requests", "POST /api/complaints");

    @Bean
    OpenAPI maintFlowOpenApi() {
        return new OpenAPI()
                .info(new Info().title("MaintFlow API").version("1")
                        .description("维护请求、客户、合同、SLA、归档 / Maintenance requests, customers, contracts, "
                                + "SLA, archive. Staff: HTTP Basic with a Camunda user of a staff group; intake and "
                                + "complaints: no account. Errors: RFC 7807 application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            // Here, not on the OpenAPI bean: springdoc puts the schemas it derives from the controllers in place
            // of the bean's.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describeProblems(path, method, operation)));
        };
    }

    private static void describeProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean anonymous = ANONYMOUS.contains(method + " " + path);
        if (anonymous) {
            operation.setSecurity(List.of());
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            problem(operation, "400", "入参无效 / Invalid input: errors names each field");
        }
        if (anonymous) {
            problem(operation, "413", "请求体过大 / Body over maintflow.api.max-body-size, refused before it is read");
            problem(operation, "415", "不是 JSON / Not application/json");
            problem(operation, "422", "客户未知或已停用 / Unknown or deactivated customer");
            problem(operation, "429", "提交过于频繁 / Too many anonymous submissions from this address (Retry-After)");
            problem(operation, "503", "数据库不可用 / Database unreachable, nothing stored (Retry-After)");
        } else {
            problem(operation, "401", "需要登录 / HTTP Basic required");
            problem(operation, "403", "无权限 / Your groups may not use this operation");
        }
        if (path.contains("{")) {
            problem(operation, "404", "不存在 / No such resource");
        }
    }

    private static void problem(Operation operation, String status, String description) {
        var content = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        operation.getResponses().computeIfAbsent(status, code -> new ApiResponse().description(description))
                .setContent(content);
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema().description("One field-level problem")
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 7807 problem detail")
                .properties(Map.of(
                        "type", new StringSchema().example("about:blank"),
                        "title", new StringSchema().example("Bad Request"),
                        "status", new IntegerSchema().example(400),
                        "detail", new StringSchema(),
                        "instance", new StringSchema().example("/api/requests"),
                        "errors", new ArraySchema().items(fieldError)))
                .required(List.of("title", "status"));
    }
}
