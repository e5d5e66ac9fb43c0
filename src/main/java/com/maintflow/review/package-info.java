/** Review (审核): classifying a request and the feedback-and-resolution sheet it produces. */
package com.maintflow.review;
