package com.maintflow.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused article command as problem+json: no such article (404), or its state does not allow the change, such as
 * editing a merged article (409). An {@link ErrorResponseException}, so Spring renders it without a handler here.
 */
public class ArticleProblem extends ErrorResponseException {

    private ArticleProblem(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    static ArticleProblem notFound(long id) {
        return new ArticleProblem(HttpStatus.NOT_FOUND, "Not found", "No knowledge article " + id);
    }

    static ArticleProblem conflict(Long id, String what) {
        return new ArticleProblem(HttpStatus.CONFLICT, "Conflict", "Knowledge article " + id + " " + what);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
