// The tools register by their side-effect imports, as the README says for any bundler.
import 'gruppekit/scale.js';
import 'gruppekit/feelings.js';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideZonelessChangeDetection } from '@angular/core';
import { HostComponent } from './host.component';

bootstrapApplication(HostComponent, { providers: [provideZonelessChangeDetection()] }).catch((e) => console.error(e));
