import { useQuery } from '@apollo/client/react';
import { Button, Kbd, Loader, Text } from '@mantine/core';
import { useDebouncedValue, useOs } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { checkRules, searchSchema } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRuleMessage } from '../../../ui/useRuleMessage';
import { GlobalSearchDocument } from '../graphql/search.documents';
import { groupByKind, searchHitPath } from '../search-links';

/** Its own spotlight store, so no other spotlight on a page opens or closes it. */
const [searchStore, searchSpotlight] = createSpotlight();

/**
 * Global search: a field in the header and Ctrl/⌘+K open a result list, grouped by kind, that
 * arrow keys move through and Enter opens. Typing waits a moment before it asks the API.
 */
export function GlobalSearch() {
  const { t } = useTranslation('search');
  const ruleMessage = useRuleMessage();
  const navigate = useNavigate();
  const mac = useOs() === 'macos';
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const checked = checkRules(searchSchema, { text: debounced });
  const { data, loading, error } = useQuery(GlobalSearchDocument, {
    variables: { text: checked.ok ? checked.data.text : '' },
    skip: !checked.ok,
  });
  const tooLong = checked.errors.find((e) => e.message === 'field.tooLong');
  const hits = checked.ok ? (data?.search ?? []) : [];

  const status = (() => {
    if (tooLong) return ruleMessage(tooLong);
    if (!debounced.trim()) return t('hint');
    if (error) return t('failed');
    if (loading || query !== debounced) return null;
    return hits.length ? null : t('nothingFound', { text: debounced.trim() });
  })();

  return (
    <>
      <Button
        variant="default"
        onClick={searchSpotlight.open}
        aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
        rightSection={<Kbd size="xs">{mac ? '⌘ K' : 'Ctrl K'}</Kbd>}
        visibleFrom="xs"
      >
        {t('open')}
      </Button>
      <Spotlight.Root
        store={searchStore}
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        scrollable
        maxHeight={480}
      >
        <Spotlight.Search
          placeholder={t('placeholder')}
          aria-label={t('title')}
          maxLength={200}
          rightSection={loading ? <Loader size="xs" aria-label={t('loading')} /> : null}
        />
        <Spotlight.ActionsList aria-label={t('results')}>
          {groupByKind(hits).map(([kind, group]) => (
            // The label is drawn by CSS; role and name make the group known to screen readers too.
            <Spotlight.ActionsGroup
              key={kind}
              label={t(`kind.${kind}`)}
              role="group"
              aria-label={t(`kind.${kind}`)}
            >
              {group.map((hit) => (
                <Spotlight.Action
                  key={`${hit.kind}:${hit.id}`}
                  label={hit.name}
                  description={hit.detail ?? undefined}
                  onClick={() => void navigate(searchHitPath(hit.kind, hit.id))}
                />
              ))}
            </Spotlight.ActionsGroup>
          ))}
          {status && (
            <Spotlight.Empty>
              <Text size="sm" role="status">
                {status}
              </Text>
            </Spotlight.Empty>
          )}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
