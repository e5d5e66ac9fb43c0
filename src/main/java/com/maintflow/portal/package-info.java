/**
 * The customer web portal: a server-rendered intake form that opens a request through {@code intake.IntakeService}
 * with the API's validation, and a status page that shows a request only to whoever knows its contact e-mail.
 */
package com.maintflow.portal;
