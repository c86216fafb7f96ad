import { CUSTOMER_SUPPORT } from './areas/customerSupport.js';
import { FIELD_SERVICE } from './areas/fieldService.js';
import { FINANCE } from './areas/finance.js';
import { LEGAL } from './areas/legal.js';
import { MARKETING } from './areas/marketing.js';
import { PEOPLE_AND_HR } from './areas/peopleAndHr.js';
import { PLANT_OPERATIONS } from './areas/plantOperations.js';
import { SALES } from './areas/sales.js';
import { STORES } from './areas/stores.js';
import { WAREHOUSE } from './areas/warehouse.js';
import { WORKPLACE } from './areas/workplace.js';
import type { DemoIdea } from './demoIdea.js';

/** The demo board's ideas, one file per business area: the kind of things Contoso's people bring to IT. */
export const DEMO_IDEAS: readonly DemoIdea[] = [
  ...FINANCE,
  ...PEOPLE_AND_HR,
  ...SALES,
  ...FIELD_SERVICE,
  ...WAREHOUSE,
  ...CUSTOMER_SUPPORT,
  ...LEGAL,
  ...MARKETING,
  ...PLANT_OPERATIONS,
  ...STORES,
  ...WORKPLACE,
];
