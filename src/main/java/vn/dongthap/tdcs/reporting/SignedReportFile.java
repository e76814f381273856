package vn.dongthap.tdcs.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a signed report file may be: a PDF or a Word document (DOCX), recognised by content, not by
 * its name, and within the configured size.
 */
final class SignedReportFile {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private SignedReportFile() {
    }

    /** Returns the content type, or throws with a Vietnamese message that says what is wrong. */
    static String check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Chưa chọn tệp, hoặc tệp rỗng.");
        }
        if (content.length > maxBytes) {
            throw new IllegalArgumentException("Tệp \"" + fileName + "\" dung lượng " + megabytes(content.length)
                    + " MB, vượt mức cho phép " + megabytes(maxBytes) + " MB.");
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) && isWordDocument(content)) {
            return DOCX;
        }
        throw new IllegalArgumentException("Tệp \"" + fileName + "\" không phải PDF hoặc Word (DOCX). "
                + "Hãy đính kèm bản báo cáo đã ký dạng PDF hoặc DOCX.");
    }

    static String safeName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        return name.isEmpty() ? "bao-cao" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean isWordDocument(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0).replace('.', ',');
    }
}
