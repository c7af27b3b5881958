// POST /api/dash/communities: a new community and its one-time enrolment code (shown once; the
// store keeps only its hash). The store's createCommunity writes the audit row.
import { addCommunityRequestSchema, type AddCommunityReply } from '../../../shared/hub/api';
import { createCommunity } from '../enrol';
import type { HubContext, HubReply, HubRequest, HubRoute } from '../server/route';
import { badRequest } from './filters';
import { fieldOf, staffLogin } from './staff-input';

async function addCommunity(request: HubRequest, context: HubContext): Promise<HubReply> {
  const parsed = addCommunityRequestSchema.safeParse(request.body);
  if (!parsed.success) return badRequest(fieldOf(parsed.error.issues));
  const { id, name } = parsed.data;
  // The store's createCommunity also renames an existing one and issues it a new code (the CLI's
  // re-enrolment); from the dashboard's form an id already taken is more likely a typing slip.
  const taken = await context.db.query('SELECT 1 FROM communities WHERE id = $1', [id]);
  if (taken.rowCount !== 0) return { status: 409, json: { error: 'communityExists' } };
  const { code } = await createCommunity(
    context.db,
    { id, name },
    `staff:${staffLogin(request)}`,
    context.now(),
  );
  const reply: AddCommunityReply = { id, name, code };
  return { status: 200, json: reply };
}

export const addCommunityRoute: HubRoute = {
  method: 'POST',
  path: '/api/dash/communities',
  auth: 'staff',
  body: 'json',
  handle: addCommunity,
};
