import type { BuildContext } from './context';
import type { Block } from './model';

// What a notice says about who issues it and whom to ask, from the settings' issuing body
// (issuing-body.ts): the objection channel's defaults, the named contact, 监督电话, and the
// attachments line (附件：…) the chair adds for one notice.

/** Where objections go: typed for this notice, else the settings' default, else for the pen. */
export function objectionChannel(
  ctx: BuildContext,
  typed: Readonly<{ address?: string; phone?: string; contact?: string }> | undefined,
  issuer: string,
): Readonly<{ address: string; phone: string; contact: string }> {
  const saved = ctx.issuingBody?.objection;
  const toFill = ctx.t('documents:noticeText.toFill');
  const pick = (key: 'address' | 'phone' | 'contact') =>
    typed?.[key]?.trim() || saved?.[key]?.trim() || '';
  return {
    contact: pick('contact') || ctx.issuingBody?.contact.name.trim() || issuer || toFill,
    address: pick('address') || toFill,
    phone: pick('phone') || toFill,
  };
}

function para(text: string): Block {
  return { type: 'paragraph', text };
}

/** 联系人 with phone, and 监督电话, each printed only when settings name them. */
export function contactBlocks(ctx: BuildContext): Block[] {
  const { t } = ctx;
  const body = ctx.issuingBody;
  if (!body) return [];
  const blocks: Block[] = [];
  const name = body.contact.name.trim();
  const phone = body.contact.phone.trim();
  if (name) {
    blocks.push(
      para(
        phone
          ? t('documents:notice.contactWithPhone', { name, phone })
          : t('documents:notice.contact', { name }),
      ),
    );
  }
  const supervision = body.supervisionPhone.trim();
  if (supervision) blocks.push(para(t('documents:notice.supervision', { phone: supervision })));
  return blocks;
}

/**
 * GB/T 9704 §7.3.4: below the text, 附件：name; several are numbered and the later names align
 * under the first (the lead's width in spaces, which the renderer keeps at a paragraph's start).
 */
export function attachmentBlocks(ctx: BuildContext, attachments: readonly string[] = []): Block[] {
  const { t } = ctx;
  const names = attachments.map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) return [];
  if (names.length === 1) {
    return [para(t('documents:notice.attachmentsLead', { text: names[0] }))];
  }
  return names.map((name, i) => {
    const text = t('documents:notice.attachmentNumber', { num: i + 1, text: name });
    return para(
      i === 0
        ? t('documents:notice.attachmentsLead', { text })
        : t('documents:notice.attachmentsNext', { text }),
    );
  });
}
