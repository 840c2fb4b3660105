// Makes a stuck journey say where it is stuck. A WebDriver command has no time limit of its
// own: if a browser stops answering (it crashed, or never connected), the command waits
// until the test's timeout, which says nothing more. The watchdog records each command a
// session sends and fails the journey once one has had no answer for too long, naming the
// command, the commands before it and the driver's last output.
const RECENT = 12;

export function watchdog({ limitMs, driverLog }) {
  const recent = [];
  const pending = new Map(); // id → { what, since }
  let nextId = 0;
  let stuck = false;
  let fail;
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  failed.catch(() => {}); // only raced below; never an unhandled rejection

  const begin = (what) => {
    const id = nextId++;
    pending.set(id, { what, since: Date.now() });
    recent.push(what);
    if (recent.length > RECENT) recent.shift();
    return () => pending.delete(id);
  };
  const timer = setInterval(() => {
    for (const { what, since } of pending.values()) {
      const waited = Date.now() - since;
      if (waited < limitMs || stuck) continue;
      stuck = true;
      fail(
        new Error(
          `no answer to "${what}" after ${Math.round(waited / 1000)} s: the browser stopped answering.\n` +
            `Commands before it, oldest first:\n  ${recent.join("\n  ")}\n` +
            `The driver's last output:\n${driverLog().slice(-1500)}`,
        ),
      );
    }
  }, Math.min(1000, limitMs / 4));

  return {
    /** Runs `step` (a promise-returning function) as one recorded command. */
    async around(what, step) {
      const end = begin(what);
      try {
        return await step();
      } finally {
        end();
      }
    },
    /** Records every command `driver` sends. */
    watch(driver) {
      // A session handed on to the next journey is watched by that journey's watchdog only.
      const execute = (driver.unwatchedExecute ??= driver.execute.bind(driver));
      driver.execute = (command) => this.around(command.getName(), () => execute(command));
    },
    /** `work`, failed early if a command gets stuck. */
    race: (work) => Promise.race([work, failed]),
    /** Whether a command got stuck (then its session can't be ended by another command). */
    get stuck() {
      return stuck;
    },
    /** Call when the journey ends (its timer keeps the process alive until then). */
    stop: () => clearInterval(timer),
  };
}
