/** The fields of a new account, shared by the setup page, invite acceptance and `npm run user:create`. */
import { z } from "zod";
import { ROLES } from "./permissions";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Keep the name under 100 characters.")
  .refine((value) => !value.includes("\u0000"), "Remove the NUL character from the name.");

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, e.g. ana@example.com."));

const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const roleSchema = z.enum(ROLES, { error: "Choose admin, creator or reviewer." });

/** A form that creates an account: the password is typed twice. */
export const newAccountFormSchema = z
  .object({ name: nameSchema, email: emailSchema, password: passwordSchema, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

/** An account created without a form (the command line, the studio's internal endpoint). */
export const newAccountSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
});

export type NewAccount = z.infer<typeof newAccountSchema>;
