package vn.dongthap.tdcs.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport;
import vn.dongthap.tdcs.reporting.documents.ExcelReportWriter;
import vn.dongthap.tdcs.reporting.documents.WordReportWriter;

/** Task_GenerateDocuments: the consolidated Word report and Excel workbook, stored with the round. */
@Component("generateRoundDocuments")
class GenerateRoundDocumentsDelegate implements JavaDelegate {

    private final ConsolidatedReportAssembler assembler;
    private final WordReportWriter word;
    private final ExcelReportWriter excel;
    private final RoundDocuments documents;

    GenerateRoundDocumentsDelegate(ConsolidatedReportAssembler assembler, WordReportWriter word, ExcelReportWriter excel,
                                   RoundDocuments documents) {
        this.assembler = assembler;
        this.word = word;
        this.excel = excel;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long roundId = RoundVariables.roundId(execution);
        String key = (String) execution.getVariable(RoundVariables.ROUND_KEY);
        ConsolidatedReport report = assembler.assemble(roundId);
        documents.store(roundId, RoundDocuments.Kind.WORD, key + "-bao-cao-tong-hop.docx", word.write(report));
        documents.store(roundId, RoundDocuments.Kind.EXCEL, key + "-so-lieu.xlsx", excel.write(report));
        execution.setVariable("wordUrl", RoundDocumentController.url(key, RoundDocuments.Kind.WORD));
        execution.setVariable("excelUrl", RoundDocumentController.url(key, RoundDocuments.Kind.EXCEL));
    }
}
