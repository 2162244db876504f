import type {} from 'gruppekit/frameworks/svelte';
