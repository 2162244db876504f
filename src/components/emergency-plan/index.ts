export { GkEmergencyPlan, EMERGENCY_PLAN_VIEWS, PRINT_LAYOUTS, type EmergencyPlanView, type PrintLayout } from './emergency-plan.component.js';
export * from './emergency-plan.model.js';
export { EMERGENCY_PLAN_STRINGS, type EmergencyPlanStrings } from './emergency-plan.strings.js';
