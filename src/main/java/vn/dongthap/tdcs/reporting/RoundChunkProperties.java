package vn.dongthap.tdcs.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How opening and closing a round is split into jobs.
 *
 * @param unitsPerJob units one opening or closing job handles in one transaction: small enough that a job ends
 *                    well within the job executor's lock time and a failure redoes little, large enough that the
 *                    jobs' own cost stays small
 * @param jobPriority priority of these jobs; the job executor takes higher ones first (other jobs: 0)
 */
@ConfigurationProperties("app.reporting.chunks")
public record RoundChunkProperties(int unitsPerJob, long jobPriority) {

    public RoundChunkProperties {
        if (unitsPerJob < 1) {
            throw new IllegalArgumentException("app.reporting.chunks.units-per-job must be at least 1");
        }
    }
}
