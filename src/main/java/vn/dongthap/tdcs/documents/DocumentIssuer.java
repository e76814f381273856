package vn.dongthap.tdcs.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the branch's documents, as Nghị định 30/2020/NĐ-CP prints it at the top left: the governing body over
 * the issuing body ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" over "CHI NHÁNH TỈNH ĐỒNG THÁP"), the place before the date, the
 * symbols after the number, and the signer's title. Configuration (app.documents.issuer.*), so another branch
 * changes it without code.
 *
 * @param parentBody       cơ quan chủ quản, e.g. "Ngân hàng Chính sách xã hội"
 * @param name             cơ quan ban hành under it, e.g. "Chi nhánh tỉnh Đồng Tháp"
 * @param place            địa danh before the date, e.g. "Đồng Tháp"
 * @param reportSymbol     ký hiệu of a báo cáo, e.g. "BC-NHCSXH"
 * @param submissionSymbol ký hiệu of a tờ trình, e.g. "TTr-NHCSXH"
 * @param signerTitle      e.g. "Giám đốc"
 */
@ConfigurationProperties("app.documents.issuer")
public record DocumentIssuer(String parentBody, String name, String place, String reportSymbol,
                             String submissionSymbol, String signerTitle) {

    /** The number line as printed before the number is given: "Số: ....../BC-NHCSXH". */
    public String blankNumberLine(String symbol) {
        return "Số: ....../" + symbol;
    }
}
