/**
 * Emergency response (应急响应, issue 14): {@code emergency-response.bpmn} next to a maintenance request (business
 * key = its ticket), started when the request is reviewed as CRITICAL or declared by staff; on-call and management
 * alert, dispatch with ETA, arrival confirmed by the engineer or the customer's signed link, ONSITE and RESTORE
 * clocks on the shared escalation model, a senior engineer when not restored in time, the backup/restore checklist
 * and the post-incident review, sealed with the request's archive.
 */
package com.maintflow.emergency;
