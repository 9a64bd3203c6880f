/** The plan feature's public face for src/app: checklists, the activity plan, the home links. */
export { ChecklistsScreen } from './components/checklists-screen';
export { ChecklistScreen } from './components/checklist-screen';
export { PlanScreen } from './components/plan-screen';
export { PlanFormScreen } from './components/plan-form-screen';
export { PlanLinks } from './components/plan-links';
