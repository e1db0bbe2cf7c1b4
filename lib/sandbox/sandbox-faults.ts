/**
 * Fault injection: markers written into a prompt make the sandbox misbehave the way the real service
 * (or the network in front of it) does, so the client, the take worker and the e2e tests can meet every
 * failure on demand. Markers are removed from the words rendered into the video. See docs/sandbox.md.
 *
 *   [sandbox:refuse]                 create answers 400/1301 (content filter), on every attempt
 *   [sandbox:fail]                   accepted, then ends `failed` with "Failure to pass the risk control system"
 *   [sandbox:fail=reason]            the same, with `reason` as task_status_msg
 *   [sandbox:error=CODE]             the first create attempt answers CODE with its HTTP status
 *   [sandbox:error=CODExN]           the first N create attempts do (e.g. [sandbox:error=1303x2])
 *   [sandbox:slow-create=MS]         the task is created, then the answer waits MS ms (a lost answer)
 *   [sandbox:malformed-create]       the task is created, then the answer is broken JSON
 *   [sandbox:slow-query=MS]          every query of the task waits MS ms before answering
 *   [sandbox:malformed-query]        every query of the task answers broken JSON
 *   [sandbox:malformed-query=N]      the first N queries of the task do
 *   [sandbox:gone]                   the finished task's video URL answers 404 (expired link)
 *   [sandbox:render-error]           rendering fails, so the task ends `failed`
 *   [sandbox:camera=ignore]          the video is filmed with a still camera, whatever was asked
 *   [sandbox:camera=opposite]        the video is filmed with the asked move played backwards
 *
 * CODE may be any code of the contract's error table (1000–1004, 1100–1103, 1200–1203, 1300–1304,
 * 5000–5002). "First N" counters live in memory, keyed by the prompt and the marker, so they reset when
 * the sandbox restarts.
 */

import type { KlingErrorNumber } from "@/lib/kling/error-codes";
import { isKlingErrorNumber } from "@/lib/kling/error-codes";
import type { SandboxCameraMode } from "./sandbox-camera";

const RISK_CONTROL_MESSAGE = "Failure to pass the risk control system";

/** Longest delay a marker may ask for; longer ones are capped, not refused. */
const MAX_DELAY_MS = 10 * 60_000;

export type SandboxFaults = {
  refuse: boolean;
  failMessage?: string;
  error?: { code: KlingErrorNumber; times: number; key: string };
  slowCreateMs?: number;
  malformedCreate: boolean;
  slowQueryMs?: number;
  /** `Infinity` for every query. */
  malformedQuery?: { times: number; key: string };
  gone: boolean;
  renderError: boolean;
  camera: SandboxCameraMode;
};

const MARKER = /\[sandbox:([a-z-]+)(?:=([^\]]*))?\]/gi;

export function parseFaults(prompt: string): SandboxFaults {
  const faults: SandboxFaults = {
    refuse: false,
    malformedCreate: false,
    gone: false,
    renderError: false,
    camera: "follow",
  };
  for (const match of prompt.matchAll(MARKER)) {
    const name = match[1].toLowerCase();
    const value = match[2]?.trim();
    const key = `${prompt}\u0000${match[0]}`;
    switch (name) {
      case "refuse":
        faults.refuse = true;
        break;
      case "fail":
        faults.failMessage = value || RISK_CONTROL_MESSAGE;
        break;
      case "error": {
        const parsed = /^(\d{4})(?:x(\d+))?$/i.exec(value ?? "");
        const code = parsed ? Number(parsed[1]) : NaN;
        if (parsed && isKlingErrorNumber(code)) {
          faults.error = { code, times: parsed[2] === undefined ? 1 : Number(parsed[2]), key };
        }
        break;
      }
      case "slow-create":
        faults.slowCreateMs = delay(value);
        break;
      case "malformed-create":
        faults.malformedCreate = true;
        break;
      case "slow-query":
        faults.slowQueryMs = delay(value);
        break;
      case "malformed-query":
        faults.malformedQuery = { times: value && /^\d+$/.test(value) ? Number(value) : Infinity, key };
        break;
      case "gone":
        faults.gone = true;
        break;
      case "render-error":
        faults.renderError = true;
        break;
      case "camera":
        if (value === "ignore" || value === "opposite") faults.camera = value;
        break;
      default:
        // Unknown markers are stripped but do nothing, so a typo never reaches the video.
        break;
    }
  }
  return faults;
}

/** The prompt without markers: what the renderer writes into the video. */
export function stripFaultMarkers(prompt: string): string {
  return prompt.replace(MARKER, " ").replace(/\s+/g, " ").trim();
}

export type AttemptCounter = {
  /** Counts one attempt under `key`; true while the count is within the first `times`. */
  take(key: string, times: number): boolean;
};

export function createAttemptCounter(): AttemptCounter {
  const counts = new Map<string, number>();
  return {
    take(key, times) {
      const used = counts.get(key) ?? 0;
      if (used >= times) return false;
      counts.set(key, used + 1);
      return true;
    },
  };
}

function delay(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Math.min(Number(value), MAX_DELAY_MS);
}
