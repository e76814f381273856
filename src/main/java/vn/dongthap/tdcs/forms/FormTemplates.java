package vn.dongthap.tdcs.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of forms/ are templates: a component whose choices come from the register carries
 * {@code "properties": {"options": "<source>"}} (see OptionSource) and empty {@code values}; rendering fills them
 * from the register, so no unit or plan item is ever typed into a form.
 */
public final class FormTemplates {

    static final String SUFFIX = ".form";
    /** Where the starter's auto-deployment used to find forms; forms/ lands at the classpath root. */
    static final String LOCATION = "classpath*:**/*" + SUFFIX;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FormTemplates() {
    }

    /** Every template on the classpath, rendered with the given options, in file-name order. */
    public static List<RenderedForm> render(FormOptions options) {
        List<RenderedForm> rendered = new ArrayList<>();
        templates().forEach((name, resource) -> {
            try (InputStream in = resource.getInputStream()) {
                rendered.add(new RenderedForm(name, render(name, in, options)));
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được biểu mẫu " + name, e);
            }
        });
        return rendered;
    }

    static byte[] render(String name, InputStream template, FormOptions options) throws IOException {
        JsonNode form = JSON.readTree(template);
        fill(name, form.path("components"), options);
        return JSON.writeValueAsBytes(form);
    }

    /** Template file name → resource; one per name (the first on the classpath wins, as for any resource). */
    static Map<String, Resource> templates() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Map<String, Resource> byName = new LinkedHashMap<>();
            java.util.Arrays.stream(found).filter(r -> r.getFilename() != null)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .forEach(r -> byName.putIfAbsent(r.getFilename(), r));
            if (byName.isEmpty()) {
                throw new IllegalStateException("Không tìm thấy biểu mẫu nào (" + LOCATION + ").");
            }
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(String name, JsonNode components, FormOptions options) {
        for (JsonNode component : components) {
            JsonNode marker = component.path("properties").path(OptionSource.PROPERTY);
            if (!marker.isMissingNode()) {
                OptionSource source = OptionSource.ofMarker(marker.asText()).orElseThrow(() -> new IllegalStateException(
                        "Biểu mẫu " + name + ", trường " + component.path("id").asText() + ": không có danh mục \""
                                + marker.asText() + "\"."));
                ArrayNode values = ((ObjectNode) component).putArray("values");
                options.of(source).forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
            }
            fill(name, component.path("components"), options);
        }
    }
}
