export * from './supplier.schema';
