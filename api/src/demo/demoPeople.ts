import type { Role } from '@ideabar/core';

export const DEMO_TENANT_ID = 'contoso';

export interface DemoPerson {
  tenantId: string;
  userId: string;
  name: string;
  /** What they do at Contoso, shown in the local sign-in picker. */
  jobTitle: string;
  roles: Role[];
}

const person = (
  userId: string,
  name: string,
  jobTitle: string,
  roles: Role[] = ['employee'],
): DemoPerson => ({
  tenantId: DEMO_TENANT_ID,
  userId,
  name,
  jobTitle,
  roles,
});

/** The people of the demo tenant: who you can sign in as locally, and who wrote the demo ideas. */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person('megan.bowen', 'Megan Bowen', 'Marketing Manager'),
  person('adele.vance', 'Adele Vance', 'Retail Store Lead'),
  person('alex.wilber', 'Alex Wilber', 'IT Partner, Enterprise Apps', ['employee', 'it']),
  person('diego.siciliani', 'Diego Siciliani', 'HR Business Partner'),
  person('isaiah.langer', 'Isaiah Langer', 'Field Sales Representative'),
  person('johanna.lorenz', 'Johanna Lorenz', 'Senior Engineer, Plant Operations'),
  person('lee.gu', 'Lee Gu', 'Director of Finance'),
  person('lidia.holloway', 'Lidia Holloway', 'Product Manager'),
  person('lynne.robbins', 'Lynne Robbins', 'Customer Service Lead'),
  person('nestor.wilke', 'Nestor Wilke', 'Head of IT Operations', ['employee', 'it']),
  person('patti.fernandez', 'Patti Fernandez', 'President'),
  person('pradeep.gupta', 'Pradeep Gupta', 'Accountant'),
];
