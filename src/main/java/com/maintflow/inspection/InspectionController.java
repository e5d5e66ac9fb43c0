package com.maintflow.inspection;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read inspections: one by key, or a contract's, newest period first. Any staff group (HTTP Basic). */
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

    private final Inspections inspections;

    InspectionController(Inspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/{key}")
    InspectionView get(@PathVariable String key) {
        return inspections.view(key);
    }

    @GetMapping
    List<InspectionView> ofContract(@RequestParam("contract") String contractNumber) {
        return inspections.ofContract(contractNumber);
    }
}
