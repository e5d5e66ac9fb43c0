package com.maintflow.links;

import org.springframework.data.jpa.repository.JpaRepository;

/** Used link token ids; {@code existsById} tells whether a token has already answered. */
interface UsedLinkTokenRepository extends JpaRepository<UsedLinkToken, String> {

    long countByTicket(String ticket);
}
