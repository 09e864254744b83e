/**
 * Loads every library module, so their registrations are in place before anything is compiled.
 */
import './collections';
import './system';
import './string';
import './numbers';
import './dates';
import './schema';
import './type';
import './database';
import './trigger';
import './json';
import './regex';
import './blob';
import './security';
import './async';
import './aggregateResult';
import './install';
