/** Integration-test fixtures: the application over real HTTP, request bodies, form inputs and staff. */
package com.maintflow.support;
