/** The components available in MDX content without imports (see README.md). */
import KeyPoints from './KeyPoints.astro';
import Checklist from './Checklist.astro';
import Procedure from './Procedure.astro';
import CaseScenario from './CaseScenario.astro';
import ForTrainers from './ForTrainers.astro';
import RoleCard from './RoleCard.astro';
import LegalNote from './LegalNote.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Table from './Table.astro';

export const contentComponents = { KeyPoints, Checklist, Procedure, CaseScenario, ForTrainers, RoleCard, LegalNote, Cite, Term, h2: H2, h3: H3, h4: H4, table: Table };
