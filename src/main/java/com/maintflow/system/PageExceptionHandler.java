package com.maintflow.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unexpected failures on the customer pages ({@code links}, {@code portal}) as a bilingual HTML page: ahead of
 * {@link ApiExceptionHandler}, which would answer a browser with problem JSON. Never shows the exception.
 */
@ControllerAdvice(basePackages = {"com.maintflow.links", "com.maintflow.portal"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex) {
        log.error("Unexpected failure on a customer page", ex);
        return new ModelAndView("page-error", HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
