import {
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  defaultVariantColorsResolver,
  luminance,
  MantineProvider,
  mergeMantineTheme,
  Title,
  toRgba,
} from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { cssVariablesResolver, theme } from './theme';

const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const mantine = defaultCssVariablesResolver(resolved);
const vars: Record<string, string> = {
  ...mantine.variables,
  ...mantine.light,
  ...cssVariablesResolver(resolved).light,
};

/** A CSS colour with its var() references replaced, composited over the white page if translucent. */
function solid(value: string): string {
  let color = value;
  for (let depth = 0; depth < 10 && color.includes('var('); depth++) {
    color = color.replace(/var\((--[\w-]+)\)/g, (_, name: string) => vars[name] ?? 'unknown');
  }
  if (color === 'transparent') return '#ffffff';
  const { r, g, b, a } = toRgba(color);
  const over = (channel: number) => Math.round(channel * a + 255 * (1 - a));
  return `rgb(${over(r)}, ${over(g)}, ${over(b)})`;
}

const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
};

describe('theme colours meet WCAG AA (4.5:1) for text on buttons, badges and action icons', () => {
  const names = Object.keys(resolved.colors).filter((name) => name !== 'dark');
  const variants = ['filled', 'light', 'subtle', 'outline'] as const;

  // A pressed control is under the pointer, so it shows its hover background: both must pass.
  it.each(['rest', 'pressed'] as const)('in the %s state, for every colour and variant', (state) => {
    const failing: string[] = [];
    for (const color of names) {
      for (const variant of variants) {
        const colors = defaultVariantColorsResolver({ color, theme: resolved, variant });
        const background = solid(state === 'rest' ? colors.background : colors.hover);
        const text = solid(colors.color);
        const ratio = contrast(text, background);
        if (ratio < 4.5) failing.push(`${color} ${variant}: ${ratio.toFixed(2)}`);
      }
    }
    expect(failing).toEqual([]);
  });

  it('reads the variables it checks (a typo would compare against "unknown")', () => {
    expect(solid('var(--mantine-color-yellow-filled)')).not.toBe('rgb(0, 0, 0)');
    expect(vars['--mantine-color-yellow-filled']).toBeDefined();
    expect(vars['--mantine-color-blue-light-hover']).toBeDefined();
  });
});

describe('headings on a phone', () => {
  it('break a long word rather than widen the page', () => {
    render(
      <MantineProvider theme={theme}>
        <Title order={1}>Ansøgningsoverførsel</Title>
      </MantineProvider>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Ansøgningsoverførsel' });
    expect(heading.style.overflowWrap).toBe('anywhere');
  });
});
