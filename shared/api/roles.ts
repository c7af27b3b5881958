/**
 * Who is on the other end of a carrier. The chair may call every request; the projector window
 * and the LAN page only receive the projector view and can send nothing.
 */
export const ROLES = ['chair', 'projector', 'lan'] as const;
export type Role = (typeof ROLES)[number];
