import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type AxeCheck = Readonly<{
  /** Only this part of the page (a dialog, a panel). */
  include?: string;
  /** Every violation, not only the serious and critical ones. */
  all?: boolean;
}>;

/**
 * axe's violations on the page, one line each: rule, impact and where. Legacy mode runs axe.run()
 * in the page itself. The default opens a new blank page for every check to merge the results of
 * cross-origin frames, which none of our pages has; that page and axe's third copy in it made up
 * about half of each check (0.5 s on a phone page here).
 */
export async function axeViolations(page: Page, check: AxeCheck = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (check.include) builder = builder.include(check.include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => check.all || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No such violation on the page as it stands; `label` names the screen in a failure. */
export async function expectAccessible(
  page: Page,
  label: string,
  check: AxeCheck = {},
): Promise<void> {
  expect(await axeViolations(page, check), label).toEqual([]);
}
