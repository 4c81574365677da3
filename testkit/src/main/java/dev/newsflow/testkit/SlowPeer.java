package dev.newsflow.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A hostile or unlucky HTTP client on a raw loopback socket: it sends part of a request and then
 * nothing, or trickles it a byte at a time, the way a slowloris attacker or a stuck client does.
 * The test then asks whether the server cut it off ({@link #awaitClosedByServer}). Raw sockets,
 * because an HTTP client library always finishes what it starts.
 */
public final class SlowPeer implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private Thread trickler;

    private SlowPeer(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
    }

    /** Connects to {@code port} on 127.0.0.1. */
    public static SlowPeer connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        return new SlowPeer(socket);
    }

    /** Sends {@code text} (ISO-8859-1, as HTTP heads are) at once, and then nothing unless told. */
    public SlowPeer send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return this;
    }

    /**
     * Sends {@code text} one byte every {@code interval}, on a thread of its own, until all is sent or
     * the server closes the connection.
     */
    public SlowPeer trickle(String text, Duration interval) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        trickler = new Thread(() -> {
            try {
                for (byte b : bytes) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(interval.toMillis());
                }
            } catch (IOException | InterruptedException stopped) {
                // The server closed the connection, or the test is over: either way the trickle ends.
            }
        }, "slow-peer-trickle");
        trickler.setDaemon(true);
        trickler.start();
        return this;
    }

    /**
     * Reads until the server closes the connection, for at most {@code within}; what the server sent
     * before closing it (empty when it just closed).
     *
     * @throws AssertionError when the connection is still open after {@code within}
     */
    public String awaitClosedByServer(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
            int read;
            try {
                read = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server still held the connection open after " + within.toSeconds()
                        + " s; it had sent: " + received.toString(StandardCharsets.ISO_8859_1), e);
            } catch (SocketException reset) {
                // A reset closes the connection as surely as a FIN.
                return received.toString(StandardCharsets.ISO_8859_1);
            }
            if (read < 0) {
                return received.toString(StandardCharsets.ISO_8859_1);
            }
            received.write(buffer, 0, read);
        }
    }

    @Override
    public void close() throws IOException {
        if (trickler != null) {
            trickler.interrupt();
        }
        socket.close();
    }
}
