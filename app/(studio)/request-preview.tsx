"use client";

import { useId } from "react";

/**
 * "Request sent to Kling": the exact body Generate sends, pretty-printed and updated as the form changes.
 * The ids assigned at submit show as placeholders. The body wraps and scrolls inside its own box, so a
 * long prompt never widens the page; a wrapped line hangs under its key, so the JSON still reads as JSON.
 */
export function RequestPreview(props: { json: string; note: string | null }) {
  const id = useId();
  return (
    <details className="group rounded-lg border border-line">
      <summary className="cursor-pointer select-none rounded-lg px-4 py-2 text-sm font-medium hover:bg-panel">
        Request sent to Kling
      </summary>
      <div className="space-y-2 border-t border-line px-4 py-3">
        <p id={`${id}-about`} className="text-xs text-zinc-400">
          The body of <code className="font-mono">POST /v1/videos/text2video</code>, exactly as Generate sends it;
          values in angle brackets are filled in when the take is sent.
        </p>
        {props.note ? <p className="text-xs text-zinc-300">{props.note}</p> : null}
        <section
          aria-label="Request body (JSON)"
          aria-describedby={`${id}-about`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus, or the keyboard cannot scroll it
          tabIndex={0}
          className="max-h-96 max-w-full overflow-auto rounded-md bg-panel p-3"
        >
          <pre className="font-mono text-xs leading-relaxed whitespace-pre-wrap text-zinc-200 [overflow-wrap:anywhere]">
            {keyedLines(props.json).map((line) => (
              <JsonLine key={line.key} line={line.text} last={line.last} />
            ))}
          </pre>
        </section>
      </div>
    </details>
  );
}

/** The body's lines, each keyed by its text and how many times that text came before ("}," recurs). */
function keyedLines(json: string): { key: string; text: string; last: boolean }[] {
  const seen = new Map<string, number>();
  const lines = json.split("\n");
  return lines.map((text, position) => {
    const occurrence = (seen.get(text) ?? 0) + 1;
    seen.set(text, occurrence);
    return { key: `${occurrence} ${text}`, text, last: position === lines.length - 1 };
  });
}

/**
 * One line of the body, its wrapped continuation indented past the key. The line break is kept in the
 * text (hidden: the block already breaks the line), so the text read or copied is the JSON as it is sent.
 */
function JsonLine(props: { line: string; last: boolean }) {
  const hang = props.line.length - props.line.trimStart().length + 2;
  return (
    <span className="block" style={{ paddingLeft: `${hang}ch`, textIndent: `-${hang}ch` }}>
      {props.line}
      {props.last ? null : <span className="hidden">{"\n"}</span>}
    </span>
  );
}
