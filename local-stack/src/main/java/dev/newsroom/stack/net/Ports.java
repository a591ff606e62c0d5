package dev.newsroom.stack.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free-port checks for servers that must bind a known port before they start. */
public final class Ports {

    private Ports() {
    }

    /** A port the OS reports free on {@code host} right now (it may be taken again before use). */
    public static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + host, e);
        }
    }

    /** Whether a server could bind {@code host:port} now. */
    public static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code port}, or a free port when it is 0. */
    public static int resolve(String host, int port) {
        return port == 0 ? freePort(host) : port;
    }
}
