package com.maintflow.returnvisit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read a contract's return visits, planned and made, latest first. Any staff group (HTTP Basic). */
@RestController
@RequestMapping("/api/return-visits")
class ReturnVisitController {

    private final ReturnVisits visits;

    ReturnVisitController(ReturnVisits visits) {
        this.visits = visits;
    }

    @GetMapping
    List<ReturnVisitView> ofContract(@RequestParam("contract") String contractNumber) {
        return visits.ofContract(contractNumber);
    }
}
