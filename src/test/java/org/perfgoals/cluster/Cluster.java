package org.perfgoals.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.AppProcess;

/**
 * Two app nodes in processes of their own on one PostgreSQL database, with HAProxy in front (cookie stickiness,
 * health checks on readiness), as README's deployment sketch has them. Logs and the HAProxy configuration are
 * written to {@code target/cluster}.
 */
final class Cluster implements AutoCloseable {

    static final Path DIR = Path.of("target", "cluster");

    record Node(String name, AppProcess app) {
        String url() {
            return app.url();
        }

        int port() {
            return app.port();
        }

        Process process() {
            return app.process();
        }
    }

    final String databaseUrl;
    final List<Node> nodes = new ArrayList<>();
    final int balancerPort;
    private Process haproxy;

    private Cluster(String databaseUrl, int balancerPort) {
        this.databaseUrl = databaseUrl;
        this.balancerPort = balancerPort;
    }

    /**
     * A fresh database on the server, two nodes started at the same moment (each with {@code arguments} besides
     * the database's), and the balancer.
     */
    static Cluster start(String serverUrl, List<String> arguments) throws Exception {
        Files.createDirectories(DIR);
        Cluster cluster = new Cluster(freshDatabase(serverUrl, "cluster_" + ProcessHandle.current().pid()),
                freePort());
        try {
            cluster.nodes.add(cluster.launch("a", arguments));
            cluster.nodes.add(cluster.launch("b", arguments));
            cluster.startBalancer();
            for (Node node : cluster.nodes) {
                cluster.awaitReady(node, Duration.ofMinutes(4));
            }
            cluster.awaitBalancer(Duration.ofSeconds(30));
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    Node node(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow();
    }

    String balancer() {
        return "http://127.0.0.1:" + balancerPort;
    }

    Connection database() throws Exception {
        return DriverManager.getConnection(databaseUrl, "perfgoals", "");
    }

    private Node launch(String name, List<String> arguments) throws IOException {
        Files.deleteIfExists(DIR.resolve("node-" + name + ".log"));
        return launch(name, databaseUrl, "perfgoals", "", arguments);
    }

    /** The node's log so far. */
    String log(Node node) throws IOException {
        return Files.readString(DIR.resolve("node-" + node.name() + ".log"), StandardCharsets.UTF_8);
    }

    /** An empty database {@code name} on the PostgreSQL server of {@code serverUrl} (dropped first); its URL. */
    static String freshDatabase(String serverUrl, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(serverUrl, "perfgoals", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    /**
     * A node of the demo profile in a process of its own on a free port, its output in {@code target/cluster/node-
     * <name>.log} (appended, so a node started again keeps the log of its earlier life).
     */
    static Node launch(String name, String databaseUrl, String user, String password) throws IOException {
        return launch(name, databaseUrl, user, password, List.of());
    }

    /** The same, with more arguments for the app. */
    static Node launch(String name, String databaseUrl, String user, String password, List<String> more)
            throws IOException {
        Files.createDirectories(DIR);
        List<String> command = AppProcess.fromClasspath(AppProcess.java("-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8"));
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=10"));
        arguments.addAll(more);
        return new Node(name, AppProcess.start(name, command, arguments, DIR.resolve("node-" + name + ".log")));
    }

    private void startBalancer() throws IOException {
        StringBuilder servers = new StringBuilder();
        for (Node node : nodes) {
            servers.append("    server ").append(node.name()).append(" 127.0.0.1:").append(node.port())
                    .append(" check cookie ").append(node.name()).append('\n');
        }
        String config = haproxyConfig(balancerPort, servers.toString());
        Path file = DIR.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(DIR.resolve("haproxy.log").toFile()).start();
    }

    /** The configuration README shows, with this run's ports. */
    static String haproxyConfig(int port, String servers) {
        return """
                global
                    maxconn 2000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout tunnel 1h
                    retries 2
                    option redispatch
                frontend perfgoals
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie SERVERID insert indirect nocache
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 500ms fall 2 rise 1
                %s""".formatted(port, servers);
    }

    static void awaitReady(Node node, Duration limit) throws Exception {
        node.app().awaitReady(limit);
    }

    private void awaitBalancer(Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        int upInARow = 0;
        while (System.nanoTime() < end && upInARow < 4) {
            upInARow = status(balancer() + "/actuator/health/readiness") == 200 ? upInARow + 1 : 0;
            Thread.sleep(250);
        }
        if (upInARow < 4) {
            throw new IllegalStateException("the balancer does not answer; see " + DIR + "/haproxy.log");
        }
    }

    private static int status(String url) {
        return AppProcess.status(url);
    }

    /** Ends the node at once, as a crash would: no shutdown hook, no graceful stop. */
    void kill(Node node) throws InterruptedException {
        killNode(node);
    }

    /** SIGKILL: the process ends at once, as in a crash or a power cut of its machine. */
    static void killNode(Node node) throws InterruptedException {
        node.app().kill();
    }

    static int freePort() throws IOException {
        return AppProcess.freePort();
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroyForcibly();
        }
        for (Node node : nodes) {
            node.app().process().destroy();
        }
        for (Node node : nodes) {
            node.app().close();
        }
    }
}
