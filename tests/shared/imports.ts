// One import point for the tests: the core's public API and the translator.
export * from '../../shared/domain';
export { translator } from '../../shared/i18n';
