// For the plain TypeScript compiler (`tsc`), which cannot read .astro files:
// `astro check` type-checks them itself and resolves the real components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
