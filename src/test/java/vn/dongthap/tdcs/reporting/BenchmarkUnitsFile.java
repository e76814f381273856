package vn.dongthap.tdcs.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For benchmarks only: a copy of the register's don-vi.yaml with generated communes added (kind xa, so the
 * plan's collective "UBND cấp xã" and every plan item it leads take them in), written under target/. Lets a
 * benchmark run a country-sized round through the production code without a real national units file.
 */
public final class BenchmarkUnitsFile {

    private static final String UNITS_FILE = "data/don-vi.yaml";
    private static final String COLLECTIVES = "\ncollectives:";

    private BenchmarkUnitsFile() {
    }

    /** @return the Spring resource location (file:...) of the units file with {@code extraCommunes} more communes */
    public static String write(int extraCommunes) {
        try (InputStream in = BenchmarkUnitsFile.class.getClassLoader().getResourceAsStream(UNITS_FILE)) {
            String register = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = register.indexOf(COLLECTIVES);
            if (at < 0) {
                throw new IllegalStateException(UNITS_FILE + " has no collectives section");
            }
            StringBuilder generated = new StringBuilder("\n  # --- Generated for benchmarks ---\n");
            for (int i = 1; i <= extraCommunes; i++) {
                String id = String.format("xa-do-hieu-nang-%05d", i);
                generated.append("  - id: ").append(id).append('\n')
                        .append("    name: Ủy ban nhân dân xã Đo hiệu năng ").append(i).append('\n')
                        .append("    shortName: UBND xã Đo hiệu năng ").append(i).append('\n')
                        .append("    kind: xa\n")
                        .append("    email: ").append(id).append("@dongthap.example\n")
                        .append("    verified: false\n");
            }
            Path file = Path.of("target", "benchmark", "don-vi-" + extraCommunes + "-xa-them.yaml").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, register.substring(0, at) + generated + register.substring(at), StandardCharsets.UTF_8);
            return "file:" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
