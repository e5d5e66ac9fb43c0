/** The staff ticket page: one request with every record, its timeline, SLA state and archive status. */
package com.maintflow.ticket;
