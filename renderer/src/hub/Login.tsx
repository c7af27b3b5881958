import { useState, type FormEvent } from 'react';
import { postJson } from './api';
import { errorText } from './errors';
import { useWords } from './words';

export type Staff = Readonly<{ login: string; name: string }>;

export function Login({ onSignedIn }: Readonly<{ onSignedIn: (staff: Staff) => void }>) {
  const { w } = useWords();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = (await postJson('/api/staff/login', { login, password })) as Staff;
      onSignedIn({ login: reply.login, name: reply.name });
    } catch (failure) {
      setError(errorText(failure, w));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form onSubmit={(event) => void submit(event)} aria-labelledby="login-heading">
        <h1 id="login-heading">{w.login.heading}</h1>
        <label>
          {w.login.login}
          <input
            name="login"
            autoComplete="username"
            value={login}
            onChange={(event) => setLogin(event.target.value)}
            required
          />
        </label>
        <label>
          {w.login.password}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {w.login.submit}
        </button>
      </form>
    </main>
  );
}
