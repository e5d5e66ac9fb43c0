package com.maintflow.customer;

import com.maintflow.customer.CustomerViews.StaffView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** {@code /api/staff}: the service staff roster, readable by staff, kept by administrators. */
@RestController
@RequestMapping("/api/staff")
class StaffApiController {

    private final StaffRoster roster;
    private final ChangeHistory history;

    StaffApiController(StaffRoster roster, ChangeHistory history) {
        this.roster = roster;
        this.history = history;
    }

    @GetMapping("/{userId}/history")
    List<ChangeHistory.Entry> history(@PathVariable String userId) {
        return history.ofStaff(userId);
    }

    @GetMapping
    List<StaffView> all() {
        return roster.all();
    }

    @GetMapping("/{userId}")
    StaffView one(@PathVariable String userId) {
        return roster.view(userId);
    }

    /** Creates (201) or replaces (200) the roster entry of a Camunda user. */
    @PutMapping("/{userId}")
    ResponseEntity<StaffView> put(@PathVariable String userId, @Valid @RequestBody StaffInput input) {
        boolean created = roster.put(userId, input);
        var view = roster.view(userId);
        return created ? ResponseEntity.created(CustomerApiController.location("/api/staff/{id}", userId)).body(view)
                : ResponseEntity.ok(view);
    }
}
