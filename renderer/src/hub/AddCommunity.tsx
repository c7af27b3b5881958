import { useState, type FormEvent } from 'react';
import { addCommunityReplySchema, type AddCommunityReply } from '../../../shared/hub/api';
import { postJson } from './api';
import { errorText } from './errors';
import { useWords } from './words';

export function AddCommunity({ onAdded }: Readonly<{ onAdded: () => void }>) {
  const { w, f } = useWords();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The code lives only in this component's state: gone once noted, never stored by the page.
  const [issued, setIssued] = useState<AddCommunityReply | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = addCommunityReplySchema.parse(
        await postJson('/api/dash/communities', { id: id.trim(), name }),
      );
      setIssued(reply);
      setId('');
      setName('');
      onAdded();
    } catch (failure) {
      setError(errorText(failure, w));
    } finally {
      setBusy(false);
    }
  };

  if (issued) {
    return (
      <section className="code-shown" aria-labelledby="code-heading">
        <h2 id="code-heading">{f(w.add.codeHeading, { name: issued.name })}</h2>
        <p className="code" data-testid="enrolment-code">
          {issued.code}
        </p>
        <p>{w.add.codeNote}</p>
        <button type="button" onClick={() => setIssued(null)}>
          {w.add.done}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">{w.add.heading}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <label>
          {w.add.id}
          <input
            name="id"
            value={id}
            pattern="[a-z0-9-]{2,40}"
            maxLength={40}
            onChange={(event) => setId(event.target.value)}
            required
          />
        </label>
        <label>
          {w.add.name}
          <input
            name="name"
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
            required
          />
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {w.add.submit}
        </button>
      </form>
    </section>
  );
}
