/**
 * How tasks present themselves in Tasklist: names, descriptions, list columns and a form summary that say which
 * ticket a task is about and what the request is.
 */
package com.maintflow.tasklist;
