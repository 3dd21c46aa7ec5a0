package org.perfgoals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app in a process of its own on a free port, as it runs in production: started from the test classpath
 * ({@code ClusterIT}'s nodes) or from the production jar (the load test), output to a log file, ready once
 * {@code /actuator/health/readiness} answers 200, stopped with SIGTERM (a graceful stop) or killed.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private AppProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** The JVM running the tests, with the given options: the start of a command. */
    public static List<String> java(String... options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        return command;
    }

    /** The app from the test classpath ({@code org.perfgoals.Application}). */
    public static List<String> fromClasspath(List<String> java) {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.perfgoals.Application"));
        return command;
    }

    /** The app from a built jar. */
    public static List<String> fromJar(List<String> java, Path jar) {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** Starts {@code command} with {@code --server.port} and the arguments; output appended to {@code log}. */
    public static AppProcess start(String name, List<String> command, List<String> arguments, Path log)
            throws IOException {
        int port = freePort();
        List<String> all = new ArrayList<>(command);
        all.add("--server.port=" + port);
        all.add("--vaadin.launch-browser=false");
        all.addAll(arguments);
        // Appended: a process started again on the same log (a crashed node restarted) keeps its earlier life's.
        Process process = new ProcessBuilder(all).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new AppProcess(name, port, log, process);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    /** Waits until readiness answers 200; fails at once if the process ended. */
    public void awaitReady(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " ended; see " + log);
            }
            if (status(url() + "/actuator/health/readiness") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + name + " not ready within " + limit + "; see " + log);
    }

    /** The status of a GET, -1 when nothing answers. */
    public static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Ends the process at once, as a crash would: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A graceful stop (SIGTERM), forced after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
