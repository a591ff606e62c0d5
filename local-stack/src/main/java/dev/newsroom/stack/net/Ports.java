package dev.newsroom.stack.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Free-port checks for servers that must know their port before they start. */
public final class Ports {

    private Ports() {
    }

    /**
     * {@code count} distinct ports the OS reports free on {@code host} right now, none of them in
     * {@code taken}. They are held open together while being picked, so they differ from each other; once
     * returned they may be taken by someone else before use.
     */
    public static List<Integer> freePorts(String host, int count, Collection<Integer> taken) {
        List<ServerSocket> held = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            while (ports.size() < count) {
                ServerSocket socket = new ServerSocket();
                held.add(socket);
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
                if (!taken.contains(socket.getLocalPort())) {
                    ports.add(socket.getLocalPort());
                }
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on " + host, e);
        } finally {
            held.forEach(Ports::closeQuietly);
        }
    }

    /** One port free on {@code host} right now and not in {@code taken}. */
    public static int freePort(String host, Collection<Integer> taken) {
        return freePorts(host, 1, taken).get(0);
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

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing was listening on it
        }
    }
}
