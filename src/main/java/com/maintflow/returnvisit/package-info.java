/**
 * Phone return visits during a contract's maintenance period (定期电话回访): the {@code return-visit} process, one
 * instance per due visit planned from the contract's {@code returnVisitCycle}, its call record, and the maintenance
 * requests raised from issues the customer mentions.
 */
package com.maintflow.returnvisit;
