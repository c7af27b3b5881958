import { useTranslation } from 'react-i18next';

export type Step =
  | Readonly<{ phase: 'idle' }>
  | Readonly<{ phase: 'reading' }>
  | Readonly<{ phase: 'checking'; done: number; total: number }>
  | Readonly<{ phase: 'importing'; done: number; total: number }>
  | Readonly<{ phase: 'ready' }>
  | Readonly<{
      phase: 'finished';
      done: number;
      total: number;
      refused: Readonly<{ line: number; reason: string }> | null;
    }>;

/** The bar and its words: reading the file, checking its rows, sending them, the outcome. */
export function ImportProgress({ step }: { step: Step }) {
  const { t } = useTranslation();
  if (step.phase === 'idle' || step.phase === 'ready') return null;
  const words = (() => {
    switch (step.phase) {
      case 'reading':
        return t('ui:chair.import.reading');
      case 'checking':
        return t('ui:chair.import.checking', { done: step.done, total: step.total });
      case 'importing':
        return t('ui:chair.import.progress', { done: step.done, total: step.total });
      case 'finished':
        return step.refused
          ? t('ui:chair.import.stopped', { done: step.done, ...step.refused })
          : t('ui:chair.import.done', { count: step.done });
    }
  })();
  const measured = step.phase !== 'reading';
  return (
    <div className="import-progress">
      <progress
        aria-label={t('ui:chair.import.progressLabel')}
        {...(measured ? { value: step.done, max: Math.max(step.total, 1) } : {})}
      />
      <span role="status" className="muted">
        {words}
      </span>
    </div>
  );
}
