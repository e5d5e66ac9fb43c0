/** Every record one request produced, gathered from the capabilities that own them (for archive and ticket page). */
package com.maintflow.records;
