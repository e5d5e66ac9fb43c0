/**
 * Archive (归档): one sealed, immutable record per request with every record and the audit trail
 * as canonical JSON plus its SHA-256, readable and verifiable through the API.
 */
package com.maintflow.archive;
