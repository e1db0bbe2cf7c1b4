/** The words of every "slow down" answer, so the API and the studio form say it the same way. */
export function slowDownMessage(what: "requests" | "takes", seconds: number, detail?: string): string {
  const minutes = Math.ceil(seconds / 60);
  const wait =
    seconds < 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const lead =
    what === "requests"
      ? "Slow down: too many requests in a short time."
      : "Slow down: too many new takes in the last minute.";
  return `${lead}${detail ? ` ${detail}` : ""} Try again in ${wait}.`;
}
