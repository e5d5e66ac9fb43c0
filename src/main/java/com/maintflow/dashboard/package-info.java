/**
 * The supervisors' and management's dashboard ({@code /dashboard}): requests whose SLA clock is about to warn or breach,
 * open work by status, group and age, compliance, breaches and penalties, and satisfaction over the last months.
 */
package com.maintflow.dashboard;
