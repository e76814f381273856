package vn.dongthap.tdcs.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a signed report file may be: a PDF or a Word document (DOCX), recognised by content, not by
 * its name, and within the configured size.
 */
final class SignedReportFile {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DEFAULT_NAME = "bao-cao";
    /** A name and a last extension of up to 10 letters and digits, at least one of them a letter. */
    private static final Pattern LAST_EXTENSION = Pattern.compile("(.*)\\.(?=[A-Za-z0-9]{0,9}[A-Za-z])[A-Za-z0-9]{1,10}");

    private SignedReportFile() {
    }

    /** Returns the content type, or throws with a Vietnamese message that says what is wrong. */
    static String check(String fileName, byte[] content, long maxBytes) {
        checkSize(fileName, content, maxBytes);
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) && isWordDocument(content)) {
            return DOCX;
        }
        throw new IllegalArgumentException("Tệp \"" + fileName + "\" không phải PDF hoặc Word (DOCX). "
                + "Hãy đính kèm bản báo cáo đã ký dạng PDF hoặc DOCX.");
    }

    /** The branch's signed consolidated report: a PDF only (what leaves the branch is the signed, unchangeable copy). */
    static void checkPdf(String fileName, byte[] content, long maxBytes) {
        checkSize(fileName, content, maxBytes);
        if (!startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("Tệp \"" + fileName + "\" không phải PDF. "
                    + "Hãy tải lên bản báo cáo tổng hợp đã ký dạng PDF.");
        }
    }

    /**
     * The name the file is kept and downloaded under: the uploaded name with the extension of what the file is.
     * A false last extension is dropped ("bao-cao.exe" → "bao-cao.pdf"); if the rest already ends with the right
     * one, it is kept as is ("bao-cao.pdf.html" → "bao-cao.pdf", not "bao-cao.pdf.pdf"). A last part without a
     * letter is no extension ("bao-cao-12.2025" → "bao-cao-12.2025.pdf").
     */
    static String storedName(String uploadedName, String contentType) {
        String extension = DOCX.equals(contentType) ? ".docx" : ".pdf";
        String name = safeName(uploadedName);
        Matcher last = LAST_EXTENSION.matcher(name);
        String base = last.matches() ? last.group(1) : name;
        if (base.isBlank()) {
            base = DEFAULT_NAME;
        }
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    static String safeName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").trim();
        return name.isEmpty() ? DEFAULT_NAME : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static void checkSize(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Chưa chọn tệp, hoặc tệp rỗng.");
        }
        if (content.length > maxBytes) {
            throw new IllegalArgumentException("Tệp \"" + fileName + "\" dung lượng " + megabytes(content.length)
                    + " MB, vượt mức cho phép " + megabytes(maxBytes) + " MB.");
        }
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
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0).replace('.', ',');
    }
}
