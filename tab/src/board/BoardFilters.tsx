import { useState } from 'react';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Dropdown,
  Option,
  OverlayDrawer,
  SearchBox,
  ToggleButton,
} from '@fluentui/react-components';
import { Dismiss12Regular, Dismiss24Regular, Filter20Regular } from '@fluentui/react-icons';
import { SORTS, type Sort } from '@ideabar/core';
import type { Translator } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { BOARD_STATUSES, boardStatusLabel, sortLabel } from '../shared/ideaText';
import { CLEARED_FILTERS, DEFAULT_STATUS, hasFilters, type BoardStatus, type ViewState } from './viewState';
import { useBoardFiltersStyles } from './BoardFilters.styles';
import type { BoardFiltersProps } from './BoardFilters.types';
import { useBoardFilters, useNarrowScreen } from './useBoardFilters';

const ALL = '';
/** Joins a cycle's id and its shortlist in one dropdown value (ids have no spaces). */
const SHORTLIST = ' shortlist';
const cycleChoice = (cycleId: string | undefined, shortlist: boolean): string =>
  cycleId ? `${cycleId}${shortlist ? SHORTLIST : ''}` : ALL;

/** Search, filters and sort for the board; every choice lands in the URL through onChange. */
export function BoardFilters(props: BoardFiltersProps) {
  const { view, categories, tags, cycles = [], currentCycleId, onChange } = props;
  const styles = useBoardFiltersStyles();
  const { t } = useTranslator();
  const { searchText, search } = useBoardFilters(props);
  // A view from a shared link may name a choice the board no longer counts: it stays on offer while chosen.
  const categoryChoices = withChosen(categories, view.category, { ideas: 0, retired: false });
  const tagChoices = withChosen(tags, view.tag, { ideas: 0 });
  // On a phone the filters fold into a sheet, so the first screen is ideas rather than dropdowns.
  const narrow = useNarrowScreen();
  const [sheetOpen, setSheetOpen] = useState(false);
  const active = activeFilterCount(view);
  const chosenCycle = view.cycleId && cycles.find((cycle) => cycle.id === view.cycleId);
  const cycleName = chosenCycle ? chosenCycle.name : t('board.filters.cycle.unnamed');
  const controls = (
    <>
      {narrow && (cycles.length > 0 || view.cycleId) && (
        <Dropdown
          className={styles.dropdown}
          clearButton={{ 'aria-label': t('board.filters.clearChoice') }}
          aria-label={t('board.filters.cycle.label')}
          value={
            view.cycleId
              ? view.shortlist
                ? t('board.filters.cycle.shortlist', { cycle: cycleName })
                : cycleName
              : t('board.filters.cycle.every')
          }
          selectedOptions={[cycleChoice(view.cycleId, view.shortlist)]}
          onOptionSelect={(_, data) => {
            const [cycleId, shortlist] = (data.optionValue ?? ALL).split(SHORTLIST);
            onChange(
              cycleId
                ? { cycleId, shortlist: shortlist !== undefined, status: 'all' }
                : { cycleId: undefined, shortlist: false, status: DEFAULT_STATUS },
            );
          }}
        >
          <Option value={ALL}>{t('board.filters.cycle.every')}</Option>
          {cycles.flatMap((cycle) => [
            <Option key={cycle.id} value={cycleChoice(cycle.id, false)} text={cycle.name}>
              {cycle.name}
            </Option>,
            <Option
              key={`${cycle.id}-shortlist`}
              value={cycleChoice(cycle.id, true)}
              text={t('board.filters.cycle.shortlist', { cycle: cycle.name })}
            >
              {t('board.filters.cycle.shortlist', { cycle: cycle.name })}
            </Option>,
          ])}
        </Dropdown>
      )}
      <Dropdown
        className={styles.dropdown}
        clearButton={{ 'aria-label': t('board.filters.clearChoice') }}
        aria-label={t('board.filters.status.label')}
        value={boardStatusLabel(t, view.status)}
        selectedOptions={[view.status]}
        onOptionSelect={(_, data) =>
          data.optionValue && onChange({ status: data.optionValue as BoardStatus })
        }
      >
        {BOARD_STATUSES.map((status) => (
          <Option key={status} value={status}>
            {boardStatusLabel(t, status)}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.dropdown}
        clearButton={{ 'aria-label': t('board.filters.clearChoice') }}
        aria-label={t('board.filters.category.label')}
        value={view.category ?? t('board.filters.category.all')}
        selectedOptions={[view.category ?? ALL]}
        onOptionSelect={(_, data) => onChange({ category: data.optionValue || undefined })}
      >
        <Option value={ALL}>{t('board.filters.category.all')}</Option>
        {categoryChoices.map((category) => (
          <Option key={category.name} value={category.name} text={category.name}>
            {choiceLabel(t, category.name, category.ideas, category.retired)}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.dropdown}
        clearButton={{ 'aria-label': t('board.filters.clearChoice') }}
        aria-label={t('board.filters.tag.label')}
        value={view.tag ? `#${view.tag}` : t('board.filters.tag.all')}
        selectedOptions={[view.tag ?? ALL]}
        onOptionSelect={(_, data) => onChange({ tag: data.optionValue || undefined })}
      >
        <Option value={ALL}>{t('board.filters.tag.all')}</Option>
        {tagChoices.map((tag) => (
          <Option key={tag.name} value={tag.name} text={`#${tag.name}`}>
            {choiceLabel(t, `#${tag.name}`, tag.ideas)}
          </Option>
        ))}
      </Dropdown>
      <ToggleButton
        className={styles.toggle}
        checked={view.mine}
        onClick={() => onChange({ mine: !view.mine })}
      >
        {t('board.filters.mine')}
      </ToggleButton>
      <ToggleButton
        className={styles.toggle}
        checked={view.voted}
        onClick={() => onChange({ voted: !view.voted })}
      >
        {t('board.filters.voted')}
      </ToggleButton>
      <Dropdown
        className={styles.dropdown}
        clearButton={{ 'aria-label': t('board.filters.clearChoice') }}
        aria-label={t('board.filters.sort.label')}
        value={t('board.filters.sort.value', { sort: sortLabel(t, view.sort) })}
        selectedOptions={[view.sort]}
        onOptionSelect={(_, data) => data.optionValue && onChange({ sort: data.optionValue as Sort })}
      >
        {SORTS.map((sort) => (
          <Option key={sort} value={sort} text={sortLabel(t, sort)}>
            {sortLabel(t, sort)}
          </Option>
        ))}
      </Dropdown>
    </>
  );

  return (
    <div role="search" aria-label={t('board.filters.region')} className={styles.root}>
      <SearchBox
        className={styles.search}
        aria-label={t('board.filters.search')}
        placeholder={t('board.filters.search')}
        dismiss={{ 'aria-label': t('board.filters.clearSearch') }}
        value={searchText}
        onChange={(_, data) => search(data.value, data.value === '')}
        onKeyDown={(event) => event.key === 'Enter' && search(searchText, true)}
      />
      {narrow ? (
        <>
          <Button
            className={styles.filtersButton}
            icon={<Filter20Regular />}
            aria-haspopup="dialog"
            onClick={() => setSheetOpen(true)}
          >
            {active > 0 ? t('board.filters.button.count', { count: active }) : t('board.filters.button')}
          </Button>
          <OverlayDrawer
            position="bottom"
            size="medium"
            open={sheetOpen}
            aria-label={t('board.filters.sheet')}
            onOpenChange={(_, data) => setSheetOpen(data.open)}
          >
            <DrawerHeader>
              <DrawerHeaderTitle
                action={
                  <Button
                    appearance="subtle"
                    aria-label={t('board.filters.close')}
                    icon={<Dismiss24Regular />}
                    onClick={() => setSheetOpen(false)}
                  />
                }
              >
                {t('board.filters.sheet')}
              </DrawerHeaderTitle>
            </DrawerHeader>
            <DrawerBody className={styles.sheet}>{controls}</DrawerBody>
          </OverlayDrawer>
        </>
      ) : (
        controls
      )}
      {view.tag && (
        <Button
          size="small"
          shape="circular"
          icon={<Dismiss12Regular />}
          iconPosition="after"
          aria-label={t('board.filters.removeTag', { tag: view.tag })}
          onClick={() => onChange({ tag: undefined })}
        >
          #{view.tag}
        </Button>
      )}
      {view.cycleId && view.cycleId !== currentCycleId && !narrow && (
        <Button
          size="small"
          shape="circular"
          icon={<Dismiss12Regular />}
          iconPosition="after"
          aria-label={
            view.shortlist
              ? t('board.filters.removeShortlist', { cycle: cycleName })
              : t('board.filters.removeCycle', { cycle: cycleName })
          }
          onClick={() => onChange({ cycleId: undefined, shortlist: false })}
        >
          {view.shortlist ? t('board.filters.shortlistOf', { cycle: cycleName }) : cycleName}
        </Button>
      )}
      {hasFilters(view) && (
        <Button
          appearance="transparent"
          size="small"
          onClick={() => {
            search('', true);
            onChange(CLEARED_FILTERS);
          }}
        >
          {t('board.clearFilters')}
        </Button>
      )}
    </div>
  );
}

/** The board's choices, with the one the view names first when the board does not list it (ignoring case). */
function withChosen<T extends { name: string }>(
  choices: T[],
  chosen: string | undefined,
  rest: Omit<T, 'name'>,
): T[] {
  if (!chosen || choices.some((choice) => choice.name.toLocaleLowerCase() === chosen.toLocaleLowerCase()))
    return choices;
  return [{ ...rest, name: chosen } as T, ...choices];
}

/** "Devices (3)", or "Old area (retired, 2)": how many of the board's ideas a choice would show. */
function choiceLabel(t: Translator['t'], name: string, ideas: number, retired = false): string {
  return retired
    ? t('board.filters.choice.retired', { name, count: ideas })
    : t('board.filters.choice', { name, count: ideas });
}

/** How many filters beyond the default view are on (the search box shows its own). */
function activeFilterCount(view: ViewState): number {
  return [
    view.status !== DEFAULT_STATUS,
    view.category,
    view.tag,
    view.mine,
    view.voted,
    view.cycleId,
  ].filter(Boolean).length;
}
