package vn.dongthap.tdcs.platform.statistics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the application refreshes PostgreSQL's table statistics itself, right after a round's opening or closing
 * chunks ({@link TableStatistics}). The threshold is autovacuum's formula: a table is analysed once the rows changed
 * since its last analysis reach {@code minChangedRows + changedFraction × its rows}, and vacuumed (then analysed) once
 * its dead rows do.
 *
 * @param enabled         false leaves statistics to autovacuum alone; on H2 the refresh never runs
 * @param minChangedRows  rows a table must have changed, whatever its size
 * @param changedFraction share of a table's rows that must have changed on top of that
 * @param delay           how long after a chunk commits the refresh runs; the chunks that commit meanwhile join it
 */
@ConfigurationProperties("app.database.statistics")
public record TableStatisticsProperties(@DefaultValue("true") boolean enabled,
                                        @DefaultValue("500") long minChangedRows,
                                        @DefaultValue("0.1") double changedFraction,
                                        @DefaultValue("2s") Duration delay) {
}
