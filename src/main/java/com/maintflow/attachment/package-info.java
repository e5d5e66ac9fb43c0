/**
 * Files customers send with a request or complaint — through the portal, the intake API or e-mail: checked by
 * content, stored with the ticket, listed for staff and downloadable by them.
 */
package com.maintflow.attachment;
