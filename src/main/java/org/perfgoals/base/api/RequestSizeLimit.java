package org.perfgoals.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over the configured size with 413 before anything reads them: by Content-Length at once, and a
 * chunked body (no length) by reading at most the limit into memory first. Runs before security, so an anonymous
 * caller cannot make the server hold megabytes either. Multipart bodies without a length are left to the servlet
 * container's multipart limit (their parts are read by the container, not through this filter).
 */
class RequestSizeLimit extends OncePerRequestFilter {

    static final String IMPORTS = "/api/v1/imports";

    private final ApiProperties properties;
    private final Problems problems;

    RequestSizeLimit(ApiProperties properties, Problems problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(request);
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, limit);
            return;
        }
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (chunked && !isMultipart(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limit(HttpServletRequest request) {
        if (!importing(request)) {
            return properties.maxBodyBytes().toBytes();
        }
        return (isMultipart(request) || isZip(request) ? properties.maxImportBatchBytes()
                : properties.maxImportBytes()).toBytes();
    }

    private static boolean isZip(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return type.startsWith("application/zip") || type.startsWith("application/x-zip-compressed");
    }

    private static boolean importing(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + IMPORTS).equals(request.getRequestURI());
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        // The rest of the body is not read: the connection is not reused.
        response.setHeader("Connection", "close");
        // An import is a file and is told in megabytes, as the import view tells it; other bodies in bytes.
        BodyTooLargeException large = importing(request) && limit % (1024 * 1024) == 0
                ? BodyTooLargeException.file(limit) : new BodyTooLargeException(limit);
        problems.write(request, response, problems.tooLarge(large, problems.locale(request)));
    }

    /** The request with its body already read (at most the limit), served again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
