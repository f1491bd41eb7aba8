package org.lihaaz.finding;

import org.lihaaz.prose.Anchor;

/**
 * The anchor a finding starts in, and how far into the anchored region the match starts.
 *
 * @param anchor the region (a subtitle cue, a Word paragraph)
 * @param offset code points from the start of the region to the start of the match
 */
public record AnchorRef(Anchor anchor, int offset) {
}
