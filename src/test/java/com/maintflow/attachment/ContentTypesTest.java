package com.maintflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** File types are read from the bytes, whatever the name says. */
class ContentTypesTest {

    @Test
    void imagesPdfAndZipAreKnownByTheirMagicNumbers() {
        assertThat(ContentTypes.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0))).hasValue("image/png");
        assertThat(ContentTypes.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).hasValue("image/jpeg");
        assertThat(ContentTypes.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).hasValue("image/gif");
        assertThat(ContentTypes.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).hasValue("image/webp");
        assertThat(ContentTypes.of("%PDF-1.7\n%\u00e2".getBytes(StandardCharsets.ISO_8859_1))).hasValue("application/pdf");
        assertThat(ContentTypes.of(bytes('P', 'K', 3, 4, 20, 0, 0, 0))).hasValue("application/zip");
    }

    @Test
    void logsInUtf8AndGbkAreText() {
        String log = "2026-12-07 10:00:01 ERROR 登录失败\r\n\tat com.example.Login(Login.java:42)\n";

        assertThat(ContentTypes.of(log.getBytes(StandardCharsets.UTF_8))).hasValue("text/plain");
        assertThat(ContentTypes.of(log.getBytes(Charset.forName("GBK")))).hasValue("text/plain");
    }

    @Test
    void executablesAndOtherBinariesAreRefusedWhateverTheirName() {
        assertThat(ContentTypes.of(bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0))).isEmpty();
        assertThat(ContentTypes.of(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0))).isEmpty();
        assertThat(ContentTypes.of(new byte[0])).isEmpty();
    }

    @Test
    void namesLoseTheirPathAndControlCharactersAndKeepTheirExtension() {
        assertThat(Attachments.cleanName("C:\\fakepath\\错误日志.txt")).isEqualTo("错误日志.txt");
        assertThat(Attachments.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachments.cleanName("a\u0000b\r\n.log")).isEqualTo("ab.log");
        assertThat(Attachments.cleanName("  ")).isEqualTo("attachment");
        assertThat(Attachments.cleanName("x".repeat(300) + ".log")).hasSize(255).endsWith(".log");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
