package com.maintflow.archive;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The one head row (id 1, written by V30). */
interface ArchiveChainHeadRepository extends JpaRepository<ArchiveChainHead, Integer> {

    /** The head, locked until the sealing transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ArchiveChainHead h where h.id = 1")
    ArchiveChainHead lock();

    /** The head as committed, without a lock (verification). */
    @Query("select h from ArchiveChainHead h where h.id = 1")
    ArchiveChainHead current();
}
