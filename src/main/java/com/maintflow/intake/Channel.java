package com.maintflow.intake;

/** How a request reached the vendor. */
public enum Channel {
    WEB, PHONE, EMAIL, WRITTEN, INSPECTION
}
