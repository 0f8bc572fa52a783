export * from './field-changes';
export * from './audit-log.schema';
