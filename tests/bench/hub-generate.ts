import { zipSync, strToU8, type Zippable } from 'fflate';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildContent, sha256 } from '../../main/bundle/content';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  type BundleManifest,
} from '../../main/bundle/format';
import { signManifest } from '../../main/bundle/signature';
import { createSelfSignedKey, describeCertificate } from '../../main/signing/certificate';
import type { SigningIdentity } from '../../main/signing/keyring';
import {
  dispatch,
  emptyState,
  type CommandInput,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/domain';
import {
  actionImports,
  dispatchFollowup,
  emptyFollowup,
  evaluationFrom,
  type FollowupCommandInput,
  type FollowupState,
} from '../../shared/followup';

// The hub benchmark's communities: each with its own RSA-2048 key and self-signed certificate (as
// an installation makes on first use, main/signing/certificate.ts), and its meetings played
// through the real core (`dispatch`), their action items through the real follow-up registry
// (`dispatchFollowup`), bundled as main/bundle/write.ts does: the same content builder (redacted
// journal, the replayed public state, the registry rows), the same manifest, the same CMS
// signature, chained by sequence and previous. No filed PDFs: 50,000 signed PDFs cannot be made in
// a bench run, and a meeting with no filed PDF gives a valid bundle. Seeded, so every run makes
// the same meetings (the keys, and so the signatures, differ per run).

/** mulberry32: seeded and fast. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Random = ReturnType<typeof prng>;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const PLACES =
  '幸福 和平 光明 东风 向阳 建设 团结 新华 胜利 长安 朝阳 丰收 友谊 民主 文化 育才 振兴 滨河 翠湖 金桥'.split(
    ' ',
  );
const PLACES2 = '里园苑村湾坊城庄桥岭'.split('');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董'.split('');
const GIVEN = '秀英建国丽萍志远玉芬淑华海燕国庆桂兰振华美玲立平春燕德顺永刚敏静红梅'.split('');
/** Topics as residents' councils take them up; several are about charging (充电), searched for. */
export const TOPICS = [
  '电动自行车集中充电桩安装',
  '非机动车棚智能充电改造',
  '新能源汽车充电车位划设',
  '楼道飞线充电整治',
  '小区停车秩序与错峰停车',
  '公共晾晒空间设置',
  '老旧小区加装电梯',
  '垃圾分类驿站选址',
  '楼道堆物清理',
  '绿化补种与树木修剪',
  '路灯维修与夜间照明',
  '楼顶防水维修',
  '健身器材更新',
  '社区食堂开办',
  '养老驿站服务时间',
  '雨污分流改造',
  '单元门禁系统更换',
  '快递柜设置位置',
  '文明养犬公约',
  '广场舞噪音协调',
  '儿童游乐场地改造',
  '维修资金使用',
] as const;
const OWNERS = ['居委会', '物业服务中心', '业委会', '网格员', '社工站', '施工单位', '街道城管科'];
const CATEGORIES = [
  'committee',
  'committee',
  'residentRep',
  'residentRep',
  'residentRep',
  'residentRep',
  'residentRep',
  'residentRep',
  'nonLocalRep',
  'socialOrg',
  'ownersCommittee',
  'propertyManager',
] as const;

export const MEETINGS_PER_COMMUNITY = 50;
/** First meeting day; meetings run over 24 months from here. */
const FIRST_DAY = Date.UTC(2024, 11, 1);
const DAY = 86_400_000;
/** When the community enrols and sends its history: the bundles' createdAt, a second apart. */
const SENT_AT = Date.UTC(2026, 11, 1, 2, 0, 0);

export const communityId = (index: number): string => `c${String(index + 1).padStart(4, '0')}`;
export function communityName(index: number): string {
  const a = PLACES[index % PLACES.length]!;
  const b = PLACES2[Math.floor(index / PLACES.length) % PLACES2.length]!;
  const c = PLACES[Math.floor(index / (PLACES.length * PLACES2.length)) % PLACES.length]!;
  const prefix = index < PLACES.length * PLACES2.length ? `${a}${b}` : `${c}${a}${b}`;
  return `${prefix}社区居民委员会`;
}

const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const person = (r: Random) => `${pick(r, SURNAMES)}${pick(r, GIVEN)}${pick(r, GIVEN)}`;

type Meeting = { id: string; state: MeetingState; events: MeetingEvent[] };

/** Plays commands through the core, failing loudly on a refusal (the script must be valid). */
function player(meetingId: string, start: number) {
  let state = emptyState(meetingId);
  const events: MeetingEvent[] = [];
  let now = start;
  return {
    run(command: CommandInput, advance = 1_000) {
      now += advance;
      const result = dispatch(state, { ...command, at: now });
      if (!result.ok)
        throw new Error(
          `${meetingId} ${command.type}: ${result.error.code} ${JSON.stringify(result.error.params)}`,
        );
      state = result.state;
      events.push(...result.events);
    },
    get state() {
      return state;
    },
    events,
  };
}

type MeetingPlan = Readonly<{
  id: string;
  date: string;
  start: number;
  timeZone: string;
  evaluate: boolean;
}>;

/** One residents' council: 20–30 members, 2–4 items debated and voted, action items, a 民事民评 vote. */
function playMeeting(r: Random, name: string, plan: MeetingPlan): Meeting {
  const p = player(plan.id, plan.start);
  const topics = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, TOPICS));
  const items = [...new Set(topics)];
  const chair = person(r);
  p.run({
    type: 'meeting/create',
    title: `${name.replace('居民委员会', '')}居民议事会：${items[0]}${items.length > 1 ? `与${items[1]}` : ''}协商`,
    bodyKind: 'residentsCouncil',
    date: plan.date,
    timeZone: plan.timeZone,
    place: `${name}党群服务中心议事厅`,
    chair,
    recorder: person(r),
  });
  const size = 20 + Math.floor(r() * 11);
  const members = Array.from({ length: size }, (_, i) => ({
    memberId: `p${i + 1}`,
    name: i === 0 ? chair : person(r),
    category: CATEGORIES[i % CATEGORIES.length]!,
    affiliation: `${1 + (i % 12)}号楼`,
    // Phones stay on the laptop: buildContent's redaction removes them (main/bundle/redact.ts).
    ...(i < 3 ? { phone: `1380000${String(i).padStart(4, '0')}` } : {}),
  }));
  p.run({ type: 'roster/importMembers', members });
  items.forEach((title, i) =>
    p.run({ type: 'agenda/addItem', itemId: `i${i + 1}`, title, plannedMin: 30 }),
  );
  if (plan.evaluate)
    p.run({ type: 'agenda/addItem', itemId: 'eval', title: '上期项目满意度测评', plannedMin: 15 });
  const present = members.filter(() => r() < 0.9);
  for (const m of present) p.run({ type: 'roster/signIn', memberId: m.memberId }, 20_000);
  p.run({ type: 'meeting/open' }, 60_000);
  const here = present.map((m) => m.memberId);
  items.forEach((title, i) => debate(p, r, here, `i${i + 1}`, title, plan.date));
  if (plan.evaluate) evaluationItem(p, r, present.length);
  p.run({ type: 'meeting/close' }, 60_000);
  return { id: plan.id, state: p.state, events: p.events };
}

type Player = ReturnType<typeof player>;

function debate(
  p: Player,
  r: Random,
  here: readonly string[],
  itemId: string,
  title: string,
  date: string,
) {
  const present = here.length;
  p.run({ type: 'agenda/openItem', itemId }, 30_000);
  const speakers = 2 + Math.floor(r() * 3);
  for (let k = 0; k < speakers; k++) {
    p.run(
      {
        type: 'queue/request',
        memberId: here[(1 + k) % present]!,
        stance: k % 2 ? 'pro' : 'contra',
      },
      5_000,
    );
    p.run({ type: 'queue/callNext', speechId: `${itemId}s${k}` }, 5_000);
    p.run({ type: 'speech/end' }, 90_000 + Math.floor(r() * 90_000));
  }
  const voteId = `v${itemId}`;
  p.run(
    { type: 'vote/open', voteId, itemId, method: 'hands', question: `是否同意${title}方案` },
    10_000,
  );
  const fails = r() < 0.15;
  const yes = fails ? Math.floor(present * 0.3) : Math.ceil(present * (0.7 + r() * 0.25));
  const abstain = Math.min(2, present - yes);
  p.run(
    {
      type: 'vote/enterCounts',
      counts: {
        yes: { heads: yes },
        no: { heads: present - yes - abstain },
        abstain: { heads: abstain },
      },
    },
    60_000,
  );
  const resolution = `同意${title}方案，由${pick(r, OWNERS)}牵头实施，按期向居民公示进展。`;
  p.run({ type: 'vote/close', resolution }, 5_000);
  if (p.state.votes[voteId]?.outcome?.result === 'passed') {
    const deadline = dateOf(Date.parse(date) + (20 + Math.floor(r() * 100)) * DAY);
    const actions = 1 + Math.floor(r() * 2);
    for (let a = 0; a < actions; a++)
      p.run({
        type: 'action/add',
        actionId: `${itemId}a${a}`,
        voteId,
        title: a === 0 ? `落实：${title}` : `${title}：居民公示`,
        owner: pick(r, OWNERS),
        budget: Math.floor(r() * 200_000) * 100,
        deadline,
      });
  }
  p.run({ type: 'agenda/closeItem', itemId }, 5_000);
}

function evaluationItem(p: Player, r: Random, present: number) {
  p.run({ type: 'agenda/openItem', itemId: 'eval' }, 30_000);
  p.run(
    {
      type: 'vote/open',
      voteId: 'veval',
      itemId: 'eval',
      method: 'satisfaction',
      question: '对上期落实项目是否满意',
    },
    10_000,
  );
  const satisfied = Math.floor(present * (0.5 + r() * 0.4));
  const basic = Math.floor((present - satisfied) * 0.7);
  p.run(
    {
      type: 'vote/enterCounts',
      counts: {
        satisfied: { heads: satisfied },
        basicallySatisfied: { heads: basic },
        dissatisfied: { heads: present - satisfied - basic },
      },
    },
    60_000,
  );
  p.run({ type: 'vote/close' }, 5_000);
  p.run({ type: 'agenda/closeItem', itemId: 'eval' }, 5_000);
}

/** The registry as the board keeps it: items imported, started, done, dropped and evaluated. */
function followThrough(r: Random, meetings: readonly Meeting[]): FollowupState {
  let registry = emptyFollowup();
  const apply = (command: FollowupCommandInput, at: number) => {
    const result = dispatchFollowup(registry, {
      ...command,
      at: Math.max(at, registry.lastAt + 1),
    });
    if (!result.ok)
      throw new Error(
        `${command.type}: ${result.error.code} ${JSON.stringify(result.error.params)}`,
      );
    registry = result.state;
  };
  for (const meeting of meetings) {
    const on = meeting.state.meeting!.date;
    const at = meeting.state.lastAt;
    const done: string[] = [];
    for (const key of registry.itemOrder) {
      const item = registry.items[key]!;
      if (item.status === 'done' || item.status === 'dropped') continue;
      const ref = { meetingId: item.meetingId, actionId: item.actionId };
      const roll = r();
      if (item.status === 'planned' && roll < 0.35)
        apply({ type: 'actionItem/start', ...ref, on }, at);
      else if (item.status === 'planned' && roll < 0.37)
        apply({ type: 'actionItem/drop', ...ref, on, reason: '情况变化，另行协商' }, at);
      else if (item.status === 'inProgress' && roll < 0.2) {
        apply(
          {
            type: 'actionItem/complete',
            ...ref,
            on,
            budgetSpent: item.budgetPlanned,
            summary: '已按决议完成',
          },
          at,
        );
        done.push(key);
      }
    }
    const link = meeting.state.votes.veval ? evaluationFrom(meeting.state, 'veval') : null;
    if (link?.ok)
      for (const key of done.slice(0, 2)) {
        const item = registry.items[key]!;
        apply(
          {
            type: 'actionItem/evaluate',
            meetingId: item.meetingId,
            actionId: item.actionId,
            evaluation: link.value,
          },
          at,
        );
      }
    for (const input of actionImports(registry, meeting.state)) apply(input, at);
  }
  return registry;
}

/** The meetings of one community, over 24 months, in date order. */
export function communityMeetings(index: number, count = MEETINGS_PER_COMMUNITY) {
  const r = prng(1_000_003 * (index + 1));
  const name = communityName(index);
  const span = 730 / count;
  const timeZone = index % 50 === 49 ? 'Asia/Urumqi' : 'Asia/Shanghai';
  const meetings: Meeting[] = [];
  for (let k = 0; k < count; k++) {
    const day = FIRST_DAY + Math.floor(k * span + r() * (span - 1)) * DAY;
    const date = dateOf(day);
    const id = `m${date.replaceAll('-', '')}-${k + 1}`;
    const start = Date.parse(`${date}T11:00:00Z`); // 19:00 in Beijing: an evening council
    meetings.push(playMeeting(r, name, { id, date, start, timeZone, evaluate: k % 3 === 2 }));
  }
  return { name, meetings, registry: followThrough(r, meetings) };
}

/** A community's signing identity as the keyring opens it (the parts signManifest uses). */
export function makeIdentity(name: string, pems?: { keyPem: string; certificatePem: string }) {
  const made = pems ?? createSelfSignedKey(name, new Date(FIRST_DAY - 30 * DAY));
  const info = describeCertificate(made.certificatePem);
  const identity: SigningIdentity = {
    source: 'selfSigned',
    ...info,
    chain: [info],
    certificates: [new X509Certificate(made.certificatePem).raw],
    key: createPrivateKey(made.keyPem),
  };
  return { identity, certificatePem: made.certificatePem };
}

export type BuiltBundle = Readonly<{
  bytes: Uint8Array;
  manifestSha256: string;
  sequence: number;
  meetingId: string;
}>;

/** assemble() of main/bundle/write.ts: manifest, signature, zip with the bundle's fixed times. */
async function assemble(
  manifest: BundleManifest,
  files: ReadonlyMap<string, Uint8Array>,
  identity: SigningIdentity,
) {
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const createdAt = new Date(manifest.createdAt);
  const signature = await signManifest(manifestBytes, identity, createdAt);
  const entries: Zippable = {
    'manifest.json': [manifestBytes, { level: 6, mtime: createdAt }],
    'manifest.sig': [new Uint8Array(signature), { level: 0, mtime: createdAt }],
  };
  for (const file of manifest.files)
    entries[file.name] = [
      files.get(file.name)!,
      { level: file.name.startsWith('pdfs/') ? 0 : 6, mtime: createdAt },
    ];
  return { bytes: zipSync(entries), manifestSha256: sha256(manifestBytes) };
}

/** Every bundle of community `index`, sequence 1.., each naming its predecessor's manifest. */
export async function* communityBundles(
  index: number,
  identity: SigningIdentity,
  count = MEETINGS_PER_COMMUNITY,
  pdf?: Readonly<{ name: string; bytes: Uint8Array }>,
): AsyncGenerator<BuiltBundle> {
  const { name, meetings, registry } = communityMeetings(index, count);
  let previous: string | null = null;
  for (const [k, meeting] of meetings.entries()) {
    const content = buildContent(
      meeting.id,
      meeting.events,
      registry,
      identity.certificates[0]!,
      pdf && k === 0 ? [pdf] : [],
    );
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      schemaVersion: BUNDLE_SCHEMA_VERSION,
      community: { name, certificateFingerprint: content.fingerprint },
      meetingId: meeting.id,
      timeZone: content.timeZone,
      createdAt: new Date(SENT_AT + k * 1000).toISOString(),
      sequence: k + 1,
      previous,
      files: [...content.listed],
    };
    const made = await assemble(manifest, content.files, identity);
    previous = made.manifestSha256;
    yield { ...made, sequence: k + 1, meetingId: meeting.id };
  }
}

/** Where a generated community's files go: DIR/<id>/cert.pem and DIR/<id>/<sequence>.zip. */
export const bundlePath = (dir: string, index: number, sequence: number) =>
  join(dir, communityId(index), `${String(sequence).padStart(3, '0')}.zip`);
export const certificatePath = (dir: string, index: number) =>
  join(dir, communityId(index), 'cert.pem');

type Job = Readonly<{
  kind: 'hub-generate';
  dir: string;
  indices: readonly number[];
  meetings: number;
}>;
export type Progress = Readonly<{ done: number; bytes: number }>;

async function generateInto(job: Job, report: (p: Progress) => void): Promise<void> {
  for (const index of job.indices) {
    const { identity, certificatePem } = makeIdentity(communityName(index));
    mkdirSync(join(job.dir, communityId(index)), { recursive: true });
    writeFileSync(certificatePath(job.dir, index), certificatePem);
    let bytes = 0;
    for await (const bundle of communityBundles(index, identity, job.meetings)) {
      writeFileSync(bundlePath(job.dir, index, bundle.sequence), bundle.bytes);
      bytes += bundle.bytes.length;
    }
    report({ done: 1, bytes });
  }
}

/**
 * Generates `communities` communities into `dir` on `threads` worker threads (communities dealt
 * out round-robin), calling `progress` after each community. Memory stays bounded: each bundle is
 * written to disk as it is made.
 */
export async function generateCommunities(
  dir: string,
  communities: number,
  meetings: number,
  threads: number,
  progress: (p: Progress) => void = () => {},
): Promise<void> {
  const lanes = Array.from({ length: threads }, (_, t) =>
    Array.from({ length: communities }, (_, i) => i).filter((i) => i % threads === t),
  ).filter((lane) => lane.length > 0);
  await Promise.all(
    lanes.map(
      (indices) =>
        new Promise<void>((resolve, reject) => {
          const job: Job = { kind: 'hub-generate', dir, indices, meetings };
          // A worker does not inherit tsx's loader hooks: it registers them, then loads this file.
          const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
          const worker = new Worker(boot, { eval: true, workerData: job });
          worker.on('message', (message: Progress) => progress(message));
          worker.once('error', reject);
          worker.once('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`generator exited ${code}`)),
          );
        }),
    ),
  );
}

if (!isMainThread && (workerData as Job | undefined)?.kind === 'hub-generate') {
  await generateInto(workerData as Job, (p) => parentPort!.postMessage(p));
}
