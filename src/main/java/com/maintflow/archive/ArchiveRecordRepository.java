package com.maintflow.archive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Archive records by ticket (unique: a request is archived once) and in chain order. */
interface ArchiveRecordRepository extends JpaRepository<ArchiveRecord, Long> {

    Optional<ArchiveRecord> findByTicket(String ticket);

    /** The next page of the chain: up to 200 bundles after {@code position}, in chain order. */
    List<ArchiveRecord> findTop200ByChainPositionGreaterThanOrderByChainPositionAsc(long position);

    /** Bundles outside the chain: written around MaintFlow, since V31 chained every earlier one. */
    List<ArchiveRecord> findByChainPositionIsNull();
}
