package com.maintflow.archive;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Archive records by ticket (unique: a request is archived once). */
interface ArchiveRecordRepository extends JpaRepository<ArchiveRecord, Long> {

    Optional<ArchiveRecord> findByTicket(String ticket);
}
