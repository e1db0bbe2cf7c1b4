import { useId } from "react";
import type { Text2VideoBody } from "@/lib/kling/request";

/**
 * "Request sent to Kling": the stored create body, pretty-printed, across the details' full width. It
 * scrolls inside its own box (and wraps a long prompt), so it never widens the page.
 */
export function RequestBody({ body }: { body: Text2VideoBody }) {
  const id = useId();
  return (
    <section
      aria-label="Request sent to Kling"
      className="min-w-0 rounded-lg border border-line bg-panel md:col-span-2 xl:col-span-3"
    >
      <details>
        <summary className="cursor-pointer rounded-lg px-4 py-2 text-sm font-semibold text-zinc-300 hover:bg-ink">
          Request sent to Kling
        </summary>
        <div className="space-y-2 border-t border-line px-4 py-3">
          <p id={id} className="text-xs text-zinc-400">
            The body of <code className="font-mono">POST /v1/videos/text2video</code> as it was sent, without the task
            ids assigned at submit.
          </p>
          <section
            aria-label="Request body (JSON)"
            aria-describedby={id}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus, or the keyboard cannot scroll it
            tabIndex={0}
            className="max-h-80 max-w-full overflow-auto rounded-md bg-ink p-3"
          >
            <pre className="font-mono text-xs leading-relaxed whitespace-pre-wrap text-zinc-200 [overflow-wrap:anywhere]">
              {JSON.stringify(body, null, 2)}
            </pre>
          </section>
        </div>
      </details>
    </section>
  );
}
