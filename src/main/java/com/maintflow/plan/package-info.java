/** Maintenance plans (维护方案) for deep maintenance, agreed with the customer before work starts. */
package com.maintflow.plan;
