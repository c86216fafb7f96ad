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

/**
 * The people of the demo tenant you can sign in as locally, and who wrote many of the demo ideas. Contoso makes
 * and services refrigeration equipment — milk coolers for farms, cold rooms and display cases for food retailers —
 * and sells it through field sales, distributors and its own stores.
 */
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

/**
 * Everyone else at Contoso who appears on the demo board: they write ideas, vote and comment, but are not offered
 * in the sign-in picker. A board of a few hundred employees has far more voters than a demo has people to pick.
 */
export const DEMO_COLLEAGUES: readonly DemoPerson[] = [
  person('grady.archie', 'Grady Archie', 'Accounts Payable Specialist'),
  person('christie.cline', 'Christie Cline', 'Financial Controller'),
  person('joni.sherman', 'Joni Sherman', 'Payroll Lead'),
  person('miriam.graham', 'Miriam Graham', 'Talent Acquisition Partner'),
  person('debra.berger', 'Debra Berger', 'Executive Assistant'),
  person('enrico.cattaneo', 'Enrico Cattaneo', 'Key Account Manager'),
  person('allan.deyoung', 'Allan Deyoung', 'Inside Sales Lead'),
  person('raul.razo', 'Raul Razo', 'Field Service Technician'),
  person('henrietta.mueller', 'Henrietta Mueller', 'Service Dispatcher'),
  person('tomasz.nowak', 'Tomasz Nowak', 'Field Service Technician'),
  person('irvin.sayers', 'Irvin Sayers', 'Warehouse Supervisor'),
  person('amara.okafor', 'Amara Okafor', 'Inventory Planner'),
  person('lars.eriksen', 'Lars Eriksen', 'Logistics Coordinator'),
  person('sofia.marin', 'Sofia Marín', 'Customer Support Agent'),
  person('kenji.watanabe', 'Kenji Watanabe', 'Customer Support Agent'),
  person('emily.braun', 'Emily Braun', 'Legal Counsel'),
  person('fatima.haddad', 'Fatima Haddad', 'Contracts Manager'),
  person('chloe.dubois', 'Chloé Dubois', 'Digital Marketing Specialist'),
  person('owen.gallagher', 'Owen Gallagher', 'Events Coordinator'),
  person('mateo.rossi', 'Mateo Rossi', 'Production Supervisor'),
  person('hannah.schulz', 'Hannah Schulz', 'Quality Engineer'),
  person('ravi.menon', 'Ravi Menon', 'Maintenance Planner'),
  person('priya.raman', 'Priya Raman', 'Procurement Specialist'),
  person('jonas.berg', 'Jonas Berg', 'Service Parts Coordinator'),
  person('leila.farahani', 'Leila Farahani', 'Learning & Development Lead'),
  person('marcus.reid', 'Marcus Reid', 'Store Associate'),
  person('nadia.petrova', 'Nadia Petrova', 'Data Analyst'),
  person('samuel.adeyemi', 'Samuel Adeyemi', 'Field Service Manager'),
  person('yuki.tanaka', 'Yuki Tanaka', 'Export Sales Coordinator'),
  person('zoe.hartmann', 'Zoe Hartmann', 'Brand Designer'),
  person('daniel.kowalczyk', 'Daniel Kowalczyk', 'Forklift Operator'),
  person('elena.popescu', 'Elena Popescu', 'Compliance Officer'),
  person('felix.wagner', 'Felix Wagner', 'Assembly Team Lead'),
  person('grace.liu', 'Grace Liu', 'Treasury Analyst'),
  person('hugo.lambert', 'Hugo Lambert', 'Regional Sales Manager'),
  person('isabel.ortega', 'Isabel Ortega', 'HR Generalist'),
  person('omar.siddiqui', 'Omar Siddiqui', 'Health & Safety Officer'),
  person('rosa.alvarez', 'Rosa Álvarez', 'Store Manager'),
];

/** Everyone on the demo board, sign-in people first. */
export const DEMO_EVERYONE: readonly DemoPerson[] = [...DEMO_PEOPLE, ...DEMO_COLLEAGUES];
