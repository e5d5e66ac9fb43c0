package com.maintflow.archive;

import java.util.List;

/**
 * Records of a request that a capability outside the request's own stages keeps (an emergency's checklist and
 * post-incident review): implement it and the request's sealed archive bundle carries them under {@link #section()}.
 * Lets this module seal them without depending on their capability.
 */
public interface ArchivedRecords {

    /** The bundle's key for these records, e.g. {@code emergencies}. */
    String section();

    /** How the document manager's checklist names these records, Chinese and English. */
    default String label() {
        return section();
    }

    /** The ticket's records, oldest first; a ticket without any gets no section. */
    List<?> of(String ticket);
}
