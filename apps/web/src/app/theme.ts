import {
  Badge,
  createTheme,
  Title,
  darken,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * Mantine's blue at shade 8 (#1971c2) gives 5.0:1 against white, so filled buttons, links and the
 * active navigation item meet WCAG AA for normal text; the default shade 6 (3.6:1) does not.
 * No autoContrast: it picks black text for yellow and lime by Mantine's own shade 8, but the
 * resolver below fills with a darker shade chosen for white text, and black on it fails AA.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: false,
  focusRing: 'auto',
  // Users who ask their system for less motion get no transitions (WCAG 2.3.3).
  respectReducedMotion: true,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // A badge (status, RAG, lifecycle) is a word or two whose end carries the meaning: Mantine
    // lets a squeezed badge cut its label with an ellipsis; here it keeps its whole label and the
    // table or row around it makes room instead.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
    // A heading's long word (a Danish compound like "Ansøgningsoverførsel") breaks instead of
    // pushing the page wider than a phone (WCAG 1.4.10).
    Title: Title.extend({ styles: { root: { overflowWrap: 'anywhere' } } }),
  },
});

const AA = 4.5;
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
};

/** The lightest of shade 8, shade 9 or a darkened 9 that reaches 4.5:1 against the background. */
export function accessibleShade(colors: MantineColorsTuple, background = '#ffffff'): string {
  const candidates = [colors[8], colors[9], darken(colors[9], 0.3), darken(colors[9], 0.5)];
  return candidates.find((color) => contrast(color, background) >= AA) ?? darken(colors[9], 0.6);
}

/**
 * Light scheme colours that keep every variant at AA, at rest and pressed (a pressed control is
 * hovered, so it shows its hover background): filled uses a shade with 4.5:1 under white text
 * (green, orange, yellow … at shade 8 do not); outline and text use one that also passes on the
 * tinted background an outline control shows when hovered (red at shade 8 falls to 4.2:1 there);
 * the text of `light` variants is darkened so it passes on their hover background (shade 9 on
 * shade 2 is about 4:1). Secondary text, errors and placeholders get darker shades than Mantine's.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  };
  for (const [name, colors] of Object.entries(resolvedTheme.colors)) {
    if (name === 'dark' || !colors) continue;
    const strong = accessibleShade(colors);
    light[`--mantine-color-${name}-filled`] = strong;
    light[`--mantine-color-${name}-filled-hover`] = darken(strong, 0.15);
    const onTint = accessibleShade(colors, colors[1]);
    light[`--mantine-color-${name}-outline`] = onTint;
    light[`--mantine-color-${name}-text`] = onTint;
    light[`--mantine-color-${name}-light-color`] = darken(colors[9], 0.3);
  }
  return { variables: {}, light, dark: {} };
};
