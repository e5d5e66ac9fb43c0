package com.maintflow.attachment;

import java.util.Optional;

/**
 * What a file is, read from its first bytes rather than its name: the images, PDF and ZIP archives customers send
 * (by their magic numbers) and plain text such as logs (no NUL and no control characters other than tab, line breaks,
 * form feed and escape in the first 8 KB, which holds for UTF-8, GBK and ASCII logs). Anything else is refused,
 * so an executable renamed to {@code .log} does not get in. A dozen signatures do not need a detection library.
 */
final class ContentTypes {

    private static final int TEXT_SAMPLE = 8192;

    private ContentTypes() {
    }

    static Optional<String> of(byte[] content) {
        if (content.length == 0) {
            return Optional.empty();
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(content, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(content, 'R', 'I', 'F', 'F') && content.length >= 12 && content[8] == 'W' && content[9] == 'E'
                && content[10] == 'B' && content[11] == 'P') {
            return Optional.of("image/webp");
        }
        if (starts(content, 'B', 'M') && isBitmapHeader(content)) {
            return Optional.of("image/bmp");
        }
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(content, 'P', 'K', 0x03, 0x04) || starts(content, 'P', 'K', 0x05, 0x06)) {
            return Optional.of("application/zip");
        }
        return isText(content) ? Optional.of("text/plain") : Optional.empty();
    }

    private static boolean starts(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** "BM" then a DIB header whose size (offset 14, little-endian) is one Windows and OS/2 bitmaps use. */
    private static boolean isBitmapHeader(byte[] content) {
        if (content.length < 26 || content[15] != 0 || content[16] != 0 || content[17] != 0) {
            return false;
        }
        int size = content[14] & 0xFF;
        return size == 12 || size == 40 || size == 52 || size == 56 || size == 64 || size == 108 || size == 124;
    }

    private static boolean isText(byte[] content) {
        for (int i = 0; i < Math.min(content.length, TEXT_SAMPLE); i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
