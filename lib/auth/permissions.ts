/**
 * Who may do what, as data. Plain module (no server-only): the UI reads it to hide what a role cannot
 * use, while every real check runs on the server through lib/auth/session.ts.
 */
export const ROLES = ["admin", "creator", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ["view", "review", "generate", "manage_team", "manage_settings"] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Reviewers watch, comment, decide and circle a shot's pick but cannot spend; creators also generate (and
 * organize what the team sees: delete takes, move them between shots, rename shots); admins run the team.
 */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ["view", "review", "generate", "manage_team", "manage_settings"],
  creator: ["view", "review", "generate"],
  reviewer: ["view", "review"],
};

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  creator: "Creator",
  reviewer: "Reviewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Manages members, settings and the spending cap; can also generate and review.",
  creator: "Generates takes and reviews them.",
  reviewer: "Watches, comments and decides; cannot spend.",
};

/** What a person is trying to do, in words, for "you cannot …" messages. */
export const PERMISSION_PHRASES: Record<Permission, string> = {
  view: "view the studio",
  review: "review takes",
  generate: "generate takes (it spends the team's units)",
  manage_team: "manage the team",
  manage_settings: "change the studio's settings",
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
