package com.maintflow.customer;

import com.maintflow.customer.CustomerViews.ContractView;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

/** {@code /api/contracts/{number}}: a contract's terms, amendments, history and the requests open under it. */
@RestController
@RequestMapping("/api/contracts/{number}")
class ContractApiController {

    private final ContractDesk contracts;
    private final ChangeHistory history;

    ContractApiController(ContractDesk contracts, ChangeHistory history) {
        this.contracts = contracts;
        this.history = history;
    }

    @GetMapping
    ContractView view(@PathVariable String number) {
        return contracts.view(number);
    }

    @PutMapping
    ContractView amend(@PathVariable String number, @Valid @RequestBody ContractInput input) {
        contracts.amend(number, input);
        return contracts.view(number);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<Void> delete(@PathVariable String number) {
        contracts.delete(number);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/history")
    List<ChangeHistory.Entry> history(@PathVariable String number) {
        return history.ofContract(number);
    }

    @GetMapping("/requests")
    List<RequestReferences.OpenRequest> openRequests(@PathVariable String number) {
        return contracts.openRequests(number);
    }
}
