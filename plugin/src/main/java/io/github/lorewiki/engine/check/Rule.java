package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Severity;

/**
 * One kind of problem Lore reports.
 *
 * @param id           dotted lowercase id, shown in brackets after every diagnostic ({@code link.anchor})
 * @param severity     the severity it is reported with unless {@code lore.check.rules} says otherwise
 * @param configurable false for problems of the run itself (configuration, templates): they always stop the build
 * @param description  one sentence for reports (the SARIF rule's short description)
 */
public record Rule(String id, Severity severity, boolean configurable, String description) {
}
