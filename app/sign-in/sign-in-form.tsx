"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { signInAction } from "./actions";

type State = { result: ActionResult<null> | null; email: string };

export function SignInForm(props: { next: string }) {
  const [state, formAction, pending] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => ({
      result: await signInAction(formData),
      email: String(formData.get("email") ?? ""),
    }),
    { result: null, email: "" },
  );
  const failure = state.result && !state.result.ok ? state.result : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={props.next} />
      <Field label="Email" id="field-email" error={failure?.fieldErrors?.email?.[0]}>
        <Input name="email" type="email" autoComplete="email" defaultValue={state.email} required className="w-full" />
      </Field>
      <Field label="Password" id="field-password" error={failure?.fieldErrors?.password?.[0]}>
        <Input name="password" type="password" autoComplete="current-password" required className="w-full" />
      </Field>
      {failure ? <Alert>{failure.message}</Alert> : null}
      <Button type="submit" variant="primary" size="md" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
