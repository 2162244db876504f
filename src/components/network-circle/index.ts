export { GkNetworkCircle } from './network-circle.component.js';
export * from './network-circle.model.js';
export { layoutNetwork, type NetworkBox, type NetworkLayoutOptions, type NetworkLayout } from './network-circle.layout.js';
export { NETWORK_CIRCLE_STRINGS, type NetworkCircleStrings } from './network-circle.strings.js';
/** The helpers in a network-circle value, in the shape the emergency plan accepts. */
export { supportPeople, type SupportPerson } from '../../core/people.js';
