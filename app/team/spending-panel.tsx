"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input } from "@/components/ui/field";
import { formatUnitNumber, formatUnits } from "@/lib/spending/format";
import { setSpendingCapAction } from "./actions";

export type SpendingView = {
  monthLabel: string;
  capUnits: number | null;
  teamUnits: number;
  teamUsd: number;
  remainingUnits: number | null;
  members: { key: string; name: string; units: number; usd: number }[];
};

export function SpendingPanel(props: { spending: SpendingView; canEditCap: boolean }) {
  const { spending } = props;
  const share = spending.capUnits ? Math.min(1, spending.teamUnits / spending.capUnits) : 0;
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <p className="text-sm">
          <strong className="text-lg text-white">{formatUnits(spending.teamUnits)}</strong>{" "}
          <span className="text-zinc-400">
            (${spending.teamUsd.toFixed(2)}) spent by the team in {spending.monthLabel}
          </span>
        </p>
        {spending.capUnits === null ? (
          <p className="text-sm text-zinc-400">No monthly cap: takes are never refused for cost.</p>
        ) : (
          <>
            <meter
              aria-label="Share of the monthly cap used"
              min={0}
              max={spending.capUnits}
              value={Math.min(spending.teamUnits, spending.capUnits)}
              className="sr-only"
            />
            {/* The meter above is what is read out; this bar is how it looks. */}
            <div aria-hidden className="h-2 overflow-hidden rounded bg-line">
              <div
                className={cn("h-full", share >= 1 ? "bg-red-500" : share > 0.8 ? "bg-amber-500" : "bg-accent")}
                style={{ width: `${share * 100}%` }}
              />
            </div>
            <p className="text-sm text-zinc-300">
              {formatUnitNumber(spending.remainingUnits ?? 0)} of the {formatUnitNumber(spending.capUnits)}-unit monthly
              cap left.
            </p>
          </>
        )}
      </div>
      {props.canEditCap ? <CapForm capUnits={spending.capUnits} /> : null}
      <table className="w-full text-left text-sm">
        <caption className="pb-2 text-left text-xs uppercase tracking-wide text-zinc-400">
          By member, this month
        </caption>
        <tbody className="divide-y divide-line">
          {spending.members.map((member) => (
            <tr key={member.key}>
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {member.name}
              </th>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatUnits(member.units)}</td>
              <td className="py-1.5 text-right tabular-nums text-zinc-400">${member.usd.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-zinc-400">
        A take counts its charged units once Kling reports them, its estimate until then. Failed takes cost nothing;
        deleted takes still count. Months are calendar months in UTC.
      </p>
    </div>
  );
}

function CapForm(props: { capUnits: number | null }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const save = (capUnits: FormDataEntryValue | null) =>
    startTransition(async () => {
      const result = await setSpendingCapAction({ capUnits });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(undefined);
      toast.success(
        result.data.capUnits === null
          ? "The monthly cap was removed."
          : `The monthly cap is now ${formatUnits(result.data.capUnits)}.`,
      );
    });
  return (
    <form action={(formData) => save(formData.get("capUnits"))} className="flex flex-wrap items-end gap-3">
      <Field label="Monthly cap (units)" id="cap-units">
        <Input
          name="capUnits"
          controlSize="md"
          type="number"
          min={0}
          step="0.5"
          inputMode="decimal"
          defaultValue={props.capUnits ?? ""}
          placeholder="No cap"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "cap-error" : undefined}
          className="w-36"
        />
      </Field>
      <Button type="submit" variant="primary" disabled={pending}>
        Save cap
      </Button>
      {props.capUnits !== null ? (
        <Button disabled={pending} onClick={() => save("")}>
          Remove cap
        </Button>
      ) : null}
      {error ? (
        <Alert id="cap-error" className="w-full">
          {error}
        </Alert>
      ) : null}
    </form>
  );
}
