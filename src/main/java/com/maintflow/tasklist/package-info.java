/**
 * How tasks present themselves in Tasklist: names and descriptions that say which ticket a task is about.
 */
package com.maintflow.tasklist;
