import { STATUS_LABELS, type TakeView } from "@/lib/takes/view";
import { Badge, type BadgeTone } from "./ui/badge";

/** A take's status: green when ready, red when failed, grey while it runs. */
export function TakeStatusBadge({ status }: { status: TakeView["status"] }) {
  const tone: BadgeTone = status === "ready" ? "success" : status === "failed" ? "danger" : "neutral";
  return <Badge tone={tone}>{STATUS_LABELS[status]}</Badge>;
}
