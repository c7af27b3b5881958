import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categorySchema, roleSchema, type Category, type Role } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { newId } from '../../store/ids';
import { ErrorNote } from '../ErrorNote';
import { useCategoryLabel } from '../labels';
import { matchesName, useIds, useMeeting } from '../meeting-hooks';
import { PhoneCell } from './PhoneCell';
import { parseArea } from './roster-parse';

/**
 * Rows drawn at once. A roster of thousands (a whole estate's owners) would take seconds to draw
 * and slow every later change; the chair finds anyone by the search box or shows more.
 */
export const ROSTER_PAGE = 200;

/**
 * 花名册: members and observers with category, voting right, affiliation, phone (the chair's own:
 * never shown to the room), household and floor area.
 */
export function RosterEditor() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(ROSTER_PAGE);
  const total = useMeeting((state) => state.memberOrder.length) ?? 0;
  const ids = useIds((state) =>
    query === ''
      ? state.memberOrder
      : state.memberOrder.filter((id) => {
          const member = state.members[id];
          return (
            matchesName(member?.name ?? '', query) || matchesName(member?.household ?? '', query)
          );
        }),
  );
  const shown = ids.length > limit ? ids.slice(0, limit) : ids;
  return (
    <section className="panel roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">
        {t('ui:chair.roster.heading')} <span className="badge">{total}</span>
      </h2>
      <AddMember />
      {total > ROSTER_PAGE ? (
        <div className="row wrap">
          <input
            type="search"
            className="search"
            aria-label={t('ui:chair.roster.search')}
            placeholder={t('ui:chair.roster.search')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setLimit(ROSTER_PAGE);
            }}
          />
          <span className="muted" data-testid="roster-shown">
            {t('ui:chair.roster.shown', { shown: shown.length, total: ids.length })}
          </span>
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="roster-table">
          <thead>
            <tr>
              <th scope="col">{t('ui:chair.roster.name')}</th>
              <th scope="col">{t('ui:chair.roster.category')}</th>
              <th scope="col">{t('ui:chair.roster.role')}</th>
              <th scope="col">{t('ui:chair.roster.affiliation')}</th>
              <th scope="col">{t('ui:chair.roster.phone')}</th>
              <th scope="col">{t('ui:chair.roster.household')}</th>
              <th scope="col">{t('ui:chair.roster.area')}</th>
              <th scope="col">{t('ui:chair.roster.attendance')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ui:chair.roster.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((id) => (
              <MemberRow key={id} memberId={id} />
            ))}
          </tbody>
        </table>
        {ids.length > shown.length ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => setLimit((now) => now + ROSTER_PAGE)}
          >
            {t('ui:chair.roster.more', { count: ids.length - shown.length })}
          </button>
        ) : null}
      </div>
      <ErrorNote source="roster" />
    </section>
  );
}

function AddMember() {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
  const categoryLabel = useCategoryLabel();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<Category>('residentRep');
  const [role, setRole] = useState<Role>('member');
  const [household, setHousehold] = useState('');
  const [area, setArea] = useState('');
  return (
    <form
      className="roster-add"
      onSubmit={(event) => {
        event.preventDefault();
        const hundredths = area.trim() === '' ? 0 : (parseArea(area) ?? -1);
        void send('roster', {
          type: 'roster/addMember',
          memberId: newId('member'),
          name,
          category,
          role,
          ...(household ? { household } : {}),
          ...(hundredths ? { area: hundredths } : {}),
        }).then((ok) => {
          // Cleared for the next person unless the chair has started typing it already.
          if (ok) {
            setName((now) => (now === name ? '' : now));
            setHousehold((now) => (now === household ? '' : now));
            setArea((now) => (now === area ? '' : now));
          }
        });
      }}
    >
      <label htmlFor="add-name">{t('ui:chair.roster.name')}</label>
      <input id="add-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="add-category">{t('ui:chair.roster.category')}</label>
      <select
        id="add-category"
        value={category}
        onChange={(e) => setCategory(categorySchema.parse(e.target.value))}
      >
        {categorySchema.options
          .filter((c) => c !== 'custom')
          .map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
      </select>
      <label htmlFor="add-role">{t('ui:chair.roster.role')}</label>
      <select
        id="add-role"
        value={role}
        onChange={(e) => setRole(roleSchema.parse(e.target.value))}
      >
        {roleSchema.options.map((r) => (
          <option key={r} value={r}>
            {t(`ui:chair.vocab.role.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor="add-household">{t('ui:chair.roster.household')}</label>
      <input
        id="add-household"
        value={household}
        maxLength={200}
        onChange={(e) => setHousehold(e.target.value)}
      />
      <label htmlFor="add-area">{t('ui:chair.roster.areaM2')}</label>
      <input
        id="add-area"
        inputMode="decimal"
        value={area}
        onChange={(e) => setArea(e.target.value)}
      />
      <button type="submit" disabled={name.trim() === ''}>
        {t('ui:chair.roster.add')}
      </button>
    </form>
  );
}

const MemberRow = memo(function MemberRow({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const member = useMeeting((state) => state.members[memberId]);
  const status = useMeeting((state) => state.attendance[memberId]?.status) ?? 'absent';
  const send = useAppStore((state) => state.send);
  const categoryLabel = useCategoryLabel();
  if (!member) return null;
  const update = (changes: { category?: Category; role?: Role }) =>
    void send('roster', { type: 'roster/updateMember', memberId, ...changes });
  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td>
        <select
          aria-label={t('ui:chair.roster.categoryOf', { name: member.name })}
          value={member.category}
          onChange={(e) => update({ category: categorySchema.parse(e.target.value) })}
        >
          {categorySchema.options.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, c === member.category ? member.customCategory : '')}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('ui:chair.roster.roleOf', { name: member.name })}
          value={member.role}
          onChange={(e) => update({ role: roleSchema.parse(e.target.value) })}
        >
          {roleSchema.options.map((r) => (
            <option key={r} value={r}>
              {t(`ui:chair.roster.roleShort.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{member.affiliation}</td>
      <td>
        <PhoneCell memberId={memberId} name={member.name} phone={member.phone ?? ''} />
      </td>
      <td>{member.household}</td>
      <td className="num">{member.area ? (member.area / 100).toFixed(2) : ''}</td>
      <td>
        {status === 'absent' ? (
          <button
            type="button"
            className="secondary small"
            aria-label={t('ui:chair.roster.excuseName', { name: member.name })}
            onClick={() => void send('roster', { type: 'roster/excuse', memberId })}
          >
            {t('ui:chair.roster.excuse')}
          </button>
        ) : (
          t(`ui:chair.roster.status.${status}`)
        )}
      </td>
      <td>
        <button
          type="button"
          className="secondary small"
          aria-label={t('ui:chair.roster.removeName', { name: member.name })}
          onClick={() => void send('roster', { type: 'roster/removeMember', memberId })}
        >
          {t('ui:chair.roster.remove')}
        </button>
      </td>
    </tr>
  );
});
