import customerSupport from './areas/customerSupport.json' with { type: 'json' };
import fieldService from './areas/fieldService.json' with { type: 'json' };
import finance from './areas/finance.json' with { type: 'json' };
import legal from './areas/legal.json' with { type: 'json' };
import marketing from './areas/marketing.json' with { type: 'json' };
import peopleAndHr from './areas/peopleAndHr.json' with { type: 'json' };
import plantOperations from './areas/plantOperations.json' with { type: 'json' };
import sales from './areas/sales.json' with { type: 'json' };
import stores from './areas/stores.json' with { type: 'json' };
import warehouse from './areas/warehouse.json' with { type: 'json' };
import workplace from './areas/workplace.json' with { type: 'json' };
import { demoAreaSchema, type DemoIdea } from './demoIdea.js';

/** The demo board's ideas, one file per business area, in the board's order of areas. */
const AREA_FILES = {
  finance,
  peopleAndHr,
  sales,
  fieldService,
  warehouse,
  customerSupport,
  legal,
  marketing,
  plantOperations,
  stores,
  workplace,
};

/** Read through the schema, naming the file and the place of whatever does not fit. */
export function demoIdeasOf(files: Record<string, unknown>): DemoIdea[] {
  return Object.entries(files).flatMap(([name, file]) => {
    const parsed = demoAreaSchema.safeParse(file);
    if (!parsed.success) {
      const where = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`The demo area ${name}.json does not read as demo ideas: ${where.join('; ')}`);
    }
    return parsed.data.ideas.map((idea) => ({ ...idea, area: parsed.data.area }));
  });
}

/** The kind of things Contoso's people bring to IT. */
export const DEMO_IDEAS: readonly DemoIdea[] = demoIdeasOf(AREA_FILES);
