package com.maintflow.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import com.maintflow.attachment.AttachmentSource;
import com.maintflow.attachment.Uploads;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

/** The intake API: customers and integrations open requests; staff read one with its tasks and timeline. */
@RestController
@RequestMapping(path = "/api/requests", produces = MediaType.APPLICATION_JSON_VALUE)
class IntakeController {

    static final String TICKET_PATTERN = "MR-\\d{4}-\\d{6}";

    private final IntakeService intake;
    private final RequestQuery query;

    IntakeController(IntakeService intake, RequestQuery query) {
        this.intake = intake;
        this.query = query;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<IntakeService.Submitted> submit(@Valid @RequestBody IntakeCommand command) {
        var submitted = intake.submit(command);
        return ResponseEntity.created(URI.create("/api/requests/" + submitted.ticket())).body(submitted);
    }

    /**
     * The same request as a multipart form, for integrations that attach files: the JSON body's fields as form fields
     * plus up to {@code maintflow.attachments.max-files} parts named {@code files}, checked by content.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IntakeService.Submitted> submitWithFiles(@Valid @ModelAttribute IntakeCommand command,
            @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        var submitted = intake.submit(command, AttachmentSource.API, Uploads.of(files));
        return ResponseEntity.created(URI.create("/api/requests/" + submitted.ticket())).body(submitted);
    }

    @GetMapping("/{ticket}")
    RequestView get(@PathVariable @Pattern(regexp = TICKET_PATTERN, message = "must look like MR-2026-000123")
                    String ticket) {
        return query.view(ticket);
    }
}
