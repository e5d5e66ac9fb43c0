/** Quotes (报价) for paid maintenance and the customer's decision on them. */
package com.maintflow.quote;
