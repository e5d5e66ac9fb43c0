/**
 * The customer's own answers (quote, plan, acceptance, opinion) arriving outside Tasklist, e.g. by a
 * signed e-mail link: each is stored and correlated to the message the process waits on, which closes
 * the staff "record customer's answer" task so nobody answers twice.
 */
package com.maintflow.answer;
