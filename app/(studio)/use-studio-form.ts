"use client";

import { useCallback, useEffect, useLayoutEffect } from "react";
import { useForm } from "react-hook-form";
import { clearDraft, readDraft, writeDraft } from "./draft";
import { DEFAULT_VALUES, type StudioSubmission, type StudioValues, studioResolver } from "./studio-form-schema";

const DRAFT_DEBOUNCE_MS = 400;

/**
 * The studio form with its draft: the server renders the defaults (or a remix), the draft is restored
 * right after hydration (a layout effect, so there is no mismatch and no flash of the defaults), and
 * every change is saved, debounced, and flushed when the page is hidden. A remix wins over the draft.
 */
export function useStudioForm(options: { initial: StudioValues | null }) {
  const form = useForm<StudioValues, unknown, StudioSubmission>({
    resolver: studioResolver,
    defaultValues: options.initial ?? DEFAULT_VALUES,
    mode: "onTouched",
  });
  const restore = options.initial === null;

  useLayoutEffect(() => {
    if (!restore) return;
    const draft = readDraft();
    if (draft) form.reset(draft);
  }, [form, restore]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const flush = () => {
      clearTimeout(timer);
      if (!pending) return;
      pending = false;
      writeDraft(form.getValues());
    };
    const subscription = form.watch(() => {
      pending = true;
      clearTimeout(timer);
      timer = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    });
    window.addEventListener("pagehide", flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [form]);

  const resetForm = useCallback(() => {
    form.reset(DEFAULT_VALUES);
    clearDraft();
  }, [form]);

  return { form, resetForm };
}
