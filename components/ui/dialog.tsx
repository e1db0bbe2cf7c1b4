"use client";

import * as AlertDialogPrimitive from "@radix-ui/react-alert-dialog";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { type ReactNode, useRef } from "react";
import { Button } from "./button";
import { cn } from "./cn";

const OVERLAY = "fixed inset-0 z-40 bg-black/60";
const CONTENT =
  "fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg border border-line bg-panel p-5 text-zinc-100 shadow-xl";
const TITLE = "text-lg font-semibold";

/**
 * A modal dialog, opened and closed by its owner (`open`, `onClose`). Escape, the overlay and
 * `onClose` close it; focus is held inside while it is open and goes back to where it was before.
 * The title names the dialog; the description, when there is one, describes it.
 */
export function Dialog(props: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const focusReturn = useFocusReturn();
  return (
    <DialogPrimitive.Root open={props.open} onOpenChange={(open) => (open ? undefined : props.onClose())}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className={OVERLAY} />
        <DialogPrimitive.Content
          className={cn(CONTENT, "max-w-lg", props.className)}
          {...(props.description ? {} : { "aria-describedby": undefined })}
          {...focusReturn}
        >
          <DialogPrimitive.Title className={TITLE}>{props.title}</DialogPrimitive.Title>
          {props.description ? (
            <DialogPrimitive.Description className="text-sm text-zinc-300">
              {props.description}
            </DialogPrimitive.Description>
          ) : null}
          {props.children}
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

/**
 * A question before something that cannot be undone (an alertdialog). Focus starts on the safe choice;
 * Escape and the cancel button both keep things as they were.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const focusReturn = useFocusReturn();
  return (
    <AlertDialogPrimitive.Root open={props.open} onOpenChange={(open) => (open ? undefined : props.onCancel())}>
      <AlertDialogPrimitive.Portal>
        <AlertDialogPrimitive.Overlay className={OVERLAY} />
        <AlertDialogPrimitive.Content className={cn(CONTENT, "max-w-md")} {...focusReturn}>
          <AlertDialogPrimitive.Title className={TITLE}>{props.title}</AlertDialogPrimitive.Title>
          <AlertDialogPrimitive.Description className="text-sm text-zinc-300">
            {props.body}
          </AlertDialogPrimitive.Description>
          <div className="flex justify-end gap-2">
            <AlertDialogPrimitive.Cancel asChild>
              <Button size="md">{props.cancelLabel}</Button>
            </AlertDialogPrimitive.Cancel>
            {/* Not a Radix Action: that would close through onCancel too. The owner closes it on confirm. */}
            <Button variant="danger" size="md" onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
          </div>
        </AlertDialogPrimitive.Content>
      </AlertDialogPrimitive.Portal>
    </AlertDialogPrimitive.Root>
  );
}

/**
 * Our dialogs are opened from anywhere, not from a Radix trigger, so Radix has nowhere to send focus
 * when they close: remember what had focus as the dialog opens, and go back there.
 */
function useFocusReturn() {
  const returnTo = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      if (returnTo.current?.isConnected) returnTo.current.focus();
      returnTo.current = null;
    },
  };
}
