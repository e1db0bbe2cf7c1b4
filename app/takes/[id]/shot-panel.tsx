"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { loadTakeShotAction, moveTakeAction } from "@/app/shots/[id]/actions";
import { afterAction } from "@/components/action-toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { TextLink } from "@/components/ui/text-link";
import { takeCount } from "@/lib/shots/shot-view";
import type { ShotChoice } from "@/lib/shots/take-shot";

const NEW_SHOT = "new";

function takeShotKey(takeId: string) {
  return ["take-shot", takeId] as const;
}

/** The shot this take is a sibling in, a link to it, and "Move to…" another shot or a new one. */
export function ShotPanel({ takeId }: { takeId: string }) {
  const [moving, setMoving] = useState(false);
  const shot = useQuery({
    queryKey: takeShotKey(takeId),
    queryFn: async () => {
      const result = await loadTakeShotAction(takeId);
      if (!result.ok) throw new Error(result.message);
      return result.data;
    },
    retry: false,
  });

  if (shot.error) {
    return (
      <Alert tone="warning">
        Could not load this take's shot ({shot.error.message}).{" "}
        <Button variant="link" onClick={() => void shot.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!shot.data) {
    return (
      <p className="text-sm text-zinc-400" aria-busy="true">
        Loading the shot…
      </p>
    );
  }
  const { shot: current, others, canMove } = shot.data;
  return (
    <section aria-label="Shot" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-zinc-400">Shot</span>
      <TextLink href={`/shots/${current.id}`} className="font-medium">
        {current.name}
      </TextLink>
      <span className="text-zinc-400">
        {current.takes === 1 ? "the only take in this shot" : `${takeCount(current.takes)} in this shot`}
      </span>
      {canMove ? (
        <Button size="xs" aria-haspopup="dialog" onClick={() => setMoving(true)}>
          Move to…
        </Button>
      ) : null}
      {moving ? (
        <MoveDialog takeId={takeId} current={current} others={others} onClose={() => setMoving(false)} />
      ) : null}
    </section>
  );
}

function MoveDialog(props: { takeId: string; current: ShotChoice; others: ShotChoice[]; onClose: () => void }) {
  const { takeId, current, others, onClose } = props;
  const router = useRouter();
  const queryClient = useQueryClient();
  const name = useId();
  const canStartNew = current.takes > 1;
  const [target, setTarget] = useState<string>(others[0]?.id ?? (canStartNew ? NEW_SHOT : ""));
  const [pending, startTransition] = useTransition();

  function move(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      afterAction(await moveTakeAction({ takeId, target }), (moved) => {
        toast.success(`Moved to shot “${moved.shotName}”`);
        void queryClient.invalidateQueries({ queryKey: takeShotKey(takeId) });
        router.refresh();
        onClose();
      });
    });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="Move this take to…"
      description={`It leaves “${current.name}” with its comments and review; if it is that shot’s circled take, the circle comes off.`}
    >
      <form onSubmit={move} className="space-y-4">
        <fieldset className="max-h-72 space-y-1 overflow-y-auto">
          <legend className="sr-only">Where the take goes</legend>
          {canStartNew ? (
            <Choice name={name} value={NEW_SHOT} checked={target === NEW_SHOT} onPick={setTarget}>
              A new shot <span className="text-zinc-400">(named after this take's prompt)</span>
            </Choice>
          ) : null}
          {others.map((shot) => (
            <Choice key={shot.id} name={name} value={shot.id} checked={target === shot.id} onPick={setTarget}>
              {shot.name} <span className="text-zinc-400">· {takeCount(shot.takes)}</span>
            </Choice>
          ))}
          {others.length === 0 && !canStartNew ? (
            <p className="text-sm text-zinc-400">
              There is no other shot yet, and this take is already a shot of its own.
            </p>
          ) : null}
        </fieldset>
        <div className="flex justify-end gap-2">
          <Button size="md" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" size="md" disabled={pending || target === ""}>
            {pending ? "Moving…" : "Move take"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function Choice(props: {
  name: string;
  value: string;
  checked: boolean;
  onPick: (value: string) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-white/5">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={() => props.onPick(props.value)}
        className="accent-[var(--color-accent)]"
      />
      <span className="min-w-0 break-words">{props.children}</span>
    </label>
  );
}
