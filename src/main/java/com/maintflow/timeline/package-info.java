/** The ticket's timeline: what happened to a request, when and by whom, in the order it happened. */
package com.maintflow.timeline;
