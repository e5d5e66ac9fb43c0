package com.maintflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses {@code /api} bodies over the limit with 413 problem+json before anything reads them: a declared
 * Content-Length is checked up front, a chunked body is cut off by a counting stream as soon as it passes the
 * limit. The largest valid intake (20,000-character description, UTF-8) is far below it. Intake with attached files
 * (multipart {@code POST /api/requests}) has its own limit, {@code maintflow.api.max-upload-size}.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ObjectMapper objectMapper;

    RequestBodyLimitFilter(long maxBytes, long maxUploadBytes, ObjectMapper objectMapper) {
        this.maxBytes = maxBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = limitFor(request);
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        // A chunked body has no length to check: the bounded stream fails the read, ApiExceptionHandler answers 413.
        chain.doFilter(new BoundedRequest(request, maxBytes), response);
    }

    /** Intake with files (a multipart POST to /api/requests) may carry the attachments; every other body is small. */
    private long limitFor(HttpServletRequest request) {
        boolean upload = "POST".equals(request.getMethod()) && "/api/requests".equals(request.getRequestURI())
                && request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        return upload ? maxUploadBytes : maxBytes;
    }

    private void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes");
        body.setTitle("Request body too large");
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        // The unread body is not worth draining: tell the client this connection ends here.
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), body);
    }

    /** Thrown by the bounded stream once a body without a Content-Length passes the limit. */
    static class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super("Request body is larger than " + maxBytes + " bytes");
        }
    }

    /** A request whose input stream fails once more than {@code maxBytes} have been read. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private BoundedInputStream stream;

        BoundedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    /** Counts what is read and stops at the limit. */
    private static final class BoundedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        BoundedInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
