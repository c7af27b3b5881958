import { X509Certificate } from 'node:crypto';
import type { HubLinkStatus, HubSyncResult } from '../../shared/api/hub-link';
import type { Locale } from '../../shared/i18n';
import { hubAddress } from './address';
import { enrol as enrolAtHub, type HubCall } from './client';
import type { HubLinkDeps } from './deps';
import { HubLinkError } from './errors';
import { readHubLink, writeHubLink, type HubLink } from './link-file';
import { readHubLinkLog, writeHubLinkLog, type HubLinkLog } from './log-file';
import { resultOf, sendAll, type SendOutcome } from './send';
import { syncComments } from './sync';

export type { HubLinkDeps } from './deps';

/** 报送街道办, as the backend's channels use it (main/backend/handlers/hub-link.ts). */
export type HubLinkService = Readonly<{
  status(locale: Locale): Promise<HubLinkStatus>;
  enrol(address: string, code: string, locale: Locale): Promise<HubLinkStatus>;
  send(locale: Locale): Promise<SendOutcome>;
  sync(locale: Locale): Promise<HubSyncResult>;
}>;

/**
 * The hub link of one data folder. Enrolment, sending and syncing run one at a time (a second
 * click while one runs is refused, not queued behind a slow network); the status is read any
 * time. A damaged link file is set aside once and reported until the chair enrols again.
 */
export function hubLinkService(deps: HubLinkDeps): HubLinkService {
  let damaged: string | null = null;
  let running = false;

  const link = async (): Promise<HubLink | null> => {
    const loaded = await readHubLink(deps.dataDir, deps.fs);
    if (loaded.damaged) damaged = loaded.damaged;
    return loaded.value;
  };

  const alone = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running) throw new HubLinkError('hubLink.busy');
    running = true;
    try {
      return await work();
    } finally {
      running = false;
    }
  };

  /** Runs `work` with the link and its log; the log is written even when the work fails. */
  const withLog = <T>(locale: Locale, work: (call: HubCall, log: HubLinkLog) => Promise<T>) =>
    alone(async () => {
      const current = await link();
      if (!current) {
        if (damaged) throw new HubLinkError('hubLink.linkDamaged', { keptAs: damaged });
        throw new HubLinkError('hubLink.notLinked');
      }
      const { address, communityId, token } = current;
      const log = await readHubLinkLog(deps.dataDir, address, communityId, deps.fs);
      const call: HubCall = {
        address,
        token,
        locale,
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      };
      try {
        return await work(call, log);
      } finally {
        await writeHubLinkLog(deps.dataDir, log, deps.fs);
      }
    });

  const status = async (locale: Locale): Promise<HubLinkStatus> => {
    const current = await link();
    const log = current
      ? await readHubLinkLog(deps.dataDir, current.address, current.communityId, deps.fs)
      : null;
    // The latest bundle of each meeting, newest first.
    const latest = new Map<string, HubLinkLog['bundles'][string]>();
    for (const entry of Object.values(log?.bundles ?? {})) {
      const seen = latest.get(entry.meetingId);
      if (
        !seen ||
        entry.sequence > seen.sequence ||
        (entry.sequence === seen.sequence && entry.at >= seen.at)
      )
        latest.set(entry.meetingId, entry);
    }
    return {
      linked: current !== null,
      address: current?.address ?? null,
      communityId: current?.communityId ?? null,
      communityName: current?.communityName ?? null,
      enrolledAt: current?.enrolledAt ?? null,
      damaged: current ? null : damaged,
      sends: [...latest.values()]
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.sequence - a.sequence))
        .map((entry) => resultOf(entry, locale)),
      missing: log?.missing ?? [],
      lastSyncAt: log?.lastSyncAt ?? null,
    };
  };

  return {
    status,
    enrol: (addressText, code, locale) =>
      alone(async () => {
        const address = hubAddress(addressText);
        const identity = await deps.identity();
        const [der] = identity.certificates;
        if (!der) throw new HubLinkError('hubLink.notSigning');
        const certificatePem = new X509Certificate(der).toString();
        const call: HubCall = {
          address,
          locale,
          ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        };
        const enrolled = await enrolAtHub(call, code.trim(), certificatePem);
        await writeHubLink(
          deps.dataDir,
          {
            version: 1,
            address,
            communityId: enrolled.communityId,
            communityName: enrolled.communityName,
            token: enrolled.token,
            enrolledAt: new Date(deps.clock()).toISOString(),
          },
          deps.fs,
        );
        damaged = null;
        return status(locale);
      }),
    send: (locale) => withLog(locale, (call, log) => sendAll(deps, call, log)),
    sync: (locale) => withLog(locale, (call, log) => syncComments(deps, call, log)),
  };
}
