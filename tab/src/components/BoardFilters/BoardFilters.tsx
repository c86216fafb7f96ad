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
import { BOARD_STATUS_LABELS, SORT_LABELS } from '../../board/ideaText';
import {
  CLEARED_FILTERS,
  DEFAULT_STATUS,
  hasFilters,
  type BoardStatus,
  type ViewState,
} from '../../board/viewState';
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
  const { searchText, search } = useBoardFilters(props);
  // A view from a shared link may name a choice the board no longer counts: it stays on offer while chosen.
  const categoryChoices = withChosen(categories, view.category, { ideas: 0, retired: false });
  const tagChoices = withChosen(tags, view.tag, { ideas: 0 });
  // On a phone the filters fold into a sheet, so the first screen is ideas rather than dropdowns.
  const narrow = useNarrowScreen();
  const [sheetOpen, setSheetOpen] = useState(false);
  const active = activeFilterCount(view);
  const chosenCycle = view.cycleId && cycles.find((cycle) => cycle.id === view.cycleId);
  const cycleName = chosenCycle ? chosenCycle.name : 'a planning cycle';
  const controls = (
    <>
      {narrow && (cycles.length > 0 || view.cycleId) && (
        <Dropdown
          className={styles.dropdown}
          aria-label="Planning cycle"
          value={view.cycleId ? `${cycleName}${view.shortlist ? ': shortlist' : ''}` : 'Every planning cycle'}
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
          <Option value={ALL}>Every planning cycle</Option>
          {cycles.flatMap((cycle) => [
            <Option key={cycle.id} value={cycleChoice(cycle.id, false)} text={cycle.name}>
              {cycle.name}
            </Option>,
            <Option
              key={`${cycle.id}-shortlist`}
              value={cycleChoice(cycle.id, true)}
              text={`${cycle.name}: shortlist`}
            >
              {`${cycle.name}: shortlist`}
            </Option>,
          ])}
        </Dropdown>
      )}
      <Dropdown
        className={styles.dropdown}
        aria-label="Status"
        value={BOARD_STATUS_LABELS[view.status]}
        selectedOptions={[view.status]}
        onOptionSelect={(_, data) =>
          data.optionValue && onChange({ status: data.optionValue as BoardStatus })
        }
      >
        {(Object.keys(BOARD_STATUS_LABELS) as BoardStatus[]).map((status) => (
          <Option key={status} value={status}>
            {BOARD_STATUS_LABELS[status]}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.dropdown}
        aria-label="Category"
        value={view.category ?? 'All categories'}
        selectedOptions={[view.category ?? ALL]}
        onOptionSelect={(_, data) => onChange({ category: data.optionValue || undefined })}
      >
        <Option value={ALL}>All categories</Option>
        {categoryChoices.map((category) => (
          <Option key={category.name} value={category.name} text={category.name}>
            {choiceLabel(category.name, category.ideas, category.retired)}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.dropdown}
        aria-label="Tag"
        value={view.tag ? `#${view.tag}` : 'All tags'}
        selectedOptions={[view.tag ?? ALL]}
        onOptionSelect={(_, data) => onChange({ tag: data.optionValue || undefined })}
      >
        <Option value={ALL}>All tags</Option>
        {tagChoices.map((tag) => (
          <Option key={tag.name} value={tag.name} text={`#${tag.name}`}>
            {choiceLabel(`#${tag.name}`, tag.ideas)}
          </Option>
        ))}
      </Dropdown>
      <ToggleButton
        className={styles.toggle}
        checked={view.mine}
        onClick={() => onChange({ mine: !view.mine })}
      >
        Mine
      </ToggleButton>
      <ToggleButton
        className={styles.toggle}
        checked={view.voted}
        onClick={() => onChange({ voted: !view.voted })}
      >
        I voted
      </ToggleButton>
      <Dropdown
        className={styles.dropdown}
        aria-label="Sort by"
        value={`Sort: ${SORT_LABELS[view.sort]}`}
        selectedOptions={[view.sort]}
        onOptionSelect={(_, data) => data.optionValue && onChange({ sort: data.optionValue as Sort })}
      >
        {SORTS.map((sort) => (
          <Option key={sort} value={sort} text={SORT_LABELS[sort]}>
            {SORT_LABELS[sort]}
          </Option>
        ))}
      </Dropdown>
    </>
  );

  return (
    <div role="search" aria-label="Find ideas" className={styles.root}>
      <SearchBox
        className={styles.search}
        aria-label="Search ideas"
        placeholder="Search ideas"
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
            {active > 0 ? `Filters (${active})` : 'Filters'}
          </Button>
          <OverlayDrawer
            position="bottom"
            size="medium"
            open={sheetOpen}
            aria-label="Filters and sort"
            onOpenChange={(_, data) => setSheetOpen(data.open)}
          >
            <DrawerHeader>
              <DrawerHeaderTitle
                action={
                  <Button
                    appearance="subtle"
                    aria-label="Close"
                    icon={<Dismiss24Regular />}
                    onClick={() => setSheetOpen(false)}
                  />
                }
              >
                Filters and sort
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
          aria-label={`Remove the tag filter ${view.tag}`}
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
          aria-label={`Remove the filter ${view.shortlist ? 'shortlist of' : 'ideas of'} ${cycleName}`}
          onClick={() => onChange({ cycleId: undefined, shortlist: false })}
        >
          {view.shortlist ? `Shortlist of ${cycleName}` : cycleName}
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
          Clear filters
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
function choiceLabel(name: string, ideas: number, retired = false): string {
  return `${name} (${retired ? 'retired, ' : ''}${ideas})`;
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
