package vn.dongthap.tdcs.reporting;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as a Vietnamese officer writes it: "." (or a space) groups thousands, "," starts the decimals,
 * e.g. "1.500,5" or "1 500,5" or "1500,5". Anything else is not read at all rather than guessed: "86.5" or
 * "1,500.5" could mean another number, so the officer is asked to write it again.
 */
final class VietnameseNumbers {

    /** Thousands groups of exactly three digits, or no grouping at all; optional decimals after a comma. */
    private static final Pattern WRITTEN = Pattern.compile("-?(\\d{1,3}([. ]\\d{3})+|\\d+)(,\\d+)?");

    private VietnameseNumbers() {
    }

    static Optional<BigDecimal> parse(String text) {
        String trimmed = text.strip().replace('\u00a0', ' ');
        if (!WRITTEN.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(".", "").replace(" ", "").replace(',', '.')));
    }
}
