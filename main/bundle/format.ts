import { z } from 'zod';

/**
 * The bundle (seeds/BUNDLE.md): one meeting made exchangeable, for the street office's hub. A zip
 * like the meeting archive (main/storage/archive.ts), but holding what may leave the laptop
 * (phones and private notes stay behind, see redact.ts) and signed: manifest.sig is a detached CMS
 * signature over manifest.json's exact bytes, and the manifest holds the SHA-256 of every other
 * file and of the community's previous bundle's manifest, so the bundles form a chain.
 */
export const BUNDLE_FORMAT = 'yishiting-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;

/** Fixed names inside the zip; PDFs go under pdfs/. */
export const FILES = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  events: 'events.jsonl',
  state: 'state.json',
  followup: 'followup.json',
  certificate: 'certificate.pem',
} as const;

/** Files the manifest must list (PDFs may be none). */
export const REQUIRED_LISTED = [
  FILES.events,
  FILES.state,
  FILES.followup,
  FILES.certificate,
] as const;

/** The same bounds as an archive import: a bundle is read by the hub from anyone who sends one. */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;
export const MAX_ENTRIES = 200;

const PDF_NAME = /^pdfs\/[\p{L}\p{N} _().-]{1,120}\.pdf$/u;
const FIXED = new Set<string>(Object.values(FILES));

/** A name that may appear in a bundle at all (checked before anything is inflated). */
export function bundleEntryName(name: string): boolean {
  return FIXED.has(name) || (PDF_NAME.test(name) && !name.includes('..'));
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** A listed file: everything but the manifest and its signature, which cannot list themselves. */
const LISTED_NAME =
  /^(events\.jsonl|state\.json|followup\.json|certificate\.pem|pdfs\/[\p{L}\p{N} _().-]{1,120}\.pdf)$/u;

export const bundleFileSchema = z.strictObject({
  name: z
    .string()
    .max(200)
    .regex(LISTED_NAME)
    .refine((name) => !name.includes('..'), 'no ".." in a name'),
  size: z.number().int().nonnegative(),
  sha256: sha256Hex,
});

export const bundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  community: z.strictObject({
    /** The issuing body's name (发文单位) from the settings, '' when none is set. */
    name: z.string().max(200),
    /** SHA-256 of certificate.pem's certificate (DER), colon hex as Windows and Adobe show it. */
    certificateFingerprint: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
  }),
  meetingId: z.string().regex(/^[\w.-]{1,80}$/),
  /** The meeting's IANA zone: every time of the meeting is shown in it. */
  timeZone: z.string().min(1).max(64),
  /** ISO 8601 UTC; also the signing time and every zip entry's time. */
  createdAt: z.iso.datetime(),
  /** 1 for the installation's first bundle, then one more for each new bundle. */
  sequence: z.number().int().min(1),
  /** SHA-256 of the previous bundle's manifest.json, null for the first. */
  previous: sha256Hex.nullable(),
  /** Every file except manifest.json and manifest.sig, sorted by name. */
  files: z.array(bundleFileSchema).min(REQUIRED_LISTED.length).max(MAX_ENTRIES),
});

export type BundleManifest = z.infer<typeof bundleManifestSchema>;
export type BundleFile = z.infer<typeof bundleFileSchema>;
