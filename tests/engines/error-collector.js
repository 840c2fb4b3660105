// Browser-side error collector for engines without a WebDriver log (WebKitGTK). The test
// server adds it as the first script of every HTML page, so it sees errors from the start
// of the page. It records uncaught errors, unhandled rejections, console.error calls and
// CSP violations in sessionStorage, which survives reloads and navigations in the tab.
(() => {
  const KEY = "__engineErrors";
  const record = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      list.push(String(text));
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch {
      // storage unavailable: nothing to record into
    }
  };
  addEventListener("error", (e) => {
    if (e.target && e.target !== window && e.target.tagName) {
      record(`failed to load ${e.target.tagName.toLowerCase()} ${e.target.src || e.target.href}`);
    } else {
      record(`uncaught: ${e.message}`);
    }
  }, true);
  addEventListener("unhandledrejection", (e) => record(`unhandled rejection: ${e.reason}`));
  addEventListener("securitypolicyviolation", (e) =>
    record(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
  const original = console.error.bind(console);
  console.error = (...args) => {
    record(`console.error: ${args.map(String).join(" ")}`);
    original(...args);
  };
})();
