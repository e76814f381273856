package vn.dongthap.tdcs.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;

/**
 * Reads an administrator's YAML data file strictly: UTF-8 only, no unknown or repeated keys, one
 * YAML document. Every refusal names the file, the line and the entry in Vietnamese.
 */
public final class StrictYamlReader {

    // Duplicate detection matters here: YAML would otherwise keep the last of two "2026:" sections silently.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String DUPLICATE = "Duplicate field '";

    private StrictYamlReader() {
    }

    /** A file that cannot be read; the message is complete ("Tệp X, dòng N: ..."). */
    public static class DataFileException extends RuntimeException {
        public DataFileException(String message) {
            super(message);
        }
    }

    public static <T> T read(Resource resource, Class<T> type) {
        String name = describe(resource);
        String text = decodeUtf8(resource, name);
        if (text.isBlank()) {
            throw fail(name, "tệp rỗng.");
        }
        T file;
        try {
            file = YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw fail(name + describeLocation(e, text), describeProblem(e));
        }
        if (file == null) {
            throw fail(name, "tệp rỗng.");
        }
        return file;
    }

    public static String describe(Resource resource) {
        String filename = resource.getFilename();
        return filename != null ? filename : resource.getDescription();
    }

    private static DataFileException fail(String where, String what) {
        return new DataFileException("Tệp " + where + ": " + what);
    }

    private static String decodeUtf8(Resource resource, String name) {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw fail(name, "không đọc được tệp (" + resource.getDescription() + ").");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = strictDecoder().decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            throw fail(name, "không phải văn bản UTF-8 hợp lệ (byte thứ " + (offset + 1) + ", dòng "
                    + lineAt(bytes, offset) + "). Hãy lưu lại tệp với mã hóa UTF-8.");
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidOffset(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        strictDecoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String describeLocation(JsonProcessingException e, String text) {
        StringBuilder where = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            int line = location.getLineNr();
            if (e instanceof UnrecognizedPropertyException unknown) {
                line = lineOfKey(text, unknown.getPropertyName(), line);
            }
            where.append(", dòng ").append(line);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(", mục ").append(mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + (ref.getIndex() + 1) + "]")
                    .collect(Collectors.joining(".")).replace(".[", "["));
        }
        return where.toString();
    }

    /**
     * Jackson buffers a record's fields and reports an unknown one only at the end of the entry, so
     * its line points past the culprit; the key itself is the nearest line above that declares it.
     */
    private static int lineOfKey(String text, String key, int reportedLine) {
        String[] lines = text.split("\\R", -1);
        Pattern declaration = Pattern.compile("^\\s*(-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
        for (int i = Math.min(reportedLine, lines.length) - 1; i >= 0; i--) {
            if (declaration.matcher(lines[i]).matches()) {
                return i + 1;
            }
        }
        return reportedLine;
    }

    private static String describeProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "trường \"" + unknown.getPropertyName() + "\" không được hỗ trợ (viết sai tên trường?)."
                    + " Các trường hợp lệ: " + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".";
        }
        String message = e.getOriginalMessage();
        // A parser error met during binding arrives wrapped in a mapping exception; the message is the same.
        if (message != null && message.startsWith(DUPLICATE)) {
            int end = message.indexOf('\'', DUPLICATE.length());
            String key = message.substring(DUPLICATE.length(), end > 0 ? end : message.length());
            return "khóa \"" + key + "\" bị lặp lại; mỗi khóa chỉ được xuất hiện một lần trong cùng một nhóm.";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == java.time.LocalDate.class) {
            return "giá trị \"" + invalid.getValue() + "\" không đúng định dạng ngày (yyyy-MM-dd).";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (Collection.class.isAssignableFrom(target)) {
                return "cần một danh sách (mỗi phần tử một dòng bắt đầu bằng \"- \").";
            }
            if (Map.class.isAssignableFrom(target) || target.isRecord()) {
                return "cần một nhóm trường con, không phải một giá trị đơn.";
            }
            return "cần một giá trị văn bản.";
        }
        if (e instanceof JsonMappingException) {
            return "giá trị không đúng kiểu dữ liệu.";
        }
        return "lỗi cú pháp YAML (" + message + ").";
    }
}
