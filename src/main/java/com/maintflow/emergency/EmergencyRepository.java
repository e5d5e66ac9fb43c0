package com.maintflow.emergency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmergencyRepository extends JpaRepository<Emergency, Long> {

    List<Emergency> findByTicketOrderByIdAsc(String ticket);

    Optional<Emergency> findByProcessInstanceId(String processInstanceId);
}
