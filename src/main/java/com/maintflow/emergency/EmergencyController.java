package com.maintflow.emergency;

import com.maintflow.intake.RequestNotFoundException;
import com.maintflow.system.Actors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff declare an emergency on a request ({@code POST}, customer service, supervisors, administrators: see
 * SecurityConfig) and read its emergencies ({@code GET}, staff).
 */
@RestController
class EmergencyController {

    /** The body of {@code POST /api/requests/{ticket}/emergency}. */
    record Declaration(@NotBlank(message = "必填 / is required")
                       @Size(max = 1000, message = "最多 1000 个字符 / at most 1000 characters") String reason) {
    }

    private final EmergencyResponses emergencies;
    private final Actors actors;

    EmergencyController(EmergencyResponses emergencies, Actors actors) {
        this.emergencies = emergencies;
        this.actors = actors;
    }

    @PostMapping("/api/requests/{ticket}/emergency")
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<EmergencyResponses.Declared> declare(@PathVariable String ticket,
                                                        @Valid @RequestBody Declaration declaration) {
        var declared = emergencies.declare(ticket, declaration.reason(), actors.current(), actors.now());
        return ResponseEntity.created(URI.create("/api/requests/" + ticket + "/emergencies")).body(declared);
    }

    @GetMapping("/api/requests/{ticket}/emergencies")
    List<EmergencyView> of(@PathVariable String ticket) {
        var found = emergencies.of(ticket);
        if (found.isEmpty() && !emergencies.requestExists(ticket)) {
            throw new RequestNotFoundException(ticket);
        }
        return found;
    }
}
