"use client";

import { useCallback, useMemo, useState } from "react";
import {
  type CommentDrawing,
  DRAWING_COLOURS,
  type DrawingColour,
  type DrawingShape,
  type DrawingTool,
  MAX_DRAWING_SHAPES,
} from "@/lib/review/drawing";

/** The drawing being made for the next comment: its marks, the tool and colour in hand, and whether drawing is on. */
export type DrawingDraft = ReturnType<typeof useDrawingDraft>;

export function useDrawingDraft() {
  const [active, setActive] = useState(false);
  const [tool, setTool] = useState<DrawingTool>("rect");
  const [colour, setColour] = useState<DrawingColour>(DRAWING_COLOURS[0]);
  const [shapes, setShapes] = useState<DrawingShape[]>([]);
  const add = useCallback(
    (shape: DrawingShape) => setShapes((list) => (list.length >= MAX_DRAWING_SHAPES ? list : [...list, shape])),
    [],
  );
  const undo = useCallback(() => setShapes((list) => list.slice(0, -1)), []);
  const clear = useCallback(() => setShapes([]), []);
  /** After the comment is sent: nothing drawn, drawing off. */
  const reset = useCallback(() => {
    setShapes([]);
    setActive(false);
  }, []);
  const drawing: CommentDrawing | null = useMemo(() => (shapes.length > 0 ? { shapes } : null), [shapes]);
  return { active, setActive, tool, setTool, colour, setColour, shapes, drawing, add, undo, clear, reset };
}
