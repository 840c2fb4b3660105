// Starting and stopping the helper processes of the engine tests (WebDriver servers, the
// Xvfb display): free loopback ports, readiness checks, and a stop that always ends them.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `command`; keeps the last lines of its output for error messages. Returns
 * { child, log(), stop() }; stop() sends SIGTERM, then SIGKILL if it lingers.
 */
export function startProcess(command, args, { env = {}, extraFds = 0 } = {}) {
  const stdio = ["ignore", "pipe", "pipe", ...Array(extraFds).fill("pipe")];
  const child = spawn(command, args, { stdio, env: { ...process.env, ...env } });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
  child.once("error", (error) => keep(`\n${error.message}`));
  return {
    child,
    exited,
    log: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timedOut = await Promise.race([exited.then(() => false), sleep(5000, true)]);
      if (timedOut) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** Waits until a WebDriver server at `url` answers /status with ready: true. */
export async function waitForReady(url, proc, name, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) {
      throw new Error(`${name} exited before it was ready:\n${proc.log()}`);
    }
    try {
      const response = await fetch(`${url}/status`);
      const body = await response.json();
      if (body.value?.ready) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${name} was not ready after ${timeoutMs} ms:\n${proc.log()}`);
}

/**
 * A virtual X display for WebKitGTK: Xvfb picks a free display number itself and
 * writes it to fd 3 (-displayfd), so parallel runs never collide; no TCP listener.
 * -noreset: by default an X server resets when its last client leaves, and a browser that
 * connects during the reset gets "cannot open display" (between one session's browser and
 * the next, WebKit journeys then failed now and then).
 */
export async function startXvfb() {
  const proc = startProcess(
    "Xvfb",
    ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp", "-noreset"],
    { extraFds: 1 },
  );
  const display = await new Promise((resolveDisplay, reject) => {
    let text = "";
    proc.child.stdio[3].on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) resolveDisplay(`:${text.trim()}`);
    });
    proc.exited.then(() => reject(new Error(`Xvfb exited:\n${proc.log()}`)));
  });
  return { display, stop: proc.stop };
}
