import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categorySchema, roleSchema, type Category, type Role } from '../../../../shared/domain';
import { useAppStore } from '../../store/context';
import { newId } from '../../store/ids';
import { ErrorNote } from '../ErrorNote';
import { categoryLabel } from '../labels';
import { useIds, useMeeting } from '../meeting-hooks';
import { parseArea } from './roster-parse';

/** 花名册: members and observers with category, voting right, household and floor area. */
export function RosterEditor() {
  const { t } = useTranslation();
  const ids = useIds((state) => state.memberOrder);
  return (
    <section className="panel roster" aria-labelledby="roster-heading">
      <h2 id="roster-heading">
        {t('ui:chair.roster.heading')} <span className="badge">{ids.length}</span>
      </h2>
      <AddMember />
      <div className="table-wrap">
        <table className="roster-table">
          <thead>
            <tr>
              <th scope="col">{t('ui:chair.roster.name')}</th>
              <th scope="col">{t('ui:chair.roster.category')}</th>
              <th scope="col">{t('ui:chair.roster.role')}</th>
              <th scope="col">{t('ui:chair.roster.household')}</th>
              <th scope="col">{t('ui:chair.roster.area')}</th>
              <th scope="col">{t('ui:chair.roster.attendance')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ui:chair.roster.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <MemberRow key={id} memberId={id} />
            ))}
          </tbody>
        </table>
      </div>
      <ErrorNote source="roster" />
    </section>
  );
}

function AddMember() {
  const { t } = useTranslation();
  const send = useAppStore((state) => state.send);
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
              {categoryLabel(t, c)}
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
              {categoryLabel(t, c, c === member.category ? member.customCategory : '')}
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
