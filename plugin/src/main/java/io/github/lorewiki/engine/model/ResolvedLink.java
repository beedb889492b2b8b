package io.github.lorewiki.engine.model;

/**
 * Where a link written in an article leads.
 *
 * @param targetUrl output path of the page or file it leads to, or null when broken
 * @param anchor    the anchor id within the target, or empty
 * @param targetTitle the title of the page it leads to (for a wikilink without a label), or the name written
 * @param problem   why the link is broken, shown to readers as a tooltip; empty when it works
 */
public record ResolvedLink(String targetUrl, String anchor, String targetTitle, String problem) {

    public static ResolvedLink broken(String name, String problem) {
        return new ResolvedLink(null, "", name, problem);
    }

    public boolean isBroken() {
        return targetUrl == null;
    }

    /** A link that leads to the page but to an anchor that does not exist there. */
    public boolean isAnchorBroken() {
        return targetUrl != null && !problem.isEmpty();
    }
}
