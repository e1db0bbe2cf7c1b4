"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DRAWING_COLOUR_NAMES, DRAWING_COLOURS, DRAWING_TOOLS, type DrawingTool } from "@/lib/review/drawing";
import type { DrawingDraft } from "./use-drawing-draft";

const TOOL_LABELS: Record<DrawingTool, string> = { arrow: "Arrow", rect: "Rectangle", freehand: "Line" };

/** The tools of drawing on the frame, shown while drawing is on: tool, colour, Undo and Clear. */
export function DrawingToolbar({ draft }: { draft: DrawingDraft }) {
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md border border-accent/50 bg-panel p-2">
      <fieldset className="flex gap-1">
        <legend className="sr-only">Tool</legend>
        {DRAWING_TOOLS.map((tool) => (
          <Button key={tool} size="xs" aria-pressed={draft.tool === tool} onClick={() => draft.setTool(tool)}>
            {TOOL_LABELS[tool]}
          </Button>
        ))}
      </fieldset>
      <fieldset className="flex gap-1">
        <legend className="sr-only">Colour</legend>
        {DRAWING_COLOURS.map((colour) => (
          <button
            key={colour}
            type="button"
            aria-label={DRAWING_COLOUR_NAMES[colour]}
            aria-pressed={draft.colour === colour}
            onClick={() => draft.setColour(colour)}
            className={cn(
              "h-7 w-7 rounded-full border-2 border-ink ring-offset-2 ring-offset-panel",
              draft.colour === colour ? "ring-2 ring-white" : "opacity-80 hover:opacity-100",
            )}
            style={{ backgroundColor: colour }}
          />
        ))}
      </fieldset>
      <Button size="xs" variant="ghost" disabled={draft.shapes.length === 0} onClick={draft.undo}>
        Undo
      </Button>
      <Button size="xs" variant="ghost" disabled={draft.shapes.length === 0} onClick={draft.clear}>
        Clear
      </Button>
      <span id="drawing-count" className="ml-auto text-xs text-zinc-400">
        {draft.shapes.length === 0
          ? "Drag on the frame, or focus it and use the arrow keys"
          : `${draft.shapes.length} ${draft.shapes.length === 1 ? "mark" : "marks"}`}
      </span>
    </div>
  );
}
