"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { MODEL_NAMES, type ModelName } from "@/lib/kling/fields";
import { checkModelAgainAction } from "./actions";
import { FieldError } from "./field-error";
import { modelOptions, retiredHint, type UnavailableModel, unavailableReason } from "./model-options";

/**
 * The Model list. Retired models wait behind "Show retired models" (the chosen one always shows), and a
 * model Kling refused for this account is disabled with Kling's reason; admins can clear that mark with
 * "Check again", which sends nothing (only a take can tell whether Kling takes the model again).
 */
export function ModelField(props: {
  value: ModelName;
  onChoose: (model: ModelName) => void;
  unavailable: readonly UnavailableModel[];
  today: string;
  /** The signed-in role may clear an unavailable mark. */
  canCheckAgain: boolean;
  /** After a mark was cleared (the page's list of unavailable models is refreshed too). */
  onCheckedAgain: () => void;
  error?: string;
}) {
  const { value, unavailable, today } = props;
  const id = useId();
  const router = useRouter();
  const [showRetired, setShowRetired] = useState(false);
  const [checking, startChecking] = useTransition();
  const options = modelOptions({ current: value, showRetired, unavailable, today });
  const mark = unavailable.find((entry) => entry.model === value);
  const others = unavailable.filter(
    (entry) => entry.model !== value && options.some((option) => option.model === entry.model),
  );
  const retired = retiredHint(value, today);

  function checkAgain(model: ModelName) {
    startChecking(async () => {
      const result = await checkModelAgainAction({ model });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      props.onCheckedAgain();
      toast.success(`${model} will be sent again; the next take shows whether Kling takes it.`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-1 sm:col-span-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <label htmlFor={id} className="text-sm font-medium">
          Model
        </label>
        <label className="flex items-center gap-2 text-xs text-zinc-300">
          <input type="checkbox" checked={showRetired} onChange={(event) => setShowRetired(event.target.checked)} />
          Show retired models
        </label>
      </div>
      <select
        id={id}
        value={value}
        aria-invalid={Boolean(props.error) || Boolean(mark)}
        aria-describedby={`${id}-notes ${id}-error`}
        onChange={(event) => {
          const model = MODEL_NAMES.find((name) => name === event.target.value);
          if (model) props.onChoose(model);
        }}
        className="w-full rounded-md border border-line bg-ink px-3 py-2 aria-[invalid=true]:border-red-500"
      >
        {options.map((option) => (
          <option key={option.model} value={option.model} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <div id={`${id}-notes`} className="space-y-1 text-xs">
        {retired ? <p className="text-amber-200">{retired}</p> : null}
        {mark && !props.error ? <p className="text-red-300">{unavailableReason(mark)}. Choose another model.</p> : null}
        {others.length > 0 ? (
          <ul className="space-y-0.5 text-amber-200">
            {others.map((entry) => (
              <li key={entry.model}>{unavailableReason(entry)}.</li>
            ))}
          </ul>
        ) : null}
      </div>
      <FieldError id={`${id}-error`} message={props.error} />
      {mark ? (
        props.canCheckAgain ? (
          <button
            type="button"
            onClick={() => checkAgain(mark.model)}
            disabled={checking}
            aria-busy={checking}
            className="rounded-md border border-line px-3 py-1 text-xs text-zinc-200 hover:bg-panel disabled:opacity-60"
          >
            {checking ? "Checking…" : "Check again"}
          </button>
        ) : (
          <p className="text-xs text-zinc-400">An admin can use “Check again” if Kling takes this model again.</p>
        )
      ) : null}
    </div>
  );
}
