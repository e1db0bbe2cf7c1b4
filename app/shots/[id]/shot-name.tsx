"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { afterAction } from "@/components/action-toast";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { SHOT_NAME_MAX, shotNameSchema } from "@/lib/shots/shot.schema";
import { renameShotAction } from "./actions";

/** The shot's name as the page's heading; "Rename" turns it into a small form in place. */
export function ShotName(props: { shotId: string; name: string; canRename: boolean }) {
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 id="shot-heading" className="text-xl font-semibold break-words">
          {props.name}
        </h1>
        {props.canRename ? (
          <Button variant="link" className="text-sm" onClick={() => setEditing(true)}>
            Rename
          </Button>
        ) : null}
      </div>
    );
  }
  return <RenameForm {...props} onDone={() => setEditing(false)} />;
}

function RenameForm(props: { shotId: string; name: string; onDone: () => void }) {
  const router = useRouter();
  const [value, setValue] = useState(props.name);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const checked = shotNameSchema.safeParse(value);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    startTransition(async () => {
      const result = await renameShotAction({ shotId: props.shotId, name: checked.data });
      if (!result.ok) setError(result.fieldErrors?.name?.[0] ?? result.message);
      afterAction(result, () => {
        props.onDone();
        router.refresh();
      });
    });
  }

  return (
    <form onSubmit={submit} aria-label="Rename the shot" className="flex flex-wrap items-end gap-2">
      <h1 id="shot-heading" className="sr-only">
        {props.name}
      </h1>
      <Field label="Shot name" error={error} hint={`Up to ${SHOT_NAME_MAX} characters.`} className="min-w-64 flex-1">
        <Input
          value={value}
          onChange={(event) => setValue(event.target.value)}
          maxLength={SHOT_NAME_MAX + 20}
          autoFocus
          className="w-full"
        />
      </Field>
      <div className="flex gap-2 pb-5">
        <Button type="submit" variant="primary" size="md" disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </Button>
        <Button size="md" onClick={props.onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
