package com.maintflow.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No knowledge article has this id: 404 as problem+json. */
public class ArticleNotFoundException extends ErrorResponseException {

    ArticleNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, problem("No knowledge article " + id), null);
    }

    private static ProblemDetail problem(String detail) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        body.setTitle("Not found");
        return body;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
