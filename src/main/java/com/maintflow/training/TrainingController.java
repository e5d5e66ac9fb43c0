package com.maintflow.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

/**
 * The training API (customer service, trainers, admins: SecurityConfig): order a training, read plan, registrations,
 * sheets and evaluation averages, change the attendees before the start, print a session's sign-in sheet.
 */
@RestController
@RequestMapping(path = "/api/trainings", produces = MediaType.APPLICATION_JSON_VALUE)
class TrainingController {

    static final String NUMBER_PATTERN = "TR-\\d{4}-\\d{6}";
    private static final String NUMBER_MESSAGE = "must look like TR-2026-000123";

    private final TrainingService service;
    private final Trainings trainings;
    private final SignInSheetPdf pdf;

    TrainingController(TrainingService service, Trainings trainings, SignInSheetPdf pdf) {
        this.service = service;
        this.trainings = trainings;
        this.pdf = pdf;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<TrainingService.Ordered> order(@Valid @RequestBody TrainingCommand command) {
        var ordered = service.order(command);
        return ResponseEntity.created(URI.create("/api/trainings/" + ordered.trainingNumber())).body(ordered);
    }

    @GetMapping("/{number}")
    @Transactional(readOnly = true)
    public TrainingView get(@PathVariable @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE) String number) {
        return trainings.view(number);
    }

    /** New attendee lists (the other fields of the body must restate the training); re-notifies everyone. */
    @PutMapping(path = "/{number}/attendees", consumes = MediaType.APPLICATION_JSON_VALUE)
    TrainingView changeAttendees(@PathVariable @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE)
                                 String number, @Valid @RequestBody TrainingCommand command) {
        return service.changeAttendees(number, command);
    }

    @GetMapping(path = "/{number}/sessions/{session}/sign-in-sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> signInSheet(@PathVariable @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE)
                                              String number, @PathVariable int session) {
        var training = trainings.byNumber(number);
        var sheet = training.session(session)
                .orElseThrow(() -> new TrainingNotFoundException(number + " session " + session));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(number + "-session-" + session + ".pdf").build().toString())
                .body(pdf.render(training, sheet));
    }
}
