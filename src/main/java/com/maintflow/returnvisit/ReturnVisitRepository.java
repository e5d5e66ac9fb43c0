package com.maintflow.returnvisit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnVisitRepository extends JpaRepository<ReturnVisit, Long> {

    Optional<ReturnVisit> findByVisitKey(String visitKey);

    List<ReturnVisit> findByContractNumberOrderByDueOn(String contractNumber);
}
