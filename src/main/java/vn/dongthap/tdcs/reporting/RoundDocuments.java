package vn.dongthap.tdcs.reporting;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dongthap.tdcs.platform.AppClock;

/** The generated consolidated documents of a round (kehoach.round_document); regenerating replaces them. */
@Repository
public class RoundDocuments {

    public enum Kind { WORD, EXCEL }

    public record Document(String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final AppClock clock;

    RoundDocuments(JdbcClient jdbc, AppClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    void store(long roundId, Kind kind, String fileName, byte[] content) {
        jdbc.sql("delete from kehoach.round_document where round_id = ? and kind = ?").params(roundId, kind.name()).update();
        jdbc.sql("insert into kehoach.round_document (round_id, kind, file_name, content, created_at) values (?, ?, ?, ?, ?)")
                .params(roundId, kind.name(), fileName, content, Timestamp.from(clock.now())).update();
    }

    /** The documents already written for the round (none before it closes and the job has run). */
    public java.util.Set<Kind> available(long roundId) {
        java.util.Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
        jdbc.sql("select kind from kehoach.round_document where round_id = ?").param(roundId)
                .query((rs, n) -> Kind.valueOf(rs.getString(1))).list().forEach(kinds::add);
        return kinds;
    }

    public Optional<Document> find(long roundId, Kind kind) {
        return jdbc.sql("select file_name, content from kehoach.round_document where round_id = ? and kind = ?")
                .params(roundId, kind.name())
                .query((rs, n) -> new Document(rs.getString(1), rs.getBytes(2))).optional();
    }
}
