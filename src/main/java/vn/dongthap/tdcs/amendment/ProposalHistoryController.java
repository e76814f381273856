package vn.dongthap.tdcs.amendment;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.CurrentUser;

/** The history of one proposal (/lich-su.html?proposal=…): the proposing unit and the readers of every proposal. */
@RestController
class ProposalHistoryController {

    private final Proposals proposals;
    private final ProposalHistory history;
    private final AccessPolicy access;

    ProposalHistoryController(Proposals proposals, ProposalHistory history, AccessPolicy access) {
        this.proposals = proposals;
        this.history = history;
        this.access = access;
    }

    @GetMapping("/api/history/proposals/{key}")
    ProposalHistory.View proposal(@PathVariable String key, HttpServletRequest request) {
        Proposal proposal = proposals.findByKey(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đề xuất " + key + "."));
        if (!access.maySeeProposal(CurrentUser.of(request), proposal.unitId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ đơn vị đề xuất, Chi nhánh NHCSXH tỉnh, UBND tỉnh và cán bộ quản lý xem được lịch sử đề xuất này.");
        }
        return history.of(proposal);
    }
}
