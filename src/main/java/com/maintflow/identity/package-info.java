/**
 * Staff groups, their Camunda authorizations, the demo users of the dev profile, and HTTP Basic
 * login for MaintFlow's own API against Camunda's identity service.
 */
package com.maintflow.identity;
