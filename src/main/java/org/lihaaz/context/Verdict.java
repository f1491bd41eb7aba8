package org.lihaaz.context;

import org.lihaaz.match.Candidate;

/**
 * What the context checks decided about one candidate, and why; used by {@code rules test} to say
 * why an example did or did not raise a finding.
 *
 * @param candidate the candidate judged
 * @param kept      true when it becomes a finding
 * @param reason    why it was dropped, or "kept"
 */
public record Verdict(Candidate candidate, boolean kept, String reason) {
}
