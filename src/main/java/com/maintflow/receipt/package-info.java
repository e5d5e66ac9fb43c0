/** Customer receipts (客户回执) for requests that end without maintenance work. */
package com.maintflow.receipt;
