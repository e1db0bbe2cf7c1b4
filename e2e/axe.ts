/** The accessibility check the specs share: axe on the page, failing on serious or critical findings. */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** `include`: CSS selectors of the parts to check (the whole page when absent). */
export async function expectNoSeriousViolations(page: Page, options: { include?: string[] } = {}) {
  // The title streams in after the page's body, and again after a refresh: check the page once it has one.
  await expect(page).toHaveTitle(/\S/);
  let builder = new AxeBuilder({ page });
  for (const selector of options.include ?? []) builder = builder.include(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}
