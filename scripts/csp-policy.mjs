// The app's Content-Security-Policy, one definition for both places it is sent: the <meta>
// tag in every HTML page (scripts/csp.mjs) and the `_headers` file (scripts/headers.mjs).
// Only the app's own origin is allowed; inline scripts and styles only by the sha256 of
// their exact text (Trunk emits one inline module script that loads the wasm, whose text
// changes with every build because it names the hashed files; index.html has one that picks
// a page's static variant; and the inlined stylesheet).
import { createHash } from "node:crypto";

/** The CSP source expressions ('sha256-…') of the exact text of every `tag` element in `html`. */
function inlineHashes(html, tag) {
  const hashes = [];
  const element = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)<\\/${tag}\\s*>`, "gi");
  for (const [, attributes, body] of html.matchAll(element)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // Browsers hash the text after the HTML parser has turned CRLF into LF.
    const text = body.replace(/\r\n?/g, "\n");
    hashes.push(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...new Set(hashes)];
}

/**
 * The hashes of the inline code in `html`: the scripts (Trunk's and index.html's), and the stylesheet
 * inlined into the page so it paints without waiting for a second request.
 */
export function inlineCodeHashes(html) {
  return { scripts: inlineHashes(html, "script"), styles: inlineHashes(html, "style") };
}

/**
 * The policy for pages whose inline scripts and styles have these hashes. `header: true` adds the
 * directives browsers ignore (and warn about) in a <meta> tag: frame-ancestors.
 */
export function contentSecurityPolicy({ scripts, styles }, { header = false } = {}) {
  const directives = [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the page compile WebAssembly, nothing else.
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(" "),
    // Inline <style> by hash only, no 'unsafe-inline': the view must set styles with
    // `style:name=` (CSSOM), never style="…" (hashes do not cover attributes).
    ["style-src 'self'", ...styles].join(" "),
    "img-src 'self' data:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ];
  if (header) directives.push("frame-ancestors 'none'");
  return directives.join("; ");
}

const META = /[ \t]*<meta\s+http-equiv\s*=\s*"Content-Security-Policy"[^>]*>\n?/gi;

/** `html` with one CSP <meta> tag for its own inline code, right after <meta charset>. */
export function withCspMeta(html) {
  const clean = html.replace(META, "");
  const policy = contentSecurityPolicy(inlineCodeHashes(clean));
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // Before any script and before <base>, so the policy covers both.
  const charset = clean.match(/^([ \t]*)<meta\s+charset[^>]*>\n?/im);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${clean.slice(0, at)}${charset[1]}${tag}\n${clean.slice(at)}`;
  }
  return clean.replace(/<head[^>]*>/i, (head) => `${head}\n${tag}`);
}
