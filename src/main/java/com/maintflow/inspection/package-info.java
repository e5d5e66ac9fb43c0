/**
 * Periodic inspection (定期巡检): a scheduler per contract ({@code inspection-schedule.bpmn}) opens one
 * {@code periodic-inspection.bpmn} instance per due period; the engineer's checklist and findings, the maintenance
 * requests raised from findings, the report mailed to the customer and the sealed archive record.
 */
package com.maintflow.inspection;
