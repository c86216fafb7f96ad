import { useCallback, useState } from 'react';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useLoaded } from '../shared/useLoaded';

/** How many changes show first, how many more each "Show more" adds, and the most the API gives (GET /api/audit). */
export const AUDIT_PAGE = 20;
export const AUDIT_MAX = 100;

/** The latest settings changes, newest first, read again whenever a section saved one. */
export function useAuditLog(changes: number) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [limit, setLimit] = useState(AUDIT_PAGE);
  const [attempt, setAttempt] = useState(0);
  const read = useCallback(() => api.settings.audit(limit), [api, limit]);
  // Each saved change and each retry reads the log again.
  const { loading, value, error, latest } = useLoaded(read, `${changes}/${attempt}`);
  // While a read is under way the entries already shown stay.
  const entries = value ?? latest ?? [];

  return {
    loading,
    entries,
    problem: error === undefined ? undefined : problemMessage(translator, error, 'settings.audit.failed'),
    /** The API may hold more: the last read filled its limit, and the limit can still grow. */
    canShowMore: value !== undefined && value.length >= limit && limit < AUDIT_MAX,
    showMore: () => setLimit((current) => Math.min(current + AUDIT_PAGE, AUDIT_MAX)),
    retry: () => setAttempt((n) => n + 1),
  };
}
