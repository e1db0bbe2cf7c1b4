"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { SHARE_EXPIRY_CHOICES } from "@/lib/share/share-link.schema";
import { createShareLinkAction } from "./actions";

type Created = { url: string; expiresAt: string | null; takeCount: number };

/**
 * Making a share link for one take or a selection: optional title and expiry, then the link, shown
 * once (only its hash is stored) with a Copy button. A native modal <dialog>: Escape closes it and
 * focus goes back where it was.
 */
export function ShareDialog(props: { takeIds: string[]; open: boolean; onClose: () => void; onCreated?: () => void }) {
  const { takeIds, open, onClose, onCreated } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<Created>();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open || dialog.open) return;
    const returnTo = document.activeElement;
    setCreated(undefined);
    setError(undefined);
    setFieldErrors({});
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (returnTo instanceof HTMLElement) returnTo.focus();
    };
  }, [open]);

  const create = (formData: FormData) =>
    startTransition(async () => {
      const result = await createShareLinkAction({
        takeIds,
        title: formData.get("title") ?? "",
        expiry: formData.get("expiry"),
      });
      if (!result.ok) {
        setError(result.message);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(undefined);
      setFieldErrors({});
      setCreated({
        url: `${result.data.publicOrigin ?? window.location.origin}${result.data.path}`,
        expiresAt: result.data.expiresAt,
        takeCount: result.data.takeCount,
      });
      onCreated?.();
    });

  const what = takeIds.length === 1 ? "this take" : `${takeIds.length} takes`;
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-full max-w-lg rounded-lg border border-line bg-panel p-5 text-zinc-100 backdrop:bg-black/60"
    >
      {open ? (
        <div className="space-y-4">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            Share {what}
          </h2>
          {created ? (
            <CreatedLink link={created} />
          ) : (
            <form action={create} className="space-y-3" noValidate>
              <p className="text-sm text-zinc-300">
                Anyone with the link can watch {what} without signing in, with the comments approved for sharing.
                Prompts, settings and other comments stay private.
              </p>
              <div className="space-y-1 text-sm">
                <label htmlFor={`${id}-name`} className="block font-medium">
                  Title (optional)
                </label>
                <input
                  id={`${id}-name`}
                  name="title"
                  maxLength={120}
                  aria-invalid={fieldErrors.title ? true : undefined}
                  aria-describedby={fieldErrors.title ? `${id}-title-error` : undefined}
                  className="w-full rounded-md border border-line bg-ink px-2 py-1.5"
                />
                {fieldErrors.title ? (
                  <p id={`${id}-title-error`} className="text-xs text-red-300">
                    {fieldErrors.title[0]}
                  </p>
                ) : null}
              </div>
              <div className="space-y-1 text-sm">
                <label htmlFor={`${id}-expiry`} className="block font-medium">
                  Expires
                </label>
                <select
                  id={`${id}-expiry`}
                  name="expiry"
                  defaultValue="7"
                  className="rounded-md border border-line bg-ink px-2 py-1.5"
                >
                  {SHARE_EXPIRY_CHOICES.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.value === "never" ? "Never" : `After ${choice.label}`}
                    </option>
                  ))}
                </select>
              </div>
              {error ? (
                <p role="alert" className="text-sm text-red-300">
                  {error}
                </p>
              ) : null}
              <div className="flex justify-end gap-2">
                <button
                  type="button"
                  onClick={onClose}
                  className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-ink"
                >
                  Cancel
                </button>
                <button
                  type="submit"
                  disabled={pending}
                  className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
                >
                  {pending ? "Creating link…" : "Create link"}
                </button>
              </div>
            </form>
          )}
          {created ? (
            <div className="flex justify-end">
              <button
                type="button"
                onClick={onClose}
                className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-ink"
              >
                Done
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}

function CreatedLink({ link }: { link: Created }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      toast.success("Share link copied.");
    } catch {
      toast.error("Could not copy; select the link and copy it yourself.");
    }
  };
  return (
    <div role="status" className="space-y-2 rounded-md border border-accent/60 bg-accent/10 p-3 text-sm">
      <p>
        Link for {link.takeCount === 1 ? "1 take" : `${link.takeCount} takes`},{" "}
        {link.expiresAt ? `working until ${formatDate(link.expiresAt)}` : "working until it is revoked"}. It is shown
        only now: copy it before closing.
      </p>
      <div className="flex gap-2">
        <input
          ref={input}
          readOnly
          aria-label="Share link"
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-ink px-2 py-1 font-mono text-xs"
        />
        <button type="button" onClick={copy} className="rounded-md border border-line px-2 py-1 text-xs hover:bg-ink">
          Copy link
        </button>
      </div>
    </div>
  );
}

export function formatDate(iso: string): string {
  return `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}
