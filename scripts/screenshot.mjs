// Takes docs/screenshot.png: the demo page (target/demo) at 1280 px with the English example
// classified and its first label selected. Run after `make demo-dir`:
//   node scripts/screenshot.mjs [out.png] [width]
import { serve, launch, DEMO, waitForReport } from '../tests/web/helpers.mjs';

const out = process.argv[2] ?? new URL('../docs/screenshot.png', import.meta.url).pathname;
const width = Number(process.argv[3] ?? 1280);
const server = await serve(DEMO);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/`);
  await page.click('[data-example="en"]');
  await waitForReport(page);
  await page.locator('#widget [data-incident] button').first().click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out, fullPage: width < 600 });
  console.log(out);
} finally {
  await browser.close();
  await server.close();
}
