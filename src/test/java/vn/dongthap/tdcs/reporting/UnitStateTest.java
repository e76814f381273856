package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each state of a unit in a round, computed from the facts the application holds. */
class UnitStateTest {

    private static final boolean OPEN = true;
    private static final boolean CLOSED = false;

    static Stream<Arguments> facts() {
        return Stream.of(
                // roundOpen, reportStarted, awaitingLeader, versions, returned, lastLate -> state
                Arguments.of(new UnitState.Facts(OPEN, false, false, 0, false, false), UnitState.CHUA_GIAO),
                Arguments.of(new UnitState.Facts(OPEN, true, false, 0, false, false), UnitState.DANG_SOAN),
                Arguments.of(new UnitState.Facts(OPEN, true, true, 0, false, false), UnitState.CHO_LANH_DAO_DUYET),
                Arguments.of(new UnitState.Facts(OPEN, true, false, 1, false, false), UnitState.DA_NOP_DUNG_HAN),
                Arguments.of(new UnitState.Facts(OPEN, true, false, 1, false, true), UnitState.NOP_MUON),
                // resubmitted after a return: the latest version decides on time or late
                Arguments.of(new UnitState.Facts(OPEN, true, false, 2, false, true), UnitState.NOP_MUON),
                Arguments.of(new UnitState.Facts(OPEN, true, false, 1, true, false), UnitState.BI_TRA_LAI),
                // returned, the revision waits for the leader: still returned and not resubmitted
                Arguments.of(new UnitState.Facts(OPEN, true, true, 1, true, false), UnitState.BI_TRA_LAI),
                Arguments.of(new UnitState.Facts(CLOSED, false, false, 1, true, false), UnitState.KHONG_NOP_LAI),
                Arguments.of(new UnitState.Facts(CLOSED, false, false, 0, false, false), UnitState.KHONG_NOP),
                // waiting for the leader when the round closed is not submitting
                Arguments.of(new UnitState.Facts(CLOSED, true, true, 0, false, false), UnitState.KHONG_NOP),
                Arguments.of(new UnitState.Facts(CLOSED, false, false, 1, false, false), UnitState.DA_NOP_DUNG_HAN),
                Arguments.of(new UnitState.Facts(CLOSED, false, false, 3, false, true), UnitState.NOP_MUON),
                // units only invited to contribute (III.3): never late, missing or "not resubmitted"
                Arguments.of(new UnitState.Facts(OPEN, true, false, 0, false, false, true), UnitState.DANG_SOAN),
                Arguments.of(new UnitState.Facts(OPEN, true, false, 1, false, true, true), UnitState.DA_GUI_KHONG_BAT_BUOC),
                Arguments.of(new UnitState.Facts(OPEN, true, false, 1, true, true, true), UnitState.BI_TRA_LAI),
                Arguments.of(new UnitState.Facts(CLOSED, false, false, 1, true, true, true), UnitState.DA_GUI_KHONG_BAT_BUOC),
                Arguments.of(new UnitState.Facts(CLOSED, true, true, 0, false, false, true), UnitState.KHONG_GUI_KHONG_BAT_BUOC));
    }

    @ParameterizedTest
    @MethodSource("facts")
    void stateFollowsFromTheFacts(UnitState.Facts facts, UnitState expected) {
        assertThat(UnitState.of(facts)).isEqualTo(expected);
    }

    @Test
    void everyStateIsReachable() {
        assertThat(facts().map(a -> (UnitState) a.get()[1]).distinct()).containsExactlyInAnyOrder(UnitState.values());
    }

    @Test
    void labelsAndCodesAreDistinctAndNoLabelIsTheAmbiguousChuaNop() {
        List<String> labels = UnitState.all().stream().map(UnitState::label).toList();
        assertThat(labels).doesNotHaveDuplicates().doesNotContain("Chưa nộp");
        assertThat(UnitState.all().stream().map(UnitState::code)).doesNotHaveDuplicates();
    }

    @Test
    void aClosedRoundHasOnlySubmittedReturnedOrMissingUnits() {
        assertThat(UnitState.all().stream().filter(s -> s.possibleWhen(false)))
                .containsExactly(UnitState.DA_NOP_DUNG_HAN, UnitState.NOP_MUON, UnitState.KHONG_NOP_LAI, UnitState.KHONG_NOP,
                        UnitState.DA_GUI_KHONG_BAT_BUOC, UnitState.KHONG_GUI_KHONG_BAT_BUOC);
        assertThat(UnitState.all().stream().filter(UnitState::submitted))
                .containsExactly(UnitState.DA_NOP_DUNG_HAN, UnitState.NOP_MUON, UnitState.DA_GUI_KHONG_BAT_BUOC);
        assertThat(UnitState.all().stream().filter(UnitState::shortfall))
                .containsExactly(UnitState.NOP_MUON, UnitState.KHONG_NOP_LAI, UnitState.KHONG_NOP)
                .noneMatch(UnitState::invitedOnly);
    }
}
