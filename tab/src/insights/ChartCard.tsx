import { useTranslator } from '../app/translation';
import { useState, type ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  ToggleButton,
} from '@fluentui/react-components';
import { Table20Regular } from '@fluentui/react-icons';
import { useInsightsPageStyles } from './InsightsPage.styles';

/** A chart's numbers as a table: the first column names each row, the others are figures (right-aligned). */
export interface ChartTable {
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

export interface ChartCardProps {
  id: string;
  title: string;
  description: string;
  table: ChartTable;
  /** Said instead of the chart and its table when there is nothing to show. */
  empty?: string;
  /** The chart; its words and numbers are the table's. */
  children: ReactNode;
}

/** One chart of the insights, with its title, and a switch to read the same numbers as a table. */
export function ChartCard({ id, title, description, table, empty, children }: ChartCardProps) {
  const styles = useInsightsPageStyles();
  const { t } = useTranslator();
  const [asTable, setAsTable] = useState(false);
  const titleId = `${id}-title`;
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <div className={styles.cardHeading}>
        <div className={styles.cardTitles}>
          <h3 id={titleId} className={styles.cardTitle}>
            {title}
          </h3>
          <Text size={200} className={styles.muted}>
            {description}
          </Text>
        </div>
        {!empty && (
          <ToggleButton
            size="small"
            appearance="subtle"
            icon={<Table20Regular />}
            checked={asTable}
            aria-label={t('insights.asTable.label', { title })}
            onClick={() => setAsTable(!asTable)}
          >
            {t('insights.asTable')}
          </ToggleButton>
        )}
      </div>
      {empty ? (
        <Text className={styles.cardEmpty}>{empty}</Text>
      ) : asTable ? (
        <Table size="small" aria-labelledby={titleId} className={styles.table}>
          <TableHeader>
            <TableRow>
              {table.columns.map((column, index) => (
                <TableHeaderCell key={column} className={index > 0 ? styles.figureCell : undefined}>
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((row) => (
              <TableRow key={row.key}>
                {row.cells.map((cell, index) => (
                  <TableCell key={index} className={index > 0 ? styles.figureCell : undefined}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <div className={styles.chart}>{children}</div>
      )}
    </section>
  );
}
