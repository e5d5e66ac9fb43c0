package com.maintflow.customer;

import com.maintflow.customer.CustomerViews.ContractView;
import com.maintflow.customer.CustomerViews.CustomerSummary;
import com.maintflow.customer.CustomerViews.CustomerView;
import com.maintflow.customer.CustomerViews.PageView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/customers}: customer service registers customers, their contacts and contracts; staff read them. Who
 * may do what is set in {@code system/SecurityConfig}.
 */
@RestController
@RequestMapping("/api/customers")
class CustomerApiController {

    private final CustomerDesk customers;
    private final ContractDesk contracts;
    private final ChangeHistory history;
    private final CustomerImport csvImport;

    CustomerApiController(CustomerDesk customers, ContractDesk contracts, ChangeHistory history,
                          CustomerImport csvImport) {
        this.customers = customers;
        this.contracts = contracts;
        this.history = history;
        this.csvImport = csvImport;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerInput input) {
        var customer = customers.create(input);
        return ResponseEntity.created(location("/api/customers/{code}", customer.getCode()))
                .body(customers.view(customer.getCode()));
    }

    @GetMapping
    PageView<CustomerSummary> search(@RequestParam(required = false) String q,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        return customers.search(q, page, size);
    }

    @GetMapping("/{code}")
    CustomerView view(@PathVariable String code) {
        return customers.view(code);
    }

    @PutMapping("/{code}")
    CustomerView update(@PathVariable String code, @Valid @RequestBody CustomerInput input) {
        customers.update(code, input);
        return customers.view(code);
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<Void> delete(@PathVariable String code) {
        customers.delete(code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/history")
    List<ChangeHistory.Entry> history(@PathVariable String code) {
        return history.ofCustomer(code);
    }

    @PostMapping("/{code}/contracts")
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<ContractView> addContract(@PathVariable String code, @Valid @RequestBody ContractInput input) {
        var contract = contracts.add(code, input);
        return ResponseEntity.created(location("/api/contracts/{number}", contract.getContractNumber()))
                .body(contracts.view(contract.getContractNumber()));
    }

    /** Bulk onboarding: a CSV file, one row per contact (see docs/customers.md); all rows or none. */
    @PostMapping(path = "/import", consumes = {"text/csv", "application/csv"})
    @ResponseStatus(HttpStatus.CREATED) // the API description's status; the ResponseEntity sets the same
    ResponseEntity<CustomerImport.Imported> importCsv(@RequestBody byte[] body) {
        return ResponseEntity.status(201).body(csvImport.importCsv(body));
    }

    static URI location(String template, String value) {
        return UriComponentsBuilder.fromPath(template).buildAndExpand(value).encode().toUri();
    }
}
