package com.maintflow.attachment;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff download a ticket's file: over the API ({@code /api/requests/{ticket}/attachments/{id}}, HTTP Basic) and from
 * the ticket page ({@code /tickets/{ticket}/attachments/{id}}, also the Tasklist/Cockpit login). Always as a download
 * ({@code Content-Disposition: attachment}, with {@code nosniff} from Spring Security): a customer's file never
 * renders as a page of MaintFlow, whatever it contains.
 */
@RestController
class AttachmentDownloadController {

    private final Attachments attachments;

    AttachmentDownloadController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping({"/api/requests/{ticket}/attachments/{id}", "/tickets/{ticket}/attachments/{id}"})
    ResponseEntity<byte[]> download(@PathVariable String ticket, @PathVariable long id) {
        var file = attachments.download(ticket, id).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "No attachment " + id + " on " + ticket));
        return ResponseEntity.ok()
                .contentType(typeOf(file.type()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private static MediaType typeOf(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
