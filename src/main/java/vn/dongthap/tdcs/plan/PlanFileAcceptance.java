package vn.dongthap.tdcs.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's explicit consent to load an edited plan file on top of versions made by UBND tỉnh's decisions.
 *
 * @param acceptFile the code printed when startup refused the file ({@code <newest version no>-<file fingerprint>}):
 *                   it accepts exactly that file content on top of exactly that newest version, so it cannot
 *                   later override a different file or newer decisions; unset (the default) accepts nothing
 */
@ConfigurationProperties("app.plan-data")
public record PlanFileAcceptance(String acceptFile) {

    /** The code that accepts a file with this content hash on top of this newest version. */
    static String codeFor(int newestVersionNo, String fileHash) {
        return newestVersionNo + "-" + fileHash.substring(0, 12);
    }

    boolean accepts(int newestVersionNo, String fileHash) {
        return isSet() && acceptFile.trim().equalsIgnoreCase(codeFor(newestVersionNo, fileHash));
    }

    boolean isSet() {
        return acceptFile != null && !acceptFile.isBlank();
    }
}
