package vn.dongthap.tdcs.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;

/** Reads a YAML data file strictly: UTF-8 only, no unknown fields, errors in Vietnamese with file and line. */
final class DataFileReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private DataFileReader() {
    }

    static <T> T read(Resource resource, Class<T> type) {
        String name = describe(resource);
        String text = decodeUtf8(resource, name);
        if (text.isBlank()) {
            throw new PlanDataException(List.of("Tệp " + name + ": tệp rỗng."));
        }
        try {
            T value = YAML.readValue(text, type);
            if (value == null) {
                throw new PlanDataException(List.of("Tệp " + name + ": tệp rỗng."));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new PlanDataException(List.of("Tệp " + name + describeLocation(e) + ": " + describeProblem(e)));
        }
    }

    static String describe(Resource resource) {
        String filename = resource.getFilename();
        return filename != null ? filename : resource.getDescription();
    }

    private static String decodeUtf8(Resource resource, String name) {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new PlanDataException(List.of("Tệp " + name + ": không đọc được tệp (" + resource.getDescription() + ")."));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int offset = firstInvalidOffset(bytes);
            return failEncoding(name, "byte thứ " + (offset + 1) + ", dòng " + lineAt(bytes, offset));
        } catch (CharacterCodingException e) {
            return failEncoding(name, e.getMessage());
        }
    }

    private static String failEncoding(String name, String where) {
        throw new PlanDataException(List.of("Tệp " + name + ": không phải văn bản UTF-8 hợp lệ (" + where
                + "). Hãy lưu lại tệp với mã hóa UTF-8."));
    }

    private static int firstInvalidOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
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

    private static String describeLocation(JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            where.append(", dòng ").append(location.getLineNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            where.append(", mục ").append(mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + (ref.getIndex() + 1) + "]")
                    .collect(Collectors.joining(".")).replace(".[", "["));
        }
        return where.toString();
    }

    private static String describeProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "trường \"" + unknown.getPropertyName() + "\" không được hỗ trợ (viết sai tên trường?).";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "giá trị \"" + invalid.getValue() + "\" không đúng định dạng"
                    + (invalid.getTargetType() == java.time.LocalDate.class ? " ngày (yyyy-MM-dd)." : ".");
        }
        if (e instanceof JsonMappingException) {
            return "giá trị không đúng kiểu dữ liệu.";
        }
        return "lỗi cú pháp YAML (" + e.getOriginalMessage() + ").";
    }
}
