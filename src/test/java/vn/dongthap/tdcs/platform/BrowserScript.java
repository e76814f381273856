package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one of src/test/browser/*.mjs with Node.js (playwright-core from node_modules, Debian's Chromium) and keeps
 * its numbered screenshots under target/screenshots/. The browser tests fail, never skip, on a machine without
 * these tools: CI installs them.
 */
public final class BrowserScript {

    private static final Logger log = LoggerFactory.getLogger(BrowserScript.class);
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path PLAYWRIGHT = Path.of("node_modules/playwright-core/package.json");

    private final Path root = Path.of(System.getProperty("user.dir"));
    private final Path script;
    private final String screenshotPrefix;

    public BrowserScript(String script, String screenshotPrefix) {
        this.script = Path.of("src/test/browser", script);
        this.screenshotPrefix = screenshotPrefix;
    }

    public Path screenshotDir() {
        return root.resolve("target/screenshots");
    }

    public void assertToolsInstalled() {
        assertThat(root.resolve(script)).as("browser script").isRegularFile();
        assertThat(root.resolve(PLAYWRIGHT)).as("playwright-core in node_modules (run npm ci)").isRegularFile();
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium)").isExecutable();
    }

    /** Runs the script with the environment given; fails with its output when it fails or runs too long. */
    public String run(Map<String, String> environment, long timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", script.toString()).directory(root.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Node.js is needed for the browser tests (apt-get install nodejs)", e);
        }
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> copyOutput(process, output), "browser-script-output");
        reader.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        if (!finished) {
            fail("The browser script did not finish within %d s:%n%s", timeoutSeconds, output);
        }
        if (process.exitValue() != 0) {
            fail("The browser script failed (exit code %d); screenshots in %s:%n%s", process.exitValue(),
                    screenshotDir(), output);
        }
        return output.toString();
    }

    public void deleteScreenshots() throws IOException {
        for (String name : screenshots()) {
            Files.delete(screenshotDir().resolve(name));
        }
    }

    /** This script's screenshots, by name, in order; each checked to be a PNG. */
    public List<String> screenshots() throws IOException {
        Path dir = screenshotDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(screenshotPrefix) && name.endsWith(".png")).sorted().toList();
            for (String name : names) {
                byte[] png = Files.readAllBytes(dir.resolve(name));
                assertThat(Arrays.copyOf(png, 8)).as("%s is a PNG", name)
                        .containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            }
            return names;
        }
    }

    private static void copyOutput(Process process, StringBuffer output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.info("{}", line);
                output.append(line).append(System.lineSeparator());
            }
        } catch (IOException e) {
            output.append("(output not readable: ").append(e.getMessage()).append(')');
        }
    }
}
