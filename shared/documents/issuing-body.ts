import { z } from 'zod';
import { lineOf } from '../domain/commands/fields';
import { bodyKindSchema, type BodyKind } from '../domain/vocabulary';

// The issuing body (发文单位): who signs the community's notices and minutes, set once per
// installation in settings (stored by main beside the data, DATA/settings.json) and printed on
// every notice and minutes, never guessed from a meeting's title. An empty field means "not set":
// the documents then print 【待填写】 or the built-in wording for the body kind.

/** Limits: a 发文单位 such as 和平里街道和平里社区居民委员会 fits in 60 characters with room. */
export const ISSUER_NAME_MAX = 60;
export const ADDRESSEE_MAX = 40;
export const PHONE_MAX = 50;

/** The addressee line per body kind (各位居民（业主）, 全体村民代表 …); missing: the default. */
export const addresseesSchema = z.strictObject(
  Object.fromEntries(bodyKindSchema.options.map((kind) => [kind, lineOf(ADDRESSEE_MAX)])) as Record<
    BodyKind,
    ReturnType<typeof lineOf>
  >,
);

/** A named contact printed on notices: who to ask, and how. */
export const namedContactSchema = z.strictObject({
  name: lineOf(30),
  phone: lineOf(PHONE_MAX),
});

/** Where objections go by default, until the chair types another for one notice. */
export const objectionDefaultsSchema = z.strictObject({
  address: lineOf(200),
  phone: lineOf(PHONE_MAX),
  contact: lineOf(50),
});

/**
 * The issuing body as settings keep it. Every text is checked as typed text is (invisible
 * characters removed, control characters refused, one line).
 */
export const issuingBodySchema = z.strictObject({
  /** 发文单位: the community or village, e.g. 幸福里社区居民委员会. Also the certificate's name. */
  name: lineOf(ISSUER_NAME_MAX),
  addressees: addresseesSchema.partial(),
  /** 监督电话: where residents report a notice that was not honoured. */
  supervisionPhone: lineOf(PHONE_MAX),
  contact: namedContactSchema,
  objection: objectionDefaultsSchema,
});
export type IssuingBody = z.output<typeof issuingBodySchema>;

/** Nothing set: documents print 【待填写】 and the built-in addressee of the body kind. */
export const EMPTY_ISSUING_BODY: IssuingBody = {
  name: '',
  addressees: {},
  supervisionPhone: '',
  contact: { name: '', phone: '' },
  objection: { address: '', phone: '', contact: '' },
};

/** The addressee chosen for a body kind, or '' when the default applies. */
export function addresseeOf(body: IssuingBody | undefined, kind: BodyKind): string {
  return body?.addressees[kind]?.trim() ?? '';
}

/**
 * Whom a notice addresses when settings name no one, by body kind (catalogue key under
 * documents:noticeText.addressee): villagers' bodies address 全体村民, compound (小区) councils
 * 全体业主, every other community body 全体居民.
 */
export function builtInAddressee(kind: BodyKind): 'residents' | 'villagers' | 'owners' {
  if (kind === 'villagerRepsMeeting') return 'villagers';
  return kind === 'compoundCouncil' ? 'owners' : 'residents';
}
