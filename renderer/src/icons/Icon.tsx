/**
 * Symbols drawn by the app itself: ⏸, ▶, ✓ and ✗ from a system font look different on every
 * machine and are missing from some (a box on the projector), so each is a path in the text's
 * colour, sized to the text around it.
 */
const PATHS = {
  check: <path d="M4 12.5l5 5L20 6.5" fill="none" stroke="currentColor" strokeWidth="3" />,
  cross: <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" strokeWidth="3" />,
  play: <path d="M7 4.5v15l12.5-7.5z" fill="currentColor" />,
  pause: <path d="M6 4.5h4v15H6zM14 4.5h4v15h-4z" fill="currentColor" />,
  clock: (
    <path
      d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5.5l3.5 2"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
    />
  ),
} as const;

export type IconName = keyof typeof PATHS;

/** Decorative by default (the words next to it say the same); pass a label to make it speak. */
export function Icon({ name, label }: { name: IconName; label?: string }) {
  return (
    <svg
      className={`icon icon-${name}`}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      data-icon={name}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {PATHS[name]}
    </svg>
  );
}
