package com.maintflow.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The article's state does not allow the change (e.g. editing a merged article): 409 as problem+json. */
public class ArticleConflictException extends ErrorResponseException {

    ArticleConflictException(Long id, String what) {
        super(HttpStatus.CONFLICT, problem("Knowledge article " + id + " " + what), null);
    }

    private static ProblemDetail problem(String detail) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        body.setTitle("Conflict");
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
