/** Implementation (维护实施): the engineer's maintenance record per round of work. */
package com.maintflow.implementation;
