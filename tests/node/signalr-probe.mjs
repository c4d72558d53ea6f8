#!/usr/bin/env node
// Drives the official SignalR JavaScript client (@microsoft/signalr) through a JSON scenario and
// prints one JSON line per thing that happened. Test-only: the hub tests run it against a server
// they started themselves.
//
//   node signalr-probe.mjs scenario.json        a whole scenario from a file
//   node signalr-probe.mjs < scenario.json      ... or from stdin
//   node signalr-probe.mjs --interactive        line 1 of stdin: the setup (a scenario; its steps,
//                                               if any, run first, then {"ready":true,"ok":...});
//                                               each further line: one step, answered by its line
//
// Scenario:
//   {
//     "hubUrl": "http://127.0.0.1:5080/hubs/fair",
//     "timeoutMs": 10000,                      default wait of every step
//     "logLevel": "Error",                     the client's own log, to stderr
//     "serverTimeoutMs": 30000,                the client's serverTimeoutInMilliseconds
//     "connections": {
//       "alice": {
//         "accessToken": "...",                sent as "Authorization: Bearer" (what the client does under Node)
//         "accessTokenInQuery": false,         true: as ?access_token= instead, like a browser
//         "headers": { "Cookie": "..." },
//         "hubUrl": "...",                     overrides the scenario's
//         "reconnect": [0, 0, 1000],           withAutomaticReconnect(delays); true: the default delays
//         "statefulReconnect": false           withStatefulReconnect()
//       }
//     },
//     "steps": [ ... ]
//   }
//
// Steps ("as" names a connection; "timeoutMs" overrides the default):
//   {"do":"connect","as":"alice"}                                   start (again, after a close)
//   {"do":"invoke","as":"alice","method":"Echo","args":["hi"],"expect":"hi"}
//   {"do":"invoke","as":"alice","method":"Refuse","args":[],"expectError":"An unexpected error ..."}
//   {"do":"send","as":"alice","method":"Notify","args":["bob","hi"]}      fire and forget
//   {"do":"expectEvent","as":"alice","method":"Notice","args":["hi"],"skipOthers":false}
//   {"do":"drop","as":"alice"}      kill the WebSocket without a close, as a lost network would; with
//                                   "reconnect" the client then reconnects (reconnecting, reconnected:
//                                   a new connection id); with "statefulReconnect" it resumes the same
//                                   connection silently (no lifecycle events, nothing lost)
//   {"do":"expectReconnecting","as":"alice"}   {"do":"expectReconnected","as":"alice"}
//   {"do":"expectClosed","as":"alice","error":"..."}                "error" optional
//   {"do":"stop","as":"alice"}
//   {"do":"http","method":"POST","path":"/api/x","as":"alice","body":{},"expectStatus":200}
//                                   path relative to hubUrl; bearer token: "token", else the "as"
//                                   connection's accessToken; answers "status" and "body"
//
// Server calls of client methods are recorded from the moment a connection starts, whatever
// their name; "expectEvent" takes the next one of that method not taken yet (with "skipOthers",
// it takes calls until one matches). Lifecycle events (reconnecting, reconnected, closed) are
// taken the same way. Expected values match when: objects have every expected property with a
// matching value (more properties are fine); arrays have the same length and matching
// elements; anything else is strictly equal.
//
// Output lines: one per step, {"t":ms,"step":n,"do":...,"as":...,"ok":true|false,...} with
// "result", "hubError" (an expected error), "args", "connectionId", "status"/"body" or "error"
// (why it failed) as fitting; {"t","as","event","args"} per server call; {"t","as","lifecycle",
// "error"|"connectionId"} per lifecycle event; finally {"done":true,"ok":...}. Exit code: 0
// every step passed, 1 a step failed (scenario mode stops at it; interactive mode goes on), 2
// the scenario could not be read.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import * as signalR from "@microsoft/signalr";

const require = createRequire(import.meta.url);
const NodeWebSocket = createRequire(require.resolve("@microsoft/signalr"))("ws");

const started = performance.now();
const elapsed = () => Math.round(performance.now() - started);
const print = (line) => process.stdout.write(JSON.stringify({ t: elapsed(), ...line }) + "\n");

class StepFailure extends Error {}

/** Values taken in order, each once, by whoever waits for them. */
class Inbox {
  #items = [];
  #next = 0;
  #waiters = new Set();

  add(item) {
    this.#items.push(item);
    for (const wake of this.#waiters) wake();
  }

  get received() {
    return this.#items.length;
  }

  async take(matches, describe, timeoutMs) {
    const skipped = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.#next < this.#items.length) {
        const item = this.#items[this.#next++];
        if (matches(item)) return { item, skipped };
        skipped.push(item);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new StepFailure(`timed out after ${timeoutMs} ms waiting for ${describe}` +
          (skipped.length ? `; skipped ${JSON.stringify(skipped)}` : ""));
      }
      await new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.#waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, remaining);
        this.#waiters.add(wake);
      });
    }
  }
}

function matches(expected, actual) {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((value, i) => matches(value, actual[i]));
  }
  if (expected !== null && typeof expected === "object") {
    return actual !== null && typeof actual === "object" && !Array.isArray(actual) &&
      Object.entries(expected).every(([key, value]) => matches(value, actual[key]));
  }
  return expected === actual;
}

const logLevels = { Trace: 0, Debug: 1, Information: 2, Warning: 3, Error: 4, Critical: 5, None: 6 };

/** One named connection of the scenario: the client, its recorded calls and lifecycle events. */
class Probe {
  constructor(name, settings, scenario) {
    this.name = name;
    this.settings = settings;
    this.events = new Map();
    this.lifecycle = new Inbox();
    this.socket = null;
    this.registered = new Set();

    const url = new URL(settings.hubUrl ?? scenario.hubUrl);
    const options = { transport: signalR.HttpTransportType.WebSockets, WebSocket: this.#trackedWebSocket() };
    if (settings.accessToken && settings.accessTokenInQuery) {
      url.searchParams.set("access_token", settings.accessToken);
    } else if (settings.accessToken) {
      options.accessTokenFactory = () => settings.accessToken;
    }
    if (settings.headers) options.headers = settings.headers;

    const probe = this;
    class RecordingProtocol extends signalR.JsonHubProtocol {
      parseMessages(input, logger) {
        const messages = super.parseMessages(input, logger);
        for (const message of messages) {
          if (message.type === signalR.MessageType.Invocation && !message.invocationId) probe.#listen(message.target);
        }
        return messages;
      }
    }

    const level = logLevels[scenario.logLevel ?? "Error"] ?? logLevels.Error;
    let builder = new signalR.HubConnectionBuilder()
      .withUrl(url.toString(), options)
      .withHubProtocol(new RecordingProtocol())
      .configureLogging({ log: (l, message) => l >= level && process.stderr.write(`[${name}] ${message}\n`) });
    if (Array.isArray(settings.reconnect)) builder = builder.withAutomaticReconnect(settings.reconnect);
    else if (settings.reconnect) builder = builder.withAutomaticReconnect();
    if (settings.statefulReconnect) builder = builder.withStatefulReconnect();
    this.connection = builder.build();
    this.connection.serverTimeoutInMilliseconds = scenario.serverTimeoutMs ?? this.connection.serverTimeoutInMilliseconds;

    this.connection.onreconnecting((error) => this.#lifecycle({ lifecycle: "reconnecting", error: error?.message ?? null }));
    this.connection.onreconnected((connectionId) => this.#lifecycle({ lifecycle: "reconnected", connectionId }));
    this.connection.onclose((error) => this.#lifecycle({ lifecycle: "closed", error: error?.message ?? null }));
  }

  inbox(method) {
    if (!this.events.has(method)) this.events.set(method, new Inbox());
    return this.events.get(method);
  }

  // A handler registered while the message is being parsed is in place when the client
  // dispatches it, so every call is recorded through the client's public path.
  #listen(method) {
    if (this.registered.has(method)) return;
    this.registered.add(method);
    this.connection.on(method, (...args) => {
      print({ as: this.name, event: method, args });
      this.inbox(method).add(args);
    });
  }

  #lifecycle(entry) {
    print({ as: this.name, ...entry });
    this.lifecycle.add(entry);
  }

  #trackedWebSocket() {
    const probe = this;
    return class TrackedWebSocket extends NodeWebSocket {
      constructor(...args) {
        super(...args);
        probe.socket = this;
      }
    };
  }
}

function within(promise, timeoutMs, describe) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new StepFailure(`timed out after ${timeoutMs} ms waiting for ${describe}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const steps = {
  async connect(probe, step, timeoutMs) {
    await within(probe.connection.start(), timeoutMs, `${probe.name} to connect`);
    return { connectionId: probe.connection.connectionId };
  },

  async invoke(probe, step, timeoutMs) {
    let result;
    try {
      result = await within(probe.connection.invoke(step.method, ...(step.args ?? [])), timeoutMs, `the completion of ${step.method}`);
    } catch (error) {
      if (error instanceof StepFailure) throw error;
      if ("expectError" in step) {
        if (error.message !== step.expectError) throw new StepFailure(`${step.method} failed with ${JSON.stringify(error.message)}, expected ${JSON.stringify(step.expectError)}`);
        return { hubError: error.message };
      }
      throw new StepFailure(`${step.method} failed: ${error.message}`);
    }
    if ("expectError" in step) throw new StepFailure(`${step.method} returned ${JSON.stringify(result)}, expected the error ${JSON.stringify(step.expectError)}`);
    if ("expect" in step && !matches(step.expect, result)) throw new StepFailure(`${step.method} returned ${JSON.stringify(result)}, expected ${JSON.stringify(step.expect)}`);
    return { result: result ?? null };
  },

  async send(probe, step, timeoutMs) {
    await within(probe.connection.send(step.method, ...(step.args ?? [])), timeoutMs, `${step.method} to be sent`);
    return {};
  },

  async expectEvent(probe, step, timeoutMs) {
    const wanted = "args" in step ? (args) => matches(step.args, args) : () => true;
    const describe = `${probe.name} to receive ${step.method}${"args" in step ? ` with ${JSON.stringify(step.args)}` : ""}`;
    const inbox = probe.inbox(step.method);
    const { item, skipped } = await inbox.take(step.skipOthers ? wanted : () => true, describe, timeoutMs);
    if (!wanted(item)) throw new StepFailure(`${probe.name} received ${step.method} with ${JSON.stringify(item)}, expected ${JSON.stringify(step.args)}`);
    return { args: item, skipped: skipped.length };
  },

  async drop(probe) {
    if (!probe.socket) throw new StepFailure(`${probe.name} has no WebSocket to drop`);
    probe.socket.terminate();
    return {};
  },

  expectReconnecting: (probe, step, timeoutMs) => lifecycle(probe, "reconnecting", step, timeoutMs),
  expectReconnected: (probe, step, timeoutMs) => lifecycle(probe, "reconnected", step, timeoutMs),
  expectClosed: (probe, step, timeoutMs) => lifecycle(probe, "closed", step, timeoutMs),

  async stop(probe, step, timeoutMs) {
    await within(probe.connection.stop(), timeoutMs, `${probe.name} to stop`);
    return {};
  },

  async http(probe, step, timeoutMs, scenario) {
    const url = new URL(step.path, scenario.hubUrl);
    const headers = { ...(step.headers ?? {}) };
    const token = step.token ?? probe?.settings.accessToken;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (step.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await within(
      fetch(url, { method: step.method ?? "GET", headers, body: step.body === undefined ? undefined : JSON.stringify(step.body) }),
      timeoutMs, `${step.method ?? "GET"} ${step.path}`);
    const text = await response.text();
    let body = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: keep the text.
    }
    if ("expectStatus" in step && response.status !== step.expectStatus) {
      throw new StepFailure(`${step.method ?? "GET"} ${step.path} answered ${response.status}, expected ${step.expectStatus}: ${text}`);
    }
    return { status: response.status, body };
  },
};

async function lifecycle(probe, kind, step, timeoutMs) {
  const { item, skipped } = await probe.lifecycle.take((entry) => entry.lifecycle === kind, `${probe.name} to be ${kind}`, timeoutMs);
  if ("error" in step && item.error !== step.error) throw new StepFailure(`${probe.name} was ${kind} with ${JSON.stringify(item.error)}, expected ${JSON.stringify(step.error)}`);
  return { ...item, skipped: skipped.length };
}

class Runner {
  constructor(scenario) {
    if (!scenario || typeof scenario !== "object") throw new Error("the scenario is not a JSON object");
    const connections = Object.values(scenario.connections ?? {});
    if (!scenario.hubUrl && (connections.length === 0 || connections.some((c) => !c.hubUrl))) throw new Error("the scenario has no hubUrl");
    this.scenario = scenario;
    this.timeoutMs = scenario.timeoutMs ?? 10000;
    this.probes = new Map(Object.entries(scenario.connections ?? {}).map(([name, settings]) => [name, new Probe(name, settings, scenario)]));
    this.count = 0;
    this.failed = false;
  }

  async run(step) {
    const index = this.count++;
    const head = { step: index, do: step?.do, ...(step?.as ? { as: step.as } : {}) };
    try {
      const action = steps[step?.do];
      if (!action) throw new StepFailure(`unknown step ${JSON.stringify(step?.do)}; known: ${Object.keys(steps).join(", ")}`);
      const probe = step.as === undefined ? undefined : this.probes.get(step.as);
      if (step.as !== undefined && !probe) throw new StepFailure(`no connection named ${JSON.stringify(step.as)}`);
      if (!probe && step.do !== "http") throw new StepFailure(`the step needs "as"`);
      const outcome = await action(probe, step, step.timeoutMs ?? this.timeoutMs, this.scenario);
      print({ ...head, ok: true, ...outcome });
      return true;
    } catch (error) {
      this.failed = true;
      print({ ...head, ok: false, error: error instanceof StepFailure ? error.message : `${error?.name}: ${error?.message}` });
      return false;
    }
  }

  async stopAll() {
    await Promise.allSettled([...this.probes.values()].map((probe) => probe.connection.stop()));
  }
}

function finish(code, extra = {}) {
  process.stdout.write(JSON.stringify({ t: elapsed(), done: true, ok: code === 0, ...extra }) + "\n", () => process.exit(code));
}

async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

async function main(argv) {
  const interactive = argv.includes("--interactive");
  const file = argv.find((arg) => !arg.startsWith("--"));
  let runner;

  if (!interactive) {
    try {
      runner = new Runner(JSON.parse(file && file !== "-" ? readFileSync(file, "utf8") : await readAll(process.stdin)));
    } catch (error) {
      return finish(2, { error: `cannot read the scenario: ${error.message}` });
    }
    for (const step of runner.scenario.steps ?? []) {
      if (!(await runner.run(step))) break;
    }
    await runner.stopAll();
    return finish(runner.failed ? 1 : 0);
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (!runner) {
      try {
        runner = new Runner(JSON.parse(line));
      } catch (error) {
        return finish(2, { error: `cannot read the setup: ${error.message}` });
      }
      for (const step of runner.scenario.steps ?? []) await runner.run(step);
      print({ ready: true, ok: !runner.failed, connections: [...runner.probes.keys()] });
      continue;
    }
    let step;
    try {
      step = JSON.parse(line);
    } catch (error) {
      runner.failed = true;
      print({ step: runner.count++, ok: false, error: `not JSON: ${error.message}` });
      continue;
    }
    await runner.run(step);
  }
  if (!runner) return finish(2, { error: "no setup line on stdin" });
  await runner.stopAll();
  return finish(runner.failed ? 1 : 0);
}

main(process.argv.slice(2)).catch((error) => finish(2, { error: `${error?.name}: ${error?.message}` }));
