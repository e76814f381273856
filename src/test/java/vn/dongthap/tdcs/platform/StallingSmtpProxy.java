package vn.dongthap.tdcs.platform;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of the test's SMTP server that holds, once, the closing "." of the mail that follows
 * {@code passMessages} mails on the same connection: the client has sent the whole mail and waits for the server's
 * acceptance, which never comes. A node killed then is killed at a known point: the mails before it on that
 * connection (the same batch) are accepted, the held one is not — the server drops it when the connection breaks.
 * Connections with fewer mails pass untouched. Commands and data pass line by line; a data line "." only ever ends
 * a mail (SMTP doubles a leading dot).
 */
final class StallingSmtpProxy implements AutoCloseable {

    private static final byte[] END_OF_DATA = {'.', '\r', '\n'};
    private static final byte[] DATA_COMMAND = {'D', 'A', 'T', 'A', '\r', '\n'};

    private final ServerSocket server;
    private final int upstreamPort;
    private final int passMessages;
    private final AtomicInteger endedMessages = new AtomicInteger();
    private final CountDownLatch stalled = new CountDownLatch(1);

    StallingSmtpProxy(int upstreamPort, int passMessages) {
        this.upstreamPort = upstreamPort;
        this.passMessages = passMessages;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "smtp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Mails whose closing "." reached the server, on every connection. */
    int passed() {
        return endedMessages.get();
    }

    /** Waits until a mail is held; true if one is. */
    boolean awaitStall(long seconds) throws InterruptedException {
        return stalled.await(seconds, TimeUnit.SECONDS);
    }

    boolean isStalled() {
        return stalled.getCount() == 0;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                daemon(() -> copy(upstream, client), "smtp-proxy-down");
                daemon(() -> commands(client, upstream), "smtp-proxy-up");
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Client to server, line by line, holding the end of mail number passMessages + 1 for good. */
    private void commands(Socket client, Socket upstream) {
        try (client; upstream) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = upstream.getOutputStream();
            boolean inData = false;
            boolean holding = false;
            int endedHere = 0;
            byte[] line;
            while ((line = readLine(in)) != null) {
                if (holding) {
                    continue;
                }
                if (!inData) {
                    inData = Arrays.equals(line, DATA_COMMAND);
                } else if (Arrays.equals(line, END_OF_DATA)) {
                    inData = false;
                    if (++endedHere > passMessages && stalled.getCount() > 0) {
                        holding = true;
                        stalled.countDown();
                        continue;
                    }
                    endedMessages.incrementAndGet();
                }
                out.write(line);
                out.flush();
            }
            // The client is gone (killed): closing the upstream connection mid-mail makes the server drop the mail.
        } catch (IOException gone) {
            // either side closed
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException gone) {
            // either side closed
        } finally {
            try {
                to.close();
                from.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
