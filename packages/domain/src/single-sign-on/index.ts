export * from './saml-privileges';
