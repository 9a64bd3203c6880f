/** Pure rules of the plan feature: checklists, the activity plan and weeks (the .ics writer loads on demand from ./ics). */
export * from './checklist';
export * from './plan-item';
export * from './week';
