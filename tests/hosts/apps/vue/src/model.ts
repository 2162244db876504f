import 'gruppekit/scale.js';
import { createApp } from 'vue';
import Model from './Model.vue';

createApp(Model).mount('#app');
