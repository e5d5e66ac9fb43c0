/** Customer acceptance (维护验收): acceptance rounds and the customer's opinion and satisfaction. */
package com.maintflow.acceptance;
