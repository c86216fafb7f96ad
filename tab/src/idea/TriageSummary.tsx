import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { statusLabelKey } from '@ideabar/core/workflow';
import { useTranslator } from '../app/translation';
import { dateText } from '../shared/ideaText';
import { benefitText } from '../triage/triageText';
import { useTriageSummaryStyles } from './TriageSummary.styles';
import type { TriageSummaryProps } from './TriageSummary.types';
import { useTriageSummary } from './useTriageSummary';

/**
 * What IT has said and decided about an idea, for everyone: its latest public response, a decline told as what
 * would get it to yes, the appeal, where a duplicate went, and the classification and benefits.
 */
export function TriageSummary(props: TriageSummaryProps) {
  const { idea, isAuthor, onOpenIdea, headingRef } = props;
  const styles = useTriageSummaryStyles();
  const translator = useTranslator();
  const { t } = translator;
  const date = (iso: string) => dateText(iso, translator.formatLocale);
  const { latest, target, cycle } = useTriageSummary(props);
  const { decline, appeal, classification, expectedBenefit, measuredBenefit } = idea;
  const appealOpen = appeal !== null && appeal.answeredAt === null;
  // A decline is the current decision while the idea is declined, and the one being looked at again while an
  // appeal waits; after that it lives on in the history.
  const showDecline = decline !== null && (idea.status === 'declined' || appealOpen);

  const decided = Boolean(
    idea.itPartner || idea.sponsor || classification || expectedBenefit || measuredBenefit,
  );

  return (
    <section className={styles.root} aria-labelledby="idea-standing">
      <h3 id="idea-standing" ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t('triage.summary.heading')}
      </h3>
      {props.history && !latest && !target && !showDecline && !appeal && !decided && (
        <Text>{t('triage.summary.unanswered')}</Text>
      )}
      {idea.awaitingApproval && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t(isAuthor ? 'triage.summary.awaitingApproval.author' : 'triage.summary.awaitingApproval')}
          </MessageBarBody>
        </MessageBar>
      )}
      {target && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('triage.summary.merged')}{' '}
            <Link
              dir="auto"
              href={`?idea=${encodeURIComponent(target.id)}`}
              onClick={(event) => {
                if (!onOpenIdea || event.metaKey || event.ctrlKey || event.shiftKey) return;
                event.preventDefault();
                onOpenIdea(target.id);
              }}
            >
              {target.title ?? t('triage.summary.mergedTarget')}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {latest && (
        <figure className={styles.response} aria-labelledby="idea-latest-response">
          <figcaption id="idea-latest-response" className={styles.caption}>
            {t('triage.summary.latest')}
          </figcaption>
          <blockquote className={styles.quote}>
            <Text className={styles.text} dir="auto">
              {latest.response}
            </Text>
          </blockquote>
          <Text className={styles.byline}>
            {t('triage.summary.byline', {
              name: latest.by.name,
              at: date(latest.at),
              status: t(statusLabelKey(latest.to)),
            })}
          </Text>
        </figure>
      )}
      {showDecline && (
        <section className={styles.enabler} aria-labelledby="idea-path-to-yes">
          <h4 id="idea-path-to-yes" className={styles.subheading}>
            {t('triage.summary.pathToYes')}
          </h4>
          <Text className={styles.text} dir="auto">
            {decline.pathToYes}
          </Text>
          <Text className={styles.text}>
            <Text weight="semibold">{t('triage.summary.whyNot')}</Text>{' '}
            {t(`triage.constraint.${decline.constraint}`)}
          </Text>
          <Text className={styles.text}>
            <Text weight="semibold">{t('triage.summary.rule')}</Text> {decline.rule}
          </Text>
        </section>
      )}
      {appeal && (
        <Text className={styles.text}>
          {appealOpen
            ? t('triage.summary.appeal.open', {
                name: appeal.by.name,
                at: date(appeal.at),
                reason: appeal.reason,
              })
            : t('triage.summary.appeal.answered', {
                name: appeal.by.name,
                at: date(appeal.at),
                answeredAt: date(appeal.answeredAt ?? appeal.at),
                reason: appeal.reason,
              })}
          {!appealOpen && isAuthor && idea.status === 'declined' && ` ${t('triage.summary.appeal.used')}`}
        </Text>
      )}
      {(decided || cycle) && (
        <dl className={styles.facts}>
          {cycle && (
            <Fact
              term={t('triage.section.cycle')}
              detail={t('triage.summary.cycle', { name: cycle.name, phase: cycle.phase })}
            />
          )}
          {idea.itPartner && <Fact term={t('triage.summary.itPartner')} detail={idea.itPartner.name} />}
          {idea.sponsor && <Fact term={t('triage.summary.sponsor')} detail={idea.sponsor.name} />}
          {classification && (
            <>
              <Fact
                term={t('triage.classification.sourcing')}
                detail={t('triage.summary.sourcing', {
                  sourcing: classification.sourcing,
                  recommendation: classification.recommendation,
                })}
              />
              <Fact
                term={t('triage.summary.priority')}
                detail={t('triage.summary.priorityDetail', {
                  priority: classification.priority,
                  value: classification.value,
                  effort: classification.effort,
                })}
              />
            </>
          )}
          {expectedBenefit && (
            <Fact
              term={t('triage.benefits.expected.kind')}
              detail={benefitText(expectedBenefit, translator)}
            />
          )}
          {measuredBenefit && (
            <Fact
              term={t('triage.benefits.measured.kind')}
              detail={benefitText(measuredBenefit, translator)}
            />
          )}
        </dl>
      )}
    </section>
  );
}

function Fact({ term, detail }: { term: string; detail: string }) {
  const styles = useTriageSummaryStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.detail} dir="auto">
        {detail}
      </dd>
    </>
  );
}
