package com.maintflow.inspection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Inspections by business key; a contract's newest period first. */
interface InspectionRepository extends JpaRepository<Inspection, String> {

    List<Inspection> findByContractNumberOrderByPeriodStartDesc(String contractNumber);
}
