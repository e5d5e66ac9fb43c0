/**
 * Signed customer action links: minting single-use HMAC tokens for a ticket's pending question, and the
 * login-free pages that turn a click into the customer's answer through {@code answer.CustomerAnswers}.
 */
package com.maintflow.links;
