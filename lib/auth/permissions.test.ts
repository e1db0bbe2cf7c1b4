import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { authorize, type CurrentUser } from "./authorize";
import { safeNextPath, signInPath } from "./next-path";
import { can, PERMISSIONS, type Permission, ROLES, type Role } from "./permissions";

const EXPECTED: Record<Role, Record<Permission, boolean>> = {
  admin: { view: true, review: true, generate: true, manage_team: true, manage_settings: true },
  creator: { view: true, review: true, generate: true, manage_team: false, manage_settings: false },
  reviewer: { view: true, review: true, generate: false, manage_team: false, manage_settings: false },
};

const user = (role: Role): CurrentUser => ({ id: "u1", name: "Ana", email: "ana@example.com", role, isOwner: false });

describe("permissions", () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      it(`${role} ${EXPECTED[role][permission] ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(EXPECTED[role][permission]);
      });
    }
  }

  it("refuses a signed-out request as unauthorized (401)", () => {
    const error = catchError(() => authorize(null, "view"));
    expect(error.code).toBe("unauthorized:signed_out");
    expect(error.status).toBe(401);
  });

  it("refuses a reviewer's generate as forbidden (403) with a message naming the role", () => {
    const error = catchError(() => authorize(user("reviewer"), "generate"));
    expect(error.code).toBe("forbidden:generate");
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/Your role \(Reviewer\) cannot generate takes/);
  });

  it("lets a user through when the role has the permission, or when none is asked", () => {
    expect(authorize(user("creator"), "generate").role).toBe("creator");
    expect(authorize(user("reviewer")).role).toBe("reviewer");
  });
});

describe("where sign-in returns to", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeNextPath("/gallery?status=ready")).toBe("/gallery?status=ready");
    expect(safeNextPath("/takes/abc#player")).toBe("/takes/abc#player");
  });

  it("refuses other sites, protocol-relative and backslash tricks, and non-paths", () => {
    for (const raw of [
      "https://evil.example",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "gallery",
      "",
      undefined,
      42,
    ]) {
      expect(safeNextPath(raw)).toBe("/");
    }
  });

  it("does not return to the sign-in or setup pages", () => {
    expect(safeNextPath("/sign-in?next=/x")).toBe("/");
    expect(safeNextPath("/setup")).toBe("/");
  });

  it("builds the sign-in link with next and extra parameters", () => {
    expect(signInPath("/gallery")).toBe("/sign-in?next=%2Fgallery");
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("//evil.example")).toBe("/sign-in");
    expect(signInPath("/team", { denied: "manage_team" })).toBe("/sign-in?denied=manage_team&next=%2Fteam");
  });
});

function catchError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}
