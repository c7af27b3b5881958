import {
  apiError,
  type ApiError,
  type ProjectorControl,
  type PushChannel,
  type Result,
  type Role,
  type MeetingSummary,
} from '../../shared/api';
import {
  dispatch,
  emptyState,
  replay,
  runScript,
  toProjectorView,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/domain';
import { handleRequest, type Handlers } from './gate';
import { noLan, type LanControl } from './lan-control';
import type { DocumentExporter } from './documents';
import type { SigningService } from './signing';
import { followupHandlers } from '../followup/handlers';
import type { FollowupRepository } from '../followup/repository';
import { ProjectorControls } from './projector-control';
import { noProjectorWindow, type ProjectorWindowControl } from './projector-window-control';
import { PushHub } from './push-hub';
import { RepositoryError, type MeetingRepository } from './repository';
import type { SeedCatalogue } from './seeds';
import { summaryOf } from './summary';

export type BackendDeps = Readonly<{
  repository: MeetingRepository;
  seeds: SeedCatalogue;
  clock: () => number;
  newId: () => string;
  lan?: LanControl;
  /** Signed PDFs; absent where no data folder is at hand (tests of the layers above). */
  documents?: DocumentExporter;
  signing?: SigningService;
  /** The follow-up registry across meetings, and the data folder its notices are signed with. */
  followup?: Readonly<{ repo: FollowupRepository; dataDir: string }>;
  /** True the first time a data folder is used (see first-run.ts); absent: never a first run. */
  firstRun?: () => Promise<boolean>;
  /** The desktop app's projector window; absent in the browser version. */
  projectorWindow?: ProjectorWindowControl;
}>;

export type Backend = Readonly<{
  handle(role: Role, channel: unknown, payload: unknown): Promise<Result<unknown>>;
  hub: PushHub;
  /** What a window must receive as soon as it connects, before any change happens. */
  initialPushes(role: Role): ReadonlyArray<readonly [PushChannel, unknown]>;
  lanTokenValid(token: string): boolean;
  activeMeetingId(): string | null;
  projectorControl(): ProjectorControl;
  close(): Promise<void>;
}>;

/**
 * The one backend both carriers talk to. State lives here, not in the windows: every command is
 * stamped with the laptop's time, decided by the pure core, written to disk, and only then
 * acknowledged and pushed to every window.
 */
const followupUnavailable = () =>
  Promise.resolve({ ok: false as const, error: apiError('followup.unavailable') });
const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

export function createBackend(deps: BackendDeps): Backend {
  const hub = new PushHub();
  const states = new Map<string, MeetingState>();
  /** What storage repaired when it opened each meeting: told to the chair once, on opening. */
  const recovery = new Map<string, readonly ApiError[]>();
  const lanes = new Map<string, Promise<unknown>>();
  let active: string | null = null;
  const controls = new ProjectorControls();
  const lan = deps.lan ?? noLan;
  const projectorWindow = deps.projectorWindow ?? noProjectorWindow;

  /** Commands on one meeting run one at a time, so each is decided on the state before it. */
  const serial = <T>(meetingId: string, work: () => Promise<T>): Promise<T> => {
    const previous = lanes.get(meetingId) ?? Promise.resolve();
    const next = previous.then(work, work);
    lanes.set(
      meetingId,
      next.catch(() => undefined),
    );
    return next;
  };

  const load = async (meetingId: string): Promise<MeetingState | null> => {
    const cached = states.get(meetingId);
    if (cached) return cached;
    const loaded = await deps.repository.load(meetingId);
    if (!loaded) return null;
    const state = replay(meetingId, loaded.events);
    recovery.set(meetingId, loaded.notices);
    states.set(meetingId, state);
    return state;
  };

  const liveView = () => {
    const state = active ? states.get(active) : undefined;
    return state ? toProjectorView(state) : null;
  };
  const projectorPayload = () => ({
    view: controls.view(liveView),
    serverTime: deps.clock(),
    control: controls.value,
  });

  const publish = (meetingId: string, state: MeetingState, events: readonly MeetingEvent[]) => {
    hub.publish('meeting/changed', {
      meetingId,
      version: state.version,
      events: [...events],
      save: deps.repository.saveStatus(meetingId),
    });
    if (meetingId === active) hub.publish('projector/view', projectorPayload());
  };

  const store = async (meetingId: string, events: readonly MeetingEvent[], state: MeetingState) => {
    const summary: MeetingSummary = summaryOf(meetingId, state, deps.clock());
    await deps.repository.create(meetingId, events, summary);
    states.set(meetingId, state);
  };

  const handlers: Handlers = {
    'meetings/list': async () => ({ ok: true, value: [...(await deps.repository.list())] }),
    'meetings/firstRun': async () => ({
      ok: true,
      value: { first: deps.firstRun ? await deps.firstRun() : false },
    }),
    'meetings/listDemos': async () => ({ ok: true, value: [...(await deps.seeds.list())] }),
    'meetings/create': async ({ command }) => {
      const meetingId = deps.newId();
      const outcome = dispatch(emptyState(meetingId), { ...command, at: deps.clock() });
      if (!outcome.ok) return { ok: false, error: outcome.error };
      await store(meetingId, outcome.events, outcome.state);
      return { ok: true, value: { meetingId } };
    },
    'meetings/openDemo': async ({ seedId }) => {
      const script = await deps.seeds.load(seedId);
      if (script === null) return { ok: false, error: apiError('seeds.unknown', { seedId }) };
      const meetingId = deps.newId();
      const outcome = runScript(script, meetingId);
      if (!outcome.ok) {
        return { ok: false, error: apiError('seeds.invalid', { seedId, index: outcome.index }) };
      }
      await store(meetingId, outcome.events, outcome.state);
      return { ok: true, value: { meetingId } };
    },
    'meeting/open': async ({ meetingId }) => {
      const state = await load(meetingId);
      if (!state) return { ok: false, error: apiError('meeting.unknown', { meetingId }) };
      active = meetingId;
      hub.publish('projector/view', projectorPayload());
      const notices = [...(recovery.get(meetingId) ?? [])];
      recovery.delete(meetingId);
      return {
        ok: true,
        value: { meetingId, state, save: deps.repository.saveStatus(meetingId), recovery: notices },
      };
    },
    'meeting/dispatch': ({ meetingId, command }) =>
      serial(meetingId, async () => {
        const state = await load(meetingId);
        if (!state) return { ok: false, error: apiError('meeting.unknown', { meetingId }) };
        // The core refuses time going backwards; a laptop clock corrected by NTP must not block the chair.
        const outcome = dispatch(state, { ...command, at: Math.max(deps.clock(), state.lastAt) });
        if (!outcome.ok) return { ok: false, error: outcome.error };
        // Acknowledged once durable. If the disk refuses writes meanwhile, the store keeps the
        // events in order and retries; the chair goes on with saved: false and sees it saved later.
        const durable = deps.repository.append(
          meetingId,
          outcome.events,
          summaryOf(meetingId, outcome.state, deps.clock()),
        );
        let saved: boolean;
        try {
          saved = await Promise.race([
            durable.then(() => true),
            deps.repository.whenUnhealthy().then(() => false),
          ]);
        } catch (error) {
          if (error instanceof RepositoryError) return { ok: false, error: error.error };
          throw error;
        }
        if (!saved) durable.catch(() => undefined);
        states.set(meetingId, outcome.state);
        publish(meetingId, outcome.state, outcome.events);
        return { ok: true, value: { version: outcome.state.version, saved } };
      }),
    'meetings/importScript': async ({ script }) => {
      const meetingId = deps.newId();
      const outcome = runScript(script, meetingId);
      if (!outcome.ok) {
        return {
          ok: false,
          error: apiError('script.invalid', { index: outcome.index, code: outcome.error.code }),
        };
      }
      await store(meetingId, outcome.events, outcome.state);
      return { ok: true, value: { meetingId } };
    },
    'meetings/exportArchive': ({ meetingId }) =>
      typed(async () => {
        const state = await load(meetingId);
        if (!state) return { ok: false, error: apiError('meeting.unknown', { meetingId }) };
        const bytes = await deps.repository.exportArchive(meetingId);
        const title = state.meeting?.title.split('：')[0] ?? meetingId;
        return {
          ok: true,
          value: {
            fileName: `${title}-${state.meeting?.date ?? ''}.yishiting.zip`,
            base64: toBase64(bytes),
          },
        };
      }),
    'meetings/importArchive': ({ base64, onExists }) =>
      typed(async () => {
        const result = await deps.repository.importArchive(fromBase64(base64), onExists);
        // A replaced meeting must be read again from disk, not served from the cache.
        if (result.status === 'imported') states.delete(result.meetingId);
        return { ok: true, value: result };
      }),
    'documents/export': ({ meetingId, ...request }) =>
      typed(async () => {
        const state = await load(meetingId);
        if (!state) return { ok: false, error: apiError('meeting.unknown', { meetingId }) };
        if (!deps.documents) return { ok: false, error: apiError('documents.unavailable') };
        const file = await deps.documents(state, request, deps.clock());
        await deps.repository.savePdf(meetingId, file.fileName, file.bytes);
        return { ok: true, value: { fileName: file.fileName, base64: toBase64(file.bytes) } };
      }),
    'signing/status': () => withSigning((signing) => signing.status()),
    'signing/create': () => withSigning((signing) => signing.create()),
    'signing/import': ({ base64, password, passphrase }) =>
      withSigning((signing) => signing.importPkcs12(fromBase64(base64), password, passphrase)),
    'signing/unlock': ({ passphrase }) => withSigning((signing) => signing.unlock(passphrase)),
    'documents/verify': ({ base64 }) =>
      withSigning((signing) => signing.verify(fromBase64(base64))),
    // Answered below when the follow-up registry is configured; refused otherwise.
    'followup/state': followupUnavailable,
    'followup/board': followupUnavailable,
    'followup/dispatch': followupUnavailable,
    'followup/importMeeting': followupUnavailable,
    'followup/putOnAgenda': followupUnavailable,
    'followup/evaluate': followupUnavailable,
    'followup/exportNotice': followupUnavailable,
    'followup/satisfactionVotes': followupUnavailable,
    'projector/setControl': (patch) => {
      const value = controls.set(patch, deps.clock(), liveView);
      hub.publish('projector/view', projectorPayload());
      hub.publish('projector/control', value);
      return Promise.resolve({ ok: true, value });
    },
    'projectorWindow/status': () => Promise.resolve({ ok: true, value: projectorWindow.status() }),
    'projectorWindow/act': ({ action }) =>
      Promise.resolve(
        projectorWindow.status().available
          ? { ok: true, value: projectorWindow.act(action) }
          : { ok: false, error: apiError('projectorWindow.unavailable') },
      ),
    'lan/status': () => Promise.resolve({ ok: true, value: lan.status() }),
    'lan/set': async ({ enabled }) => {
      try {
        return { ok: true, value: await (enabled ? lan.enable() : lan.disable()) };
      } catch (error) {
        // Typically the LAN port is taken by another program: say so instead of failing silently.
        return {
          ok: false,
          error: apiError('lan.unavailable', {
            message: String((error as Error).message ?? error),
          }),
        };
      }
    },
    'lan/rotateToken': async () => ({ ok: true, value: await lan.rotate() }),
  };

  /** Storage and document refusals are answers with a code, not exceptions. */
  async function typed<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof RepositoryError) return { ok: false, error: error.error };
      throw error;
    }
  }

  function withSigning<T>(work: (signing: SigningService) => Promise<T>): Promise<Result<T>> {
    const signing = deps.signing;
    if (!signing) return Promise.resolve({ ok: false, error: apiError('documents.unavailable') });
    return typed(async () => ({ ok: true, value: await work(signing) }));
  }

  // The follow-up channels: the same gate, the meeting path for agenda changes, and a push so
  // every open board fetches again after a change.
  if (deps.followup) {
    const followup = followupHandlers({
      repo: deps.followup.repo,
      dataDir: deps.followup.dataDir,
      ...(deps.signing ? { identity: deps.signing.identity } : {}),
      clock: deps.clock,
      meetingState: (meetingId) => load(meetingId),
      dispatchMeeting: (meetingId, command) =>
        handlers['meeting/dispatch']({ meetingId, command } as never),
    });
    const repo = deps.followup.repo;
    const announce = <T>(result: Result<T>): Result<T> => {
      if (result.ok) hub.publish('followup/changed', { version: repo.state().version });
      return result;
    };
    Object.assign(handlers, {
      'followup/state': followup['followup/state'],
      'followup/board': followup['followup/board'],
      'followup/exportNotice': followup['followup/exportNotice'],
      'followup/satisfactionVotes': followup['followup/satisfactionVotes'],
      'followup/dispatch': async (request: never) =>
        announce(await followup['followup/dispatch'](request)),
      'followup/importMeeting': async (request: never) =>
        announce(await followup['followup/importMeeting'](request)),
      'followup/putOnAgenda': async (request: never) =>
        announce(await followup['followup/putOnAgenda'](request)),
      'followup/evaluate': async (request: never) =>
        announce(await followup['followup/evaluate'](request)),
    });
  }

  // When the disk recovers (or fails), every chair window learns the new save status at once.
  const stopWatching = deps.repository.onSaveStatusChange(() => {
    for (const [meetingId, state] of states) publish(meetingId, state, []);
  });

  return {
    handle: (role, channel, payload) => handleRequest(handlers, role, channel, payload),
    hub,
    initialPushes: (role) =>
      role === 'chair'
        ? [['projector/control', controls.value]]
        : [['projector/view', projectorPayload()]],
    lanTokenValid: (token) => lan.tokenValid(token),
    activeMeetingId: () => active,
    projectorControl: () => controls.value,
    close: async () => {
      stopWatching();
      await deps.followup?.repo.close();
      await deps.repository.close();
    },
  };
}
