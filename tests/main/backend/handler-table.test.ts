import { describe, expect, it } from 'vitest';
import { requestChannels } from '../../../shared/api';
import { memoryRepository } from '../../../main/backend/repository';
import { createContext } from '../../../main/backend/handlers/context';
import { backendHandlers, joinAreas } from '../../../main/backend/handlers';
import { documentsHandlers } from '../../../main/backend/handlers/documents';
import { followupAreaHandlers } from '../../../main/backend/handlers/followup';
import { hubLinkHandlers } from '../../../main/backend/handlers/hub-link';
import { lanHandlers } from '../../../main/backend/handlers/lan';
import { meetingHandlers } from '../../../main/backend/handlers/meeting';
import { meetingsHandlers } from '../../../main/backend/handlers/meetings';
import { settingsHandlers } from '../../../main/backend/handlers/settings';
import { signingHandlers } from '../../../main/backend/handlers/signing';
import { projectorHandlers } from '../../../main/backend/handlers/projector';
import { roomHandlers } from '../../../main/backend/handlers/room';
import { joinHandlers } from '../../../main/backend/handlers/join';
import { participantHandlers } from '../../../main/backend/handlers/participant';

const ctx = createContext({
  repository: memoryRepository(),
  seeds: { list: () => Promise.resolve([]), load: () => Promise.resolve(null) },
  clock: () => 0,
  newId: () => 'm1',
});

describe('the backend handler table, one module per area', () => {
  it('answers every request channel of the API table, and nothing else', () => {
    expect(Object.keys(backendHandlers(ctx)).sort()).toEqual(Object.keys(requestChannels).sort());
  });

  it('is checked by the compiler: a channel answered twice or by no area does not compile', () => {
    const lan = lanHandlers(ctx);
    const projector = projectorHandlers(ctx);
    const areas = [
      meetingsHandlers(ctx),
      meetingHandlers(ctx),
      documentsHandlers(ctx),
      signingHandlers(ctx),
      settingsHandlers(ctx),
      followupAreaHandlers(ctx),
      hubLinkHandlers(ctx),
      roomHandlers(ctx),
      joinHandlers(ctx),
      participantHandlers(ctx),
    ] as const;
    // The full table compiles; the directives below fail `tsc` if the compiler stops refusing
    // the broken ones.
    const full = () => joinAreas(...areas, lan, projector);
    // @ts-expect-error two areas answer the LAN channels
    const twice = () => joinAreas(...areas, lan, projector, lan);
    // @ts-expect-error most channels have no handler
    const missing = () => joinAreas(lan, projector);
    expect(Object.keys(full()).length).toBe(Object.keys(requestChannels).length);
    expect(typeof twice).toBe('function');
    expect(typeof missing).toBe('function');
  });
});
