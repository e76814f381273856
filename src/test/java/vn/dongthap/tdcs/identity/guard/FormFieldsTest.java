package vn.dongthap.tdcs.identity.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.dongthap.tdcs.forms.DataFileForms;

/** The deployed forms decide what a completion may carry; read-only fields are shown, never answered. */
class FormFieldsTest {

    @Test
    void theDraftFormAnswersItemsAndFiguresButNotWhatItOnlyShows() throws IOException {
        FormFields draft = read("unit-report-draft");
        assertThat(draft.isAnswerable("items")).as("a dynamic list with editable columns").isTrue();
        assertThat(draft.isAnswerable("budgetEntrusted")).isTrue();
        assertThat(draft.isAnswerable("generalComment")).isTrue();
        assertThat(draft.isReadonly("roundTitle")).isTrue();
        assertThat(draft.isReadonly("returnReason")).isTrue();
        assertThat(draft.isAnswerable("unitId")).isFalse();
        assertThat(draft.isReadonly("unitId")).isFalse();
    }

    @Test
    void theApprovalFormAnswersOnlyTheDecision() throws IOException {
        FormFields approval = read("unit-report-approval");
        assertThat(approval.isAnswerable("approvalDecision")).isTrue();
        assertThat(approval.isAnswerable("returnReason")).isTrue();
        assertThat(approval.isReadonly("items")).as("every column read-only").isTrue();
        assertThat(approval.isReadonly("figureSummary")).isTrue();
        assertThat(approval.field("budgetEntrusted")).isNull();
    }

    @Test
    void singleLineFieldsAreTextfields() throws IOException {
        FormFields revise = read("amendment-revise");
        assertThat(revise.field("newTiming").singleLine()).isTrue();
        assertThat(revise.field("reason").singleLine()).isFalse();
    }

    @Test
    void reviewFormsShowTheProposalWithoutAnsweringIt() throws IOException {
        FormFields review = read("amendment-leader-review");
        assertThat(review.isReadonly("targetText")).as("the chosen item, shown by STT and content").isTrue();
        assertThat(review.isReadonly("currentItemText")).isTrue();
        assertThat(review.isReadonly("proposedItemText")).isTrue();
        assertThat(review.isReadonly("clarificationThread")).isTrue();
        assertThat(review.isAnswerable("newLead")).as("not on the review: a submission cannot carry it").isFalse();
        assertThat(review.isAnswerable("approvalDecision")).isTrue();
        FormFields start = read("amendment-request-start");
        assertThat(start.isAnswerable("targetStt")).as("an existing item, chosen").isTrue();
        assertThat(start.isAnswerable("newStt")).as("a new item's STT, typed").isTrue();
    }

    /** The forms as deployed: rendered from the templates in forms/ with the register's lists. */
    private static FormFields read(String formId) throws IOException {
        try (InputStream in = new ByteArrayInputStream(DataFileForms.rendered(formId).content())) {
            return FormFields.parse(in);
        }
    }
}
