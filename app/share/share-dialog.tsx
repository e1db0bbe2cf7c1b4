"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { SHARE_EXPIRY_CHOICES } from "@/lib/share/share-link.schema";
import { createShareLinkAction } from "./actions";

type Created = { url: string; expiresAt: string | null; takeCount: number };

/**
 * Making a share link for one take or a selection: optional title and expiry, then the link, shown
 * once (only its hash is stored) with a Copy button. Closing forgets the link and any error, so the
 * next opening starts afresh.
 */
export function ShareDialog(props: { takeIds: string[]; open: boolean; onClose: () => void; onCreated?: () => void }) {
  const { takeIds, open, onClose, onCreated } = props;
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<Created>();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const close = () => {
    setCreated(undefined);
    setError(undefined);
    setFieldErrors({});
    onClose();
  };

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
    <Dialog
      open={open}
      onClose={close}
      title={`Share ${what}`}
      description={
        created
          ? undefined
          : `Anyone with the link can watch ${what} without signing in, with the comments approved for sharing. Prompts, settings and other comments stay private.`
      }
    >
      {created ? (
        <>
          <CreatedLink link={created} />
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </>
      ) : (
        <form action={create} className="space-y-3" noValidate>
          <Field label="Title (optional)" error={fieldErrors.title?.[0]}>
            <Input name="title" maxLength={120} controlSize="md" className="w-full" />
          </Field>
          <Field label="Expires">
            <Select name="expiry" defaultValue="7" controlSize="md">
              {SHARE_EXPIRY_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.value === "never" ? "Never" : `After ${choice.label}`}
                </option>
              ))}
            </Select>
          </Field>
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? "Creating link…" : "Create link"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function CreatedLink({ link }: { link: Created }) {
  const input = useRef<HTMLInputElement>(null);
  // The link replaces the form: the keyboard lands on it, ready to copy.
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
    <Alert tone="info" className="space-y-2 p-3">
      <p>
        Link for {link.takeCount === 1 ? "1 take" : `${link.takeCount} takes`},{" "}
        {link.expiresAt ? `working until ${formatDate(link.expiresAt)}` : "working until it is revoked"}. It is shown
        only now: copy it before closing.
      </p>
      <div className="flex gap-2">
        <Input
          ref={input}
          readOnly
          aria-label="Share link"
          value={link.url}
          onFocus={(event) => event.currentTarget.select()}
          controlSize="sm"
          className="min-w-0 flex-1 font-mono text-xs"
        />
        <Button size="xs" onClick={copy}>
          Copy link
        </Button>
      </div>
    </Alert>
  );
}

export function formatDate(iso: string): string {
  return `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}
