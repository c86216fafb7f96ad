import { Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { CyclePhase } from '@ideabar/core';
import { dateText, STATUS_LABELS } from '../../board/ideaText';
import {
  benefitText,
  CONSTRAINT_NAMES,
  RECOMMENDATION_LABELS,
  SOURCING_LABELS,
} from '../../board/triageText';
import { useTriageSummaryStyles } from './TriageSummary.styles';
import type { TriageSummaryProps } from './TriageSummary.types';
import { useTriageSummary } from './useTriageSummary';

const CYCLE_PHASE_TEXT: Record<CyclePhase, string> = {
  upcoming: 'opens for ideas soon',
  submissions: 'taking ideas',
  voting: 'voting',
  closed: 'closed',
};

/**
 * What IT has said and decided about an idea, for everyone: its latest public response, a decline told as what
 * would get it to yes, the appeal, where a duplicate went, and the classification and benefits.
 */
export function TriageSummary(props: TriageSummaryProps) {
  const { idea, locale, isAuthor, onOpenIdea, headingRef } = props;
  const styles = useTriageSummaryStyles();
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
        Where it stands
      </h3>
      {props.history && !latest && !target && !showDecline && !appeal && !decided && (
        <Text>IT hasn’t answered yet. The answer, with who gave it and when, will show here.</Text>
      )}
      {idea.awaitingApproval && (
        <MessageBar intent="info">
          <MessageBarBody>
            {isAuthor
              ? 'Waiting for IT’s approval: until then only you and IT can see this idea.'
              : 'Waiting for approval: only its author and IT can see this idea.'}
          </MessageBarBody>
        </MessageBar>
      )}
      {target && (
        <MessageBar intent="info">
          <MessageBarBody>
            Merged into{' '}
            <Link
              dir="auto"
              href={`?idea=${encodeURIComponent(target.id)}`}
              onClick={(event) => {
                if (!onOpenIdea || event.metaKey || event.ctrlKey || event.shiftKey) return;
                event.preventDefault();
                onOpenIdea(target.id);
              }}
            >
              {target.title ?? 'the idea it duplicates'}
            </Link>
            . Its votes moved there: vote, comment and follow it there.
          </MessageBarBody>
        </MessageBar>
      )}
      {latest && (
        <figure className={styles.response} aria-labelledby="idea-latest-response">
          <figcaption id="idea-latest-response" className={styles.caption}>
            IT’s latest response
          </figcaption>
          <blockquote className={styles.quote}>
            <Text className={styles.text} dir="auto">
              {latest.response}
            </Text>
          </blockquote>
          <Text className={styles.byline}>
            {latest.by.name}, {dateText(latest.at, locale)} ({STATUS_LABELS[latest.to]})
          </Text>
        </figure>
      )}
      {showDecline && (
        <section className={styles.enabler} aria-labelledby="idea-path-to-yes">
          <h4 id="idea-path-to-yes" className={styles.subheading}>
            What would get this to yes
          </h4>
          <Text className={styles.text} dir="auto">
            {decline.pathToYes}
          </Text>
          <Text className={styles.text}>
            <Text weight="semibold">Why not now:</Text> {CONSTRAINT_NAMES[decline.constraint]}
          </Text>
          <Text className={styles.text}>
            <Text weight="semibold">The rule it rests on:</Text> {decline.rule}
          </Text>
        </section>
      )}
      {appeal && (
        <Text className={styles.text}>
          {appealOpen
            ? `Appealed by ${appeal.by.name} on ${dateText(appeal.at, locale)}: waiting for IT’s answer. `
            : `Appealed by ${appeal.by.name} on ${dateText(appeal.at, locale)}; IT answered on ${dateText(appeal.answeredAt ?? appeal.at, locale)}. `}
          “{appeal.reason}”
          {!appealOpen && isAuthor && idea.status === 'declined' && ' The one appeal has been used.'}
        </Text>
      )}
      {(decided || cycle) && (
        <dl className={styles.facts}>
          {cycle && (
            <Fact term="Planning cycle" detail={`${cycle.name} (${CYCLE_PHASE_TEXT[cycle.phase]})`} />
          )}
          {idea.itPartner && <Fact term="IT partner" detail={idea.itPartner.name} />}
          {idea.sponsor && <Fact term="Business sponsor" detail={idea.sponsor.name} />}
          {classification && (
            <>
              <Fact
                term="Sourcing"
                detail={`${SOURCING_LABELS[classification.sourcing]}: ${RECOMMENDATION_LABELS[classification.recommendation].toLowerCase()}`}
              />
              <Fact
                term="Priority"
                detail={`${classification.priority} of 25 (value ${classification.value} of 5, effort ${classification.effort} of 5)`}
              />
            </>
          )}
          {expectedBenefit && <Fact term="Expected benefit" detail={benefitText(expectedBenefit, locale)} />}
          {measuredBenefit && <Fact term="Measured benefit" detail={benefitText(measuredBenefit, locale)} />}
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
