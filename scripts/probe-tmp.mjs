import { launchChromium, newPage } from "../tests/e2e/harness.mjs";
import { serveStatic } from "./static-server.mjs";
import { DIST } from "../tests/e2e/harness.mjs";
const site = await serveStatic(DIST, { gzip: true });
const browser = await launchChromium();
const paths = process.argv.slice(2);
for (const path of paths) {
  for (let i = 0; i < 3; i++) {
    const page = await newPage(browser, { serviceWorkers: "block" });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(() => {
      window.__lt = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });
      window.__lcp = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push([Math.round(e.startTime), e.element?.tagName, e.size]); }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(`${site.url}${path}`);
    await page.waitForTimeout(1500);
    const r = await page.evaluate(() => ({ lt: window.__lt, lcp: window.__lcp }));
    console.log(path, JSON.stringify(r));
    await page.context().close();
  }
}
await browser.close(); site.stop();
