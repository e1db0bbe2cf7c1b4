/**
 * Finds what the fuzzers must cover: every server action (the exports of app/**\/actions.ts and
 * app/**\/*-actions.ts) and every HTTP method of every route handler (app/**\/route.ts). A file that
 * declares "use server" under another name is reported too, so a new action cannot hide from the fuzz.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type RouteFile = {
  /** Relative to the project, e.g. `app/takes/[id]/download/route.ts`. */
  file: string;
  /** The URL pattern's segments, e.g. ["takes", {param: "id"}, "download"]. */
  segments: (string | { param: string; catchAll: boolean })[];
};

function listAppFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listAppFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [path.relative(process.cwd(), full)]
      : [];
  });
}

function isActionFile(file: string): boolean {
  const name = path.basename(file);
  return name === "actions.ts" || name.endsWith("-actions.ts");
}

/** Files with a module-level "use server" directive (the first statement). */
function declaresUseServer(file: string): boolean {
  const source = readFileSync(file, "utf8").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(source);
}

export function discoverActionFiles(): { files: string[]; misnamed: string[] } {
  const all = listAppFiles();
  const files = all.filter(isActionFile);
  const misnamed = all.filter((file) => !isActionFile(file) && declaresUseServer(file));
  return { files, misnamed };
}

export function discoverRouteFiles(): RouteFile[] {
  return listAppFiles()
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => ({
      file,
      segments: path
        .dirname(path.relative("app", file))
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment))
        .map((segment) => {
          const param = /^\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
          return param ? { param: param[2], catchAll: Boolean(param[1]) } : segment;
        }),
    }));
}

/** Loads a module by its project-relative path (through Vitest, so `@/` and "server-only" resolve). */
export async function load(file: string): Promise<Record<string, unknown>> {
  return import(/* @vite-ignore */ path.join(process.cwd(), file));
}

export function exportedFunctions(module: Record<string, unknown>): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(module).flatMap(([name, value]) =>
    typeof value === "function"
      ? [[name, value as (...args: unknown[]) => unknown] as [string, (...args: unknown[]) => unknown]]
      : [],
  );
}
