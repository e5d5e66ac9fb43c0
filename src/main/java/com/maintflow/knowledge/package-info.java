/**
 * Knowledge base (知识库): solved faults published as articles when their request is archived, kept by staff (edit,
 * merge, unpublish, with history), searched in Chinese through Hibernate Search and suggested where work happens.
 */
package com.maintflow.knowledge;
