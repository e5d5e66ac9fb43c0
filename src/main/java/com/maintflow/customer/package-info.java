/** Customers, their contacts and their service contracts (warranty, free period, calendar, penalties). */
package com.maintflow.customer;
