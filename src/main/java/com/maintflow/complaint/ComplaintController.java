package com.maintflow.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/**
 * The complaint API: anyone files a complaint without an account (rate-limited like intake); staff read one with
 * its findings, actions, tasks, SLA clock and timeline (who may: SecurityConfig).
 */
@RestController
@RequestMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintController {

    static final String NUMBER_PATTERN = "CP-\\d{4}-\\d{6}";

    private final ComplaintService service;
    private final ComplaintQuery query;

    ComplaintController(ComplaintService service, ComplaintQuery query) {
        this.service = service;
        this.query = query;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<ComplaintService.Filed> file(@Valid @RequestBody ComplaintCommand command) {
        var filed = service.file(command);
        return ResponseEntity.created(URI.create("/api/complaints/" + filed.complaintNumber())).body(filed);
    }

    @GetMapping("/{number}")
    ComplaintView get(@PathVariable @Pattern(regexp = NUMBER_PATTERN, message = "must look like CP-2026-000123")
                      String number) {
        return query.view(number);
    }
}
