import { toast } from "sonner";
import type { ActionResult } from "@/lib/action-result";

/** Hands a successful action's data to `then`; a refusal's message (which says what to change) becomes an error toast. */
export function afterAction<T>(result: ActionResult<T>, then: (data: T) => void): void {
  if (!result.ok) {
    toast.error(result.message);
    return;
  }
  then(result.data);
}
