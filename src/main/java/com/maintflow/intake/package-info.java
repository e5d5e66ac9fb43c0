/**
 * Intake (受理): the consultation/feedback register, ticket numbers, the intake API and the first
 * process steps that register and acknowledge a request.
 */
package com.maintflow.intake;
