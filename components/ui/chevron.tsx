/**
 * A small chevron for step buttons ("‹ Frame"), drawn rather than typed: not every font on a reviewer's
 * machine has the ‹ › characters, and a missing glyph shows as an empty box. Decorative: the button
 * carries the name.
 */
export function Chevron({ direction }: { direction: "left" | "right" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 8 12" className="inline-block h-3 w-2 align-[-1px]">
      <path
        d={direction === "left" ? "M6 1 1 6l5 5" : "m2 1 5 5-5 5"}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
