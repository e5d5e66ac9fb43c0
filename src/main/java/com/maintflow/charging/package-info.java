/** Charging (有偿/无偿): the DMN decision's result recorded on the request. */
package com.maintflow.charging;
