/**
 * Who is on the other end of a carrier. The chair may call every request; the projector window
 * and the LAN page only receive the projector view and can send nothing. A participant is a
 * member on their own phone (only their own participant requests); a guest is a phone that has
 * the room link but is not yet confirmed as a member (only the joining requests).
 */
export const ROLES = ['chair', 'projector', 'lan', 'participant', 'guest'] as const;
export type Role = (typeof ROLES)[number];
