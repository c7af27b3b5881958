/**
 * The phone symbol, for lists that may hold a whole room (sign-in cards, roll call): drawn as the
 * span's background (styles/chair-room.css), not as an inline <svg> like Icon.tsx's symbols. Each
 * inline SVG is a paint layer of its own: with 500 of them, every frame of a ballot storm spent
 * about 2 ms more compositing and painting the console (PHONES_TRACE, tests/bench/phones.bench.ts).
 */
export function PhoneMark({ label, testId }: { label: string; testId: string }) {
  return (
    <span
      className="signin-phone"
      role="img"
      aria-label={label}
      data-icon="phone"
      data-testid={testId}
    />
  );
}
