package org.perfgoals.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A mail server that answers slowly, as a real one across a network does: each connection waits {@code delay}
 * before it is passed on to the test's GreenMail server. With it a node's mail batch lasts longer than the sender
 * job's interval, so the other node's sender runs while the first is still sending: only the sender's lock and its
 * claim of each row then keep a mail from going out twice.
 */
final class SlowSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Duration delay;

    SlowSmtp(int target, Duration delay) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.delay = delay;
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket smtp = new Socket(InetAddress.getLoopbackAddress(), target)) {
            Thread.sleep(delay);
            Thread back = Thread.ofVirtual().start(() -> pipe(smtp, client));
            pipe(client, smtp);
            back.join();
        } catch (IOException | InterruptedException ended) {
            // the connection is over
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException ended) {
            // one side closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
