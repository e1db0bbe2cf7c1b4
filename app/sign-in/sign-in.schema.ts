import { z } from "zod";
import { emailSchema } from "@/lib/auth/account.schema";

export const signInSchema = z.object({
  email: emailSchema,
  // Any length: a wrong password is answered the same whatever it looks like.
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password."),
  next: z.string().optional(),
});
