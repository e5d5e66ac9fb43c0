/**
 * Satisfaction surveys after closure (满意度调查): the {@code satisfaction-survey} process started when a request is
 * archived, its survey record and signed link answer, the low-score follow-up, and the supervisors' survey report.
 */
package com.maintflow.survey;
