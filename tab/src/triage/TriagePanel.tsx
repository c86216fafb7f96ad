import type { ReactNode } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  useId,
} from '@fluentui/react-components';
import { BenefitsForm } from './BenefitsForm';
import { ClassificationForm } from './ClassificationForm';
import { CycleForm } from './CycleForm';
import { MergeForm } from './MergeForm';
import { PartnersForm } from './PartnersForm';
import { StatusForm } from './StatusForm';
import type { MessageKey } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { useTriagePanelStyles } from './TriagePanel.styles';
import type { TriagePanelProps, TriageSection } from './useTriagePanel';
import { useFocusOnOpen, useTriagePanel } from './useTriagePanel';

const SECTION_TITLES: Record<TriageSection, MessageKey> = {
  merge: 'triage.section.merge',
  partners: 'triage.section.partners',
  classification: 'triage.section.classification',
  cycle: 'triage.section.cycle',
  benefits: 'triage.section.benefits',
};

/** IT's triage of the open idea: approval, status, and the decisions IT records, one section at a time. */
export function TriagePanel(props: TriagePanelProps) {
  const { idea, onChanged, onMerged, onStale } = props;
  const styles = useTriagePanelStyles();
  const { t } = useTranslator();
  const panel = useTriagePanel(props);
  const headingId = useId('triage');
  const merged = idea.status === 'duplicate';
  const sections: TriageSection[] = merged
    ? ['partners', 'classification', 'benefits']
    : ['merge', 'partners', 'classification', 'cycle', 'benefits'];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t('triage.heading')}
        <Badge appearance="outline" color="brand" size="small">
          {t('triage.itOnly')}
        </Badge>
      </h3>
      {idea.awaitingApproval && (
        <div className={styles.approval}>
          <Text>{t('triage.approval.waiting')}</Text>
          <Button
            appearance="primary"
            disabledFocusable={panel.approving}
            onClick={() => void panel.approve()}
          >
            {panel.approving ? t('triage.approval.approving') : t('triage.approval.approve')}
          </Button>
        </div>
      )}
      {panel.approvalProblem && (
        <MessageBar intent="error">
          <MessageBarBody>{panel.approvalProblem}</MessageBarBody>
        </MessageBar>
      )}
      {!merged && <StatusForm idea={idea} onChanged={onChanged} onStale={onStale} />}
      <Accordion
        collapsible
        openItems={panel.open ? [panel.open] : []}
        onToggle={(_, data) => panel.toggle(data.value as TriageSection)}
      >
        {sections.map((section) => (
          <AccordionItem key={section} value={section}>
            <AccordionHeader as="h4">{t(SECTION_TITLES[section])}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <SectionBody>
                {section === 'merge' && <MergeForm idea={idea} onMerged={onMerged} onStale={onStale} />}
                {section === 'partners' && (
                  <PartnersForm idea={idea} onChanged={onChanged} onStale={onStale} />
                )}
                {section === 'classification' && (
                  <ClassificationForm idea={idea} onChanged={onChanged} onStale={onStale} />
                )}
                {section === 'cycle' && <CycleForm idea={idea} onChanged={onChanged} onStale={onStale} />}
                {section === 'benefits' && (
                  <BenefitsForm idea={idea} onChanged={onChanged} onStale={onStale} />
                )}
              </SectionBody>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

function SectionBody({ children }: { children: ReactNode }) {
  const body = useFocusOnOpen();
  return <div ref={body}>{children}</div>;
}
