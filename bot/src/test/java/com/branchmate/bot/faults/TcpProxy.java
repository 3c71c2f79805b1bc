package com.branchmate.bot.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a free loopback port in front of a server (the database), that a test turns into the faults a
 * network has: {@link #blackHole()} (connections are accepted and open ones stay open, but no byte moves either way,
 * like a crashed host or a partition; bytes held are delivered if it heals), {@link #refuse()} (the port refuses
 * connections and open ones are cut, like a database that is down) and {@link #heal()}.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode { FORWARD, BLACK_HOLE, REFUSE }

    private final InetSocketAddress target;
    private final int port;
    private final Object lock = new Object();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile Mode mode = Mode.FORWARD;
    private volatile ServerSocket server;
    private volatile boolean closed;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.server = listen(0);
        this.port = server.getLocalPort();
        startAccepting(server);
    }

    public int port() {
        return port;
    }

    /** Connections accepted so far (including ones then held in the black hole). */
    public int accepted() {
        return accepted.get();
    }

    /** Accepts and holds: nothing is forwarded in either direction until {@link #heal()}. */
    public void blackHole() {
        synchronized (lock) {
            mode = Mode.BLACK_HOLE;
        }
    }

    /** Connection refused on the port; open connections are reset. */
    public void refuse() throws IOException {
        synchronized (lock) {
            mode = Mode.REFUSE;
            server.close();
            for (Socket socket : sockets) {
                reset(socket);
            }
            sockets.clear();
        }
    }

    /** Forwards again: held bytes flow, and a refused port listens again (the same port). */
    public void heal() throws IOException {
        synchronized (lock) {
            if (mode == Mode.REFUSE) {
                server = listen(port);
                startAccepting(server);
            }
            mode = Mode.FORWARD;
            lock.notifyAll();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (lock) {
            mode = Mode.FORWARD;
            lock.notifyAll();
        }
        server.close();
        for (Socket socket : sockets) {
            reset(socket);
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void startAccepting(ServerSocket listening) {
        Thread acceptor = new Thread(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    accepted.incrementAndGet();
                    sockets.add(client);
                    Thread connection = new Thread(() -> connect(client), "tcp-proxy-connect");
                    connection.setDaemon(true);
                    connection.start();
                } catch (IOException e) {
                    return; // closed: refusing or shut down
                }
            }
        }, "tcp-proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Opens the way to the target once the proxy forwards (a connection made during a black hole waits). */
    private void connect(Socket client) {
        try {
            awaitForwarding();
            Socket upstream = new Socket();
            upstream.connect(target, 5_000);
            sockets.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        } catch (IOException | InterruptedException e) {
            reset(client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    // Bytes read during a black hole are held here, and reading stops, until it heals.
                    awaitForwarding();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed or was reset
            } finally {
                // A black hole swallows the close too: the other side must not learn of it until it heals.
                try {
                    awaitForwarding();
                } catch (IOException | InterruptedException e) {
                    // refusing or interrupted: close now
                }
                close(from);
                close(to);
            }
        }, "tcp-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void awaitForwarding() throws InterruptedException, SocketException {
        synchronized (lock) {
            while (mode == Mode.BLACK_HOLE && !closed) {
                lock.wait();
            }
            if (mode == Mode.REFUSE) {
                throw new SocketException("refusing");
            }
        }
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // already closed
        }
        close(socket);
    }
}
