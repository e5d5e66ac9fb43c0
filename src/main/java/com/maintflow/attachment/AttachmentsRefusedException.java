package com.maintflow.attachment;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Files that may not be stored (too many, too large, empty, or of a type not accepted): 400 naming each file as a
 * field ({@code files[1]}), nothing stored. The portal shows the same messages next to its file input.
 */
public class AttachmentsRefusedException extends ErrorResponseException {

    private final List<Attachments.Refusal> refusals;

    AttachmentsRefusedException(List<Attachments.Refusal> refusals) {
        super(HttpStatus.BAD_REQUEST, problem(refusals), null);
        this.refusals = List.copyOf(refusals);
    }

    public List<Attachments.Refusal> refusals() {
        return refusals;
    }

    private static ProblemDetail problem(List<Attachments.Refusal> refusals) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some attached files cannot be accepted: "
                + String.join(", ", refusals.stream().map(Attachments.Refusal::field).distinct().toList()));
        body.setTitle("Invalid request");
        body.setProperty("errors", refusals.stream()
                .map(refusal -> Map.of("field", refusal.field(), "message", refusal.message())).toList());
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
