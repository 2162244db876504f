// The element types for Vue templates: gruppekit's generated GlobalComponents.
import type {} from 'gruppekit/frameworks/vue';
