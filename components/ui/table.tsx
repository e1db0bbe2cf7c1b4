import type { ReactNode } from "react";
import { cn } from "./cn";

/** A column heading; `hidden` ones are read by screen readers only (a column of row actions). */
type Column = string | { label: string; hidden: true };

/**
 * A table of rows with one heading per column; `caption` names it (shown, or for screen readers only).
 * Below 768 px its rows fold into wrapped lines (`stack-rows` in app/globals.css), so it never scrolls sideways.
 */
export function Table(props: {
  caption: string;
  captionHidden?: boolean;
  columns: readonly Column[];
  children: ReactNode;
}) {
  return (
    <table className="stack-rows w-full text-left text-sm">
      <caption
        className={cn(props.captionHidden ? "sr-only" : "pb-2 text-left text-xs uppercase tracking-wide text-zinc-400")}
      >
        {props.caption}
      </caption>
      <thead className="text-xs uppercase tracking-wide text-zinc-400">
        <tr>
          {props.columns.map((column) => {
            const label = typeof column === "string" ? column : column.label;
            return (
              <th key={label} scope="col" className="py-2 pr-3 font-medium">
                {typeof column === "string" ? label : <span className="sr-only">{label}</span>}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="divide-y divide-line">{props.children}</tbody>
    </table>
  );
}
