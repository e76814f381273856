package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Vietnamese translations of the Camunda web applications.
 *
 * <p>The English originals come from the Camunda webjar, the Vietnamese files and the
 * {@code scripts/config.js} copies from {@code src/main/resources}; both are on the test classpath
 * under {@code META-INF/resources/webjars/camunda/app/<app>/}. Plain unit test, no Spring context.
 */
class VietnameseLocaleCoverageTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  /**
   * {{name}} / {{ name }} (compared without the inner blanks), the {} of ng-pluralize texts and
   * moment.js' %s / %d.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|\\{}|%[sd]");

  /**
   * The English plural suffix, appended to a noun by a few (Enterprise-only) Cockpit labels such as
   * PLGN_BATCH_S. Vietnamese nouns do not inflect, so its translation is intentionally empty.
   */
  private static final String ENGLISH_PLURAL_SUFFIX = "s";

  private static final Pattern AVAILABLE_LOCALES =
      Pattern.compile("^\\s*['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)]", Pattern.MULTILINE);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The web applications that ship a vi.json and a config.js offering it. */
  static Stream<String> translatedApps() {
    return Stream.of("tasklist", "cockpit", "admin", "welcome");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("translatedApps")
  void vietnameseLocaleHasEveryEnglishKey(String app) throws IOException {
    Map<String, String> en = flatten(readJson(app + "/locales/en.json"));
    Map<String, String> vi = flatten(readJson(app + "/locales/vi.json"));

    List<String> missing = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (Map.Entry<String, String> entry : en.entrySet()) {
      String viValue = vi.get(entry.getKey());
      if (viValue == null) {
        missing.add(entry.getKey());
      } else if (viValue.isBlank()
          && !entry.getValue().isBlank()
          && !ENGLISH_PLURAL_SUFFIX.equals(entry.getValue())) {
        empty.add(entry.getKey());
      }
    }

    assertThat(en).as("%s/locales/en.json should contain labels", app).isNotEmpty();
    assertThat(missing)
        .as("keys of %s/locales/en.json missing in %s/locales/vi.json", app, app)
        .isEmpty();
    assertThat(empty)
        .as("keys of %s/locales/vi.json with an empty value (English is not empty)", app)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("translatedApps")
  void vietnameseLocaleKeepsThePlaceholders(String app) throws IOException {
    Map<String, String> en = flatten(readJson(app + "/locales/en.json"));
    Map<String, String> vi = flatten(readJson(app + "/locales/vi.json"));

    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, String> entry : en.entrySet()) {
      String viValue = vi.get(entry.getKey());
      if (viValue == null) {
        continue; // reported by vietnameseLocaleHasEveryEnglishKey
      }
      List<String> expected = placeholders(entry.getValue());
      List<String> actual = placeholders(viValue);
      if (!expected.equals(actual)) {
        mismatches.add(entry.getKey() + " (en " + expected + ", vi " + actual + ")");
      }
    }

    assertThat(mismatches)
        .as("keys of %s/locales/vi.json whose {{placeholders}} differ from en.json", app)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("translatedApps")
  void configOffersVietnamese(String app) throws IOException {
    String path = APP_ROOT + app + "/scripts/config.js";
    URL url = classLoader().getResource(path);
    assertThat(url).as("%s on the classpath", path).isNotNull();

    String config;
    try (InputStream in = url.openStream()) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The copy in src/main/resources must shadow the webjar's original (first on the classpath).
    Matcher matcher = AVAILABLE_LOCALES.matcher(config);
    assertThat(matcher.find())
        .as("%s (%s) should declare an uncommented locales.availableLocales", path, url)
        .isTrue();
    List<String> locales = new ArrayList<>();
    for (String locale : matcher.group(1).split(",")) {
      locales.add(locale.trim().replaceAll("^['\"]|['\"]$", ""));
    }
    assertThat(locales).as("availableLocales in %s (%s)", path, url).contains("en", "vi");
  }

  private static JsonNode readJson(String relativePath) throws IOException {
    String path = APP_ROOT + relativePath;
    try (InputStream in = classLoader().getResourceAsStream(path)) {
      assertThat(in).as("%s on the classpath", path).isNotNull();
      // Jackson skips the UTF-8 byte order mark the Camunda en.json files start with.
      return MAPPER.readTree(in);
    }
  }

  /** Flattens objects to dotted keys and arrays to [index] keys; leaves become their text. */
  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> result = new LinkedHashMap<>();
    flatten("", root, result);
    return result;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> result) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
        flatten(key, field.getValue(), result);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), result);
      }
    } else {
      result.put(prefix, node.isNull() ? "" : node.asText());
    }
  }

  private static List<String> placeholders(String value) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
    }
    found.sort(null);
    return found;
  }

  private static ClassLoader classLoader() {
    return VietnameseLocaleCoverageTest.class.getClassLoader();
  }
}
