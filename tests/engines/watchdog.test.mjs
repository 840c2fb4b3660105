// The watchdog (watchdog.mjs) fails a journey whose browser stopped answering, and says
// where; it leaves a journey whose commands are answered alone. No browser needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchdog } from "./watchdog.mjs";

const never = () => new Promise(() => {});
const QUICK = { timeout: 10_000 }; // the watchdog's own limit here is 200 ms

test("a command with no answer fails the work, naming it and the ones before", QUICK, async (t) => {
  const dog = watchdog({ limitMs: 200, driverLog: () => "driver: lost the browser" });
  t.after(dog.stop);
  const work = (async () => {
    await dog.around("get", async () => "page");
    await dog.around("executeScript", never);
  })();
  await assert.rejects(dog.race(work), (error) => {
    assert.match(error.message, /^no answer to "executeScript" after \d+ s: the browser stopped answering/);
    assert.match(error.message, /oldest first:\n {2}get\n {2}executeScript\n/);
    assert.match(error.message, /driver: lost the browser/);
    return true;
  });
  assert.equal(dog.stuck, true);
});

test("commands that are answered leave the work alone", QUICK, async (t) => {
  // Answers in 10 ms against a 3 s limit: on a machine busy with the other test steps,
  // timers run hundreds of milliseconds late (a 200 ms limit against 100 ms answers failed).
  const dog = watchdog({ limitMs: 3000, driverLog: () => "" });
  t.after(dog.stop); // even when an assertion fails: its timer would keep the process alive
  const slowButAnswered = () => new Promise((resolve) => setTimeout(() => resolve("done"), 10));
  const work = (async () => {
    for (let i = 0; i < 5; i++) await dog.around("executeScript", slowButAnswered);
    return "finished";
  })();
  assert.equal(await dog.race(work), "finished");
  assert.equal(dog.stuck, false);
});
