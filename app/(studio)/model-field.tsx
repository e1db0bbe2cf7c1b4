"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { afterAction } from "@/components/action-toast";
import { Button } from "@/components/ui/button";
import { Checkbox, FieldError, Select } from "@/components/ui/field";
import { MODEL_NAMES, type ModelName } from "@/lib/kling/fields";
import { checkModelAgainAction } from "./actions";
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
      afterAction(await checkModelAgainAction({ model }), () => {
        props.onCheckedAgain();
        toast.success(`${model} will be sent again; the next take shows whether Kling takes it.`);
        router.refresh();
      });
    });
  }

  return (
    <div className="space-y-1 sm:col-span-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <label htmlFor={id} className="text-sm font-medium">
          Model
        </label>
        <Checkbox
          checked={showRetired}
          onChange={(event) => setShowRetired(event.target.checked)}
          label="Show retired models"
          className="text-xs text-zinc-300"
        />
      </div>
      {/* Labelled by hand: the "Show retired models" box sits on the label's line. */}
      <Select
        id={id}
        value={value}
        aria-invalid={Boolean(props.error) || Boolean(mark)}
        aria-describedby={`${id}-notes ${id}-error`}
        onChange={(event) => {
          const model = MODEL_NAMES.find((name) => name === event.target.value);
          if (model) props.onChoose(model);
        }}
        className="w-full text-base"
      >
        {options.map((option) => (
          <option key={option.model} value={option.model} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </Select>
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
          <Button
            size="xs"
            onClick={() => checkAgain(mark.model)}
            disabled={checking}
            aria-busy={checking}
            className="px-3"
          >
            {checking ? "Checking…" : "Check again"}
          </Button>
        ) : (
          <p className="text-xs text-zinc-400">An admin can use “Check again” if Kling takes this model again.</p>
        )
      ) : null}
    </div>
  );
}
