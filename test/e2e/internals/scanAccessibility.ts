import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** One axe violation worth failing for. */
export interface SeriousViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe (WCAG 2 A/AA rules) on the given parts of the page (CSS selectors; default the task pane)
 * and returns the serious and critical violations.
 */
export async function scanAccessibility(
  page: Page,
  include: readonly string[] = ["aside"],
): Promise<SeriousViolation[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of include) builder = builder.include(selector);
  const results = await builder
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // Fluent's focus manager (tabster) inserts invisible <i aria-hidden tabindex=0> sentinels around
    // TabLists that hand focus on at once; axe reads them as focusable hidden elements. They are not
    // content, so they are excluded — everything else is scanned.
    .exclude("[data-tabster-dummy]")
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
}
