// Each page's head from its site-manifest entry: <title>, the description, and the link
// preview tags (Open Graph, Twitter card), between the page-head markers of index.html.
// The answers never reach a preview: they live in the fragment, which a crawler never
// sees, and the manifest's /results and /compare entries are generic.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { publicPath } from "./staging.mjs";

const HEAD = /<!-- page-head:start -->[\s\S]*<!-- page-head:end -->/;

/**
 * The site's absolute address (origin and base path), when the build knows it:
 * SKILLCHECK_SITE_URL (its origin), or --public-url given as a whole URL. Otherwise null:
 * the tags then carry paths (docs/deploy.md).
 */
export function siteAddress() {
  const given = process.env.SKILLCHECK_SITE_URL || process.env.TRUNK_PUBLIC_URL || "";
  if (!/^https?:\/\//.test(given)) return null;
  return `${new URL(given).origin}${publicPath()}`;
}

const escapeAttribute = (text) =>
  String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The tags for `page` ({ route, title, description, canonical }). */
export function headTags(page, manifest, staging) {
  const site = siteAddress();
  const at = (path) => `${site ?? publicPath()}${path}`;
  const image = manifest.preview_image;
  const hasImage = existsSync(join(staging, image.file));
  const tags = [
    `<title>${escapeAttribute(page.title)}</title>`,
    // data-static: the app's own description replaces this one when it runs (PageMeta).
    ["name", "description", page.description, " data-static"],
    ["property", "og:type", "website"],
    ["property", "og:site_name", manifest.app.name],
    ["property", "og:title", page.title],
    ["property", "og:description", page.description],
  ];
  if (site && page.canonical) tags.push(["property", "og:url", at(page.route.replace(/^\//, ""))]);
  if (hasImage) {
    tags.push(
      ["property", "og:image", at(image.file)],
      ["property", "og:image:type", "image/png"],
      ["property", "og:image:width", image.width],
      ["property", "og:image:height", image.height],
      ["property", "og:image:alt", image.alt],
    );
  }
  tags.push(
    ["name", "twitter:card", hasImage ? "summary_large_image" : "summary"],
    ["name", "twitter:title", page.title],
    ["name", "twitter:description", page.description],
  );
  if (hasImage) tags.push(["name", "twitter:image", at(image.file)], ["name", "twitter:image:alt", image.alt]);
  const lines = tags.map((tag) =>
    typeof tag === "string"
      ? tag
      : `<meta ${tag[0]}="${tag[1]}" content="${escapeAttribute(tag[2])}"${tag[3] ?? ""} />`,
  );
  return `<!-- page-head:start -->\n    ${lines.join("\n    ")}\n    <!-- page-head:end -->`;
}

/** `html` with its head tags for `page`. */
export function withPageHead(html, page, manifest, staging) {
  if (!HEAD.test(html)) throw new Error("page-head: the page lacks the page-head markers");
  return html.replace(HEAD, () => headTags(page, manifest, staging));
}
