package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+84 912", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void textThatASpreadsheetWouldRunGetsAnApostrophe(String text) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo("'" + text);
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(SpreadsheetText.neutralised("Xã Tân Hồng = 3")).isEqualTo("Xã Tân Hồng = 3");
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
        assertThat(SpreadsheetText.neutralised(null)).isNull();
    }

    @Test
    void csvFieldsAreAlwaysQuotedWithInnerQuotesDoubled() {
        assertThat(SpreadsheetText.csvField("xa-tan-hong")).isEqualTo("\"xa-tan-hong\"");
        assertThat(SpreadsheetText.csvField("=HYPERLINK(\"u\";\"x\"),x")).isEqualTo("\"'=HYPERLINK(\"\"u\"\";\"\"x\"\"),x\"");
        assertThat(SpreadsheetText.csvField(null)).isEqualTo("\"\"");
    }
}
