package org.perfgoals.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Calls the REST API of the application a test started, as a demo user over HTTP Basic. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    /** A call without any credentials (no Authorization header at all, so no failed login is counted). */
    HttpResponse<String> anonymous(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON call with the demo password. */
    HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return send(method, path, user, "demo", "application/json", body);
    }

    /** A JSON call with the demo password, asking for messages in {@code language} (an Accept-Language value). */
    HttpResponse<String> call(String method, String path, String user, String body, String language)
            throws Exception {
        return send(method, path, user, "demo", "application/json", body, language);
    }

    HttpResponse<String> send(String method, String path, String user, String password, String contentType,
                              String body) throws Exception {
        return send(method, path, user, password, contentType, body, null);
    }

    /** A call with a binary body (a Word, Excel or PDF file), as the demo password. */
    HttpResponse<String> sendBytes(String method, String path, String user, String contentType, byte[] body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** One part of a multipart body: its name, the file name it carries (null: none) and its bytes. */
    record FilePart(String name, String fileName, byte[] content) {
    }

    /** A {@code multipart/form-data} POST of the parts, as the demo password. */
    HttpResponse<String> sendMultipart(String path, String user, List<FilePart> parts) throws Exception {
        String boundary = "----perfgoals-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (FilePart part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendBytes("POST", path, user, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A GET of a file (a workbook), as the demo password. */
    HttpResponse<byte[]> getBytes(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String contentType,
                                      String body, String language) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        HttpRequest request = builder
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
