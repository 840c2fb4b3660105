// Renders the app icons (public/icons/*.png) from public/favicon.svg with headless Chromium.
// Run once by hand after changing the favicon (`node scripts/make-icons.mjs`); the PNGs are
// committed, so builds need nothing of this. "maskable" drops the rounded corners: platforms
// cut their own shape, and the tick already sits inside the safe zone (the middle 80%).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, ROOT } from "../tests/e2e/harness.mjs";

const svg = readFileSync(join(ROOT, "public", "favicon.svg"), "utf8");
const maskable = svg.replace(/ rx="[^"]*"/, "");
const icons = [
  ["icon-192.png", svg, 192],
  ["icon-512.png", svg, 512],
  ["maskable-512.png", maskable, 512],
];

const browser = await launchChromium();
try {
  for (const [name, source, size] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(join(ROOT, "public", "icons", name), png);
    console.log(`make-icons: public/icons/${name} (${size}x${size})`);
    await page.close();
  }
} finally {
  await browser.close();
}
