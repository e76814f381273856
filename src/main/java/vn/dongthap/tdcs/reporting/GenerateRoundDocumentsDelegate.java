package vn.dongthap.tdcs.reporting;

import java.util.concurrent.CompletableFuture;
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
    private final RoundContext context;

    GenerateRoundDocumentsDelegate(ConsolidatedReportAssembler assembler, WordReportWriter word, ExcelReportWriter excel,
                                   RoundDocuments documents, RoundContext context) {
        this.assembler = assembler;
        this.word = word;
        this.excel = excel;
        this.documents = documents;
        this.context = context;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportRound round = context.round(execution);
        long roundId = round.id();
        String key = round.key();
        ConsolidatedReport report = assembler.assemble(roundId);
        // The workbook on another core while this thread writes the Word report: for a national round each takes
        // seconds of CPU. Both are stored here, in the job's transaction.
        CompletableFuture<byte[]> workbook = CompletableFuture.supplyAsync(() -> excel.write(report));
        byte[] wordFile = word.write(report);
        documents.store(roundId, RoundDocuments.Kind.WORD, key + "-bao-cao-tong-hop.docx", wordFile);
        documents.store(roundId, RoundDocuments.Kind.EXCEL, key + "-so-lieu.xlsx", workbook.join());
        ReportConsolidationModel.WORD_URL.set(execution, RoundDocumentController.url(key, RoundDocuments.Kind.WORD));
        ReportConsolidationModel.EXCEL_URL.set(execution, RoundDocumentController.url(key, RoundDocuments.Kind.EXCEL));
        ReportConsolidationModel.SIGN_PAGE_URL.set(execution, RoundDispatchController.uploadPage(key));
    }
}
