"use client";

import { useEffect, useId, useRef } from "react";

export type ConfirmRequest = {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
};

/**
 * A modal question (native <dialog> as an alertdialog): focus moves to the safe choice, Escape and the
 * cancel button both keep things as they were, and focus returns to where it was when it closes.
 */
export function ConfirmDialog(props: { request: ConfirmRequest | null; onConfirm: () => void; onCancel: () => void }) {
  const { request, onConfirm, onCancel } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const open = request !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const returnTo = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
      return () => {
        if (dialog.open) dialog.close();
        if (returnTo instanceof HTMLElement) returnTo.focus();
      };
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-md rounded-lg border border-line bg-panel p-5 text-zinc-100 backdrop:bg-black/60"
    >
      {request ? (
        <div className="space-y-4">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {request.title}
          </h2>
          <p id={`${id}-body`} className="text-sm text-zinc-300">
            {request.body}
          </p>
          <div className="flex justify-end gap-2">
            <button
              ref={cancelRef}
              type="button"
              onClick={onCancel}
              className="rounded-md border border-line px-3 py-2 text-sm hover:bg-ink"
            >
              {request.cancelLabel}
            </button>
            <button
              type="button"
              onClick={onConfirm}
              className="rounded-md bg-red-700 px-3 py-2 text-sm font-medium text-white hover:bg-red-600"
            >
              {request.confirmLabel}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
