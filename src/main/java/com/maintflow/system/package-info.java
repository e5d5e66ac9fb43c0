/** Shared wiring: security, error responses, the engine's clock and the acting user. */
package com.maintflow.system;
