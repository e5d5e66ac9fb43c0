/**
 * Complaints (客户投诉处理机制): the complaint register with its numbers {@code CP-<year>-<6 digits>}, the complaint
 * API and the steps of {@code processes/complaint.bpmn} — acknowledge, investigate, corrective and preventive action,
 * reply with a satisfaction link, management review — on the shared SLA clock {@code COMPLAINT_REPLY}.
 */
package com.maintflow.complaint;
