package com.ringbook.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network path to the test server that can be cut the way a pulled cable or a dead Wi-Fi cuts it: after
 * {@link #cut()} nothing more gets through in either direction, yet no connection is closed, so neither end is
 * told anything — each has to notice the silence on its own.
 */
final class CuttableLink implements AutoCloseable {
    private final ServerSocket listening;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    CuttableLink(int targetPort) {
        this.targetPort = targetPort;
        try {
            listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept, "link-accept");
    }

    /** A JDBC URL for {@code database} that goes through this link. */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + listening.getLocalPort() + "/" + database;
    }

    void cut() {
        cut = true;
    }

    /** The network is back: bytes get through again (on connections that are still open, and on new ones). */
    void heal() {
        cut = false;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                daemon(() -> pump(client, server), "link-up");
                daemon(() -> pump(server, client), "link-down");
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies bytes one way until the link is cut; from then on they are swallowed, as a dead network would. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!cut) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side closed: this direction is done
        }
    }

    @Override
    public void close() {
        try {
            listening.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
