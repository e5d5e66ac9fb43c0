/** Closure: the maintenance summary (维护总结), the final confirmation and the closing notice. */
package com.maintflow.closure;
