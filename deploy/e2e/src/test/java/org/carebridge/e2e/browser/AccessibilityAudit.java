package org.carebridge.e2e.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deque's axe-core, the engine behind most accessibility checkers, run in the test's own Chromium on each page of the
 * web client the walk shows: the WCAG 2.1 level A and AA rules (labels, names, contrast, landmarks, ARIA use,
 * keyboard reachability of what axe can see). What every page breaks is kept, so one run lists all findings at once.
 */
public final class AccessibilityAudit {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> AUDITED = new TreeSet<>();
    private static final Map<String, List<String>> FINDINGS = new TreeMap<>();

    private AccessibilityAudit() {
    }

    static synchronized void audit(WebDriver driver, String page) {
        // legacy mode: axe runs in the page itself, without first opening about:blank in a new window, a step whose
        // one-second page-load limit a busy machine misses ("switchToWindow failed"); the client has no frames
        Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(driver);
        List<Rule> violations = results.getViolations();
        AUDITED.add(page);
        if (!violations.isEmpty()) {
            FINDINGS.put(page, violations.stream().map(AccessibilityAudit::describe).toList());
        } else if (results.getPasses().isEmpty()) {
            // no rule passed and none failed: axe checked nothing (a wrong tag, an empty page), which is no pass
            FINDINGS.put(page, List.of("axe-core applied no rule to the page"));
        }
    }

    /** The pages audited so far, by screenshot name. */
    public static synchronized Set<String> audited() {
        return Set.copyOf(AUDITED);
    }

    /** Per page, each rule broken: impact, rule, what it asks for and the elements that break it. */
    public static synchronized Map<String, List<String>> findings() {
        return Map.copyOf(FINDINGS);
    }

    private static String describe(Rule rule) {
        List<String> where = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(5).toList();
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + where;
    }
}
