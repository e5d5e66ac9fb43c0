package com.maintflow.attachment;

/** How a file reached MaintFlow. */
public enum AttachmentSource {
    PORTAL, API, EMAIL
}
