import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { triageSchema } from '../../../shared/domain';
import { topicHistory, topicList, type FollowupState, type Topic } from '../../../shared/followup';
import { channelSchema, routeSchema, type Channel } from '../../../shared/followup/vocabulary';
import { ErrorNote } from '../chair/ErrorNote';
import { newId } from '../store/ids';
import { useAppStore } from '../store/context';
import { useFollowupDispatch } from './use-followup';
import { today } from '../chair/format';

/** 民事民提: raise a topic, classify it, put it on a meeting's agenda, see where it went. */
export function TopicsPanel({ registry }: { registry: FollowupState | null }) {
  const { t } = useTranslation();
  const topics = registry ? topicList(registry) : [];
  const refreshMeetings = useAppStore((state) => state.refreshMeetings);
  useEffect(() => {
    void refreshMeetings();
  }, [refreshMeetings]);
  return (
    <section className="board-topics" aria-labelledby="board-topics">
      <h2 id="board-topics">{t('ui:board.topics.heading')}</h2>
      <RaiseTopic />
      {registry && topics.length === 0 ? <p>{t('ui:board.topics.none')}</p> : null}
      <ul className="board-topic-list">
        {registry
          ? topics.map((topic) => (
              <TopicCard key={topic.topicId} topic={topic} registry={registry} />
            ))
          : null}
      </ul>
    </section>
  );
}

function RaiseTopic() {
  const { t } = useTranslation();
  const send = useFollowupDispatch();
  const [title, setTitle] = useState('');
  const [raisedBy, setRaisedBy] = useState('');
  const [channel, setChannel] = useState<Channel>('hotline');
  const [raisedOn, setRaisedOn] = useState(today());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await send('board:raise', {
      type: 'topic/raise',
      topicId: newId('t'),
      title,
      raisedBy,
      channel,
      raisedOn,
    });
    if (ok) {
      setTitle('');
      setRaisedBy('');
    }
  };
  return (
    <form
      className="board-form"
      aria-label={t('ui:board.topics.raise')}
      onSubmit={(e) => void submit(e)}
    >
      <label>
        {t('ui:board.topics.title')}
        <input required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('ui:board.topics.raisedBy')}
        <input value={raisedBy} onChange={(e) => setRaisedBy(e.target.value)} />
      </label>
      <label>
        {t('ui:board.topics.channel')}
        <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          {channelSchema.options.map((c) => (
            <option key={c} value={c}>
              {t(`followup:label.channel.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ui:board.topics.raisedOn')}
        <input
          type="date"
          required
          value={raisedOn}
          onChange={(e) => setRaisedOn(e.target.value)}
        />
      </label>
      <button type="submit">{t('ui:board.topics.add')}</button>
      <ErrorNote source="board:raise" />
    </form>
  );
}

function TopicCard({ topic, registry }: { topic: Topic; registry: FollowupState }) {
  const { t } = useTranslation();
  const send = useFollowupDispatch();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const meetings = useAppStore((state) => state.meetings);
  const [meetingId, setMeetingId] = useState('');
  const source = `board:topic:${topic.topicId}`;
  const settled = topic.status === 'decided' || topic.status === 'dropped';
  const history = topicHistory(registry, topic.topicId);
  const putOn = async () => {
    const r = await api.call('followup/putOnAgenda', { topicId: topic.topicId, meetingId });
    reportError(source, r.ok ? null : r.error);
    if (r.ok) setMeetingId('');
  };
  return (
    <li aria-labelledby={`topic-${topic.topicId}`}>
      <h3 id={`topic-${topic.topicId}`}>{topic.title}</h3>
      <p className="muted">
        {topic.raisedOn} · {topic.raisedBy} · {t(`followup:label.channel.${topic.channel}`)} ·{' '}
        {t(`followup:label.topicStatus.${topic.status}`)}
      </p>
      {topic.triage ? (
        // The class says where such a matter belongs (GLOSSARY triage), as a guide for routing.
        <p className="board-routing">{t(`domain:triage.${topic.triage}.routing`)}</p>
      ) : null}
      <div className="board-topic-actions">
        <VocabSelect
          label={t('ui:board.topics.triage')}
          ariaLabel={t('ui:board.topics.triageOf', { title: topic.title })}
          disabled={settled}
          value={topic.triage}
          placeholder={t('ui:board.topics.notTriaged')}
          options={triageSchema.options}
          optionLabel={(x) => t(`ui:chair.vocab.triage.${x}`)}
          onChange={(triage) =>
            void send(source, { type: 'topic/triage', topicId: topic.topicId, triage })
          }
        />
        <VocabSelect
          label={t('ui:board.topics.route')}
          ariaLabel={t('ui:board.topics.routeOf', { title: topic.title })}
          disabled={settled || topic.triage === null}
          value={topic.routedTo}
          placeholder={t('ui:board.topics.notRouted')}
          options={routeSchema.options}
          optionLabel={(r) => t(`followup:label.route.${r}`)}
          onChange={(routedTo) =>
            void send(source, { type: 'topic/route', topicId: topic.topicId, routedTo })
          }
        />
        <select
          aria-label={t('ui:board.topics.meetingOf', { title: topic.title })}
          disabled={settled}
          value={meetingId}
          onChange={(e) => setMeetingId(e.target.value)}
        >
          <option value="">{t('ui:board.chooseMeeting')}</option>
          {meetings
            .filter((m) => m.status !== 'closed')
            .map((m) => (
              <option key={m.meetingId} value={m.meetingId}>
                {m.date} {m.title}
              </option>
            ))}
        </select>
        <button type="button" disabled={settled || !meetingId} onClick={() => void putOn()}>
          {t('ui:board.topics.putOn')}
        </button>
      </div>
      {history && history.meetings.length > 0 ? (
        <div className="board-history">
          <h4>{t('ui:board.topics.history')}</h4>
          <ol>
            {history.meetings.map((m) => (
              <li key={m.meetingId}>
                {m.meetingDate} {m.meetingTitle}
              </li>
            ))}
            {history.items.map((item) => (
              <li key={item.key}>
                {item.title} · {t(`followup:label.itemStatus.${item.status}`)}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <ErrorNote source={source} />
    </li>
  );
}

type VocabProps<T extends string> = Readonly<{
  label: string;
  ariaLabel: string;
  disabled: boolean;
  value: T | null;
  placeholder: string;
  options: readonly T[];
  optionLabel(option: T): string;
  onChange(option: T): void;
}>;

/** A topic's class or route: one word of the vocabulary, none chosen until the chair picks. */
function VocabSelect<T extends string>(props: VocabProps<T>) {
  return (
    <label>
      {props.label}
      <select
        aria-label={props.ariaLabel}
        disabled={props.disabled}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        <option value="" disabled>
          {props.placeholder}
        </option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
