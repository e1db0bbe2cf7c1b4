/** How long an invite link may stay usable: the choices the Team page offers, in days. */
export const INVITE_EXPIRY_DAYS = [1, 7, 30] as const;
