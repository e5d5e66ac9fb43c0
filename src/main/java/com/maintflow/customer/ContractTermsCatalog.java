package com.maintflow.customer;

import java.util.Set;

/**
 * The service levels and calendars a contract may name. Implemented by the SLA capability, which owns
 * {@code sla-targets.dmn} and {@code config/calendars}; it reads customers itself, so this package names what it needs
 * here instead of depending back on it.
 */
public interface ContractTermsCatalog {

    /** The service levels the SLA targets table has rules for, e.g. STANDARD, PREMIUM. */
    Set<String> serviceLevels();

    /** The service calendars configured, e.g. 5x8, 7x24. */
    Set<String> calendars();
}
