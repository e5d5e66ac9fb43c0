/**
 * Training (培训) of a customer's administrators and operators under a contract: {@code processes/training.bpmn},
 * business key {@code TR-<yyyy>-<nnnnnn>}. Plan (instructors, logistics, sessions), materials ready three working
 * days before the start (reminder, then escalation), notice with a signed registration link per attendee, a sign-in
 * sheet per session confirmed by the instructor (immutable afterwards, printable as PDF), an evaluation by signed
 * link, and the sealed training record in the archive. See docs/training.md.
 */
package com.maintflow.training;
