// Page visits `lanes` at a time, shared by the prerender step and the e2e tests: a visit
// waits on the browser much of the time (a load, the wasm's compile, the app's start).

/**
 * Runs `visit(item, lane)` for every item, `lanes` at a time: each lane (0, 1, ...) takes
 * the next item once its last is done. Resolves to the results in the items' order; once a
 * visit fails no lane takes another item, and it rejects with that failure.
 */
export async function inLanes(items, visit, lanes = 2) {
  const results = [];
  let next = 0;
  let failed = false;
  const lane = async (_, index) => {
    while (!failed && next < items.length) {
      const at = next++;
      try {
        results[at] = await visit(items[at], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return results;
}
