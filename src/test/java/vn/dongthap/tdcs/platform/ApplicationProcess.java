package vn.dongthap.tdcs.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real application (main class {@code vn.dongthap.tdcs.Application}) in a JVM of its own, started the
 * way an operator starts it, so that a test can kill it with SIGKILL. Its output goes to a log file under
 * {@code target/}. The child gets the test JVM's classpath without the test classes: component scanning
 * would otherwise pick up test-only beans.
 */
final class ApplicationProcess implements AutoCloseable {

    /** Flags that shorten a test start; a benchmark leaves the JIT alone. */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final String MAIN_CLASS = "vn.dongthap.tdcs.Application";

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ApplicationProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param name        names the log file, e.g. "h2-run1"
     * @param jvmOptions  e.g. {@link #FAST_START}
     * @param arguments   Spring Boot arguments, e.g. "--spring.profiles.active=demo"
     * @param environment extra environment variables (secrets stay off the command line)
     */
    static ApplicationProcess start(String name, List<String> jvmOptions, List<String> arguments,
                                    java.util.Map<String, String> environment) {
        int port = freePort();
        Path dir = logDirectory();
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Duser.timezone=Asia/Ho_Chi_Minh");
        command.add("-cp");
        command.add(applicationClasspath());
        command.add(MAIN_CLASS);
        command.add("--server.port=" + port);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return new ApplicationProcess(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the application JVM " + name, e);
        }
    }

    static Path logDirectory() {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "crash-durability");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty directory under the log directory, e.g. for an embedded database's files. */
    static Path emptyDirectory(String name) {
        Path dir = logDirectory().resolve(name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** Waits for the readiness probe: it turns UP after the startup runners (plan register, demo users). */
    ApplicationProcess awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with code " + process.exitValue() + " before it was ready; log "
                        + log + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(250);
        }
        throw new AssertionError(name + " was not ready within " + READY_TIMEOUT.toSeconds() + " s; log " + log + ":\n"
                + logTail());
    }

    /** CPU time the JVM has used so far (user and system), to tell a slow machine from a slow start; NaN if unknown. */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** Resident memory of the JVM (VmRSS from /proc), in MB; -1 where /proc is not there. */
    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    /** SIGKILL (Process.destroyForcibly on Linux): no shutdown hook, no pool close, no database close. */
    int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** SIGTERM: Spring closes the engine and the database as on an ordinary shutdown. */
    int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                return kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " did not exit within 60 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    /** Surefire puts the classpath in a manifest-only jar; it names the real one in surefire.test.class.path. */
    private static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
