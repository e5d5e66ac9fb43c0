package com.maintflow.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByTicket(String ticket);

    List<Survey> findByInvitedAtGreaterThanEqualAndInvitedAtLessThanOrderByInvitedAt(Instant from, Instant to);

    List<Survey> findByContractNumberAndInvitedAtGreaterThanEqualAndInvitedAtLessThanOrderByInvitedAt(
            String contractNumber, Instant from, Instant to);
}
