package vn.dongthap.tdcs.forms;

import java.nio.charset.StandardCharsets;

/** A form ready to deploy: its resource name ("amendment-revise.form", the file name in forms/) and its JSON. */
public record RenderedForm(String resourceName, byte[] content) {

    public String formId() {
        return resourceName.substring(0, resourceName.length() - FormTemplates.SUFFIX.length());
    }

    public String json() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
