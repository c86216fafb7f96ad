import { SkeletonItem, Text } from '@fluentui/react-components';
import type { StatusChangeView, Translator } from '@ideabar/core';
import { statusLabelKey } from '@ideabar/core/workflow';
import { useTranslator } from '../app/translation';
import { dateText } from '../shared/ideaText';
import { useIdeaDetailStyles } from './IdeaDetail.styles';
import type { Loading } from './useIdeaDetail';

/** The idea's status history: each move with IT's public response, a decline's rule and path to yes, who and when. */
export function IdeaHistory({ history }: { history: Loading<StatusChangeView[]> }) {
  const styles = useIdeaDetailStyles();
  const { t, formatLocale: locale } = useTranslator();
  return (
    <section className={styles.section} aria-labelledby="idea-history">
      <h3 id="idea-history" className={styles.sectionTitle}>
        {t('idea.history.heading')}
      </h3>
      {history.state === 'loading' && <SkeletonItem size={16} />}
      {history.state === 'error' && <Text>{history.problem}</Text>}
      {history.state === 'ready' && (
        <ol className={styles.list}>
          {history.value.map((change) => (
            <li key={change.id} className={styles.entry}>
              <Text weight="semibold">{changeText(t, change)}</Text>
              {change.response && (
                <Text className={styles.entryText} dir="auto">
                  {change.response}
                </Text>
              )}
              {change.decline && (
                <>
                  <Text className={styles.entryText}>
                    {t('idea.history.declined', {
                      constraint: change.decline.constraint,
                      rule: change.decline.rule,
                    })}
                  </Text>
                  <Text className={styles.entryText}>
                    {t('idea.history.pathToYes', { path: change.decline.pathToYes })}
                  </Text>
                </>
              )}
              <Text className={styles.byline}>
                {t('idea.byline', { name: change.by.name, when: dateText(change.at, locale) })}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A change in the status history: where the idea went, and why when it was more than IT moving it on. */
function changeText(t: Translator['t'], change: StatusChangeView): string {
  const to = t(statusLabelKey(change.to));
  if (change.kind === 'answer') return t('idea.history.answered', { status: to });
  const values = { from: change.from ? t(statusLabelKey(change.from)) : '', to };
  const kind = change.kind === 'appeal' || change.kind === 'merge' ? change.kind : 'other';
  return change.from
    ? t('idea.history.moved', { ...values, kind })
    : t('idea.history.set', { ...values, kind });
}
