package com.maintflow.sla;

import com.maintflow.system.Actors;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customer service and supervisors correct a request's classification (who may: SecurityConfig). */
@RestController
class ReclassificationController {

    private final Reclassifications reclassifications;
    private final Actors actors;

    ReclassificationController(Reclassifications reclassifications, Actors actors) {
        this.reclassifications = reclassifications;
        this.actors = actors;
    }

    @PutMapping("/api/requests/{ticket}/classification")
    @ResponseStatus(HttpStatus.NO_CONTENT) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<Void> reclassify(@PathVariable String ticket, @Valid @RequestBody ClassificationChange change) {
        reclassifications.reclassify(ticket, change, actors.current(), actors.now());
        return ResponseEntity.noContent().build();
    }
}
