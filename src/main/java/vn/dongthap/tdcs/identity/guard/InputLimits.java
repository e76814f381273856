package vn.dongthap.tdcs.identity.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what a person (not an administrator) may submit through the engine.
 *
 * @param maxSubmittedCharacters all values of one completion or start together (a unit report with
 *                               every item answered at length stays far below the default)
 * @param maxCommentLength       one Tasklist comment
 */
@ConfigurationProperties("app.security.input")
record InputLimits(@DefaultValue("500000") long maxSubmittedCharacters, @DefaultValue("4000") int maxCommentLength) {
}
