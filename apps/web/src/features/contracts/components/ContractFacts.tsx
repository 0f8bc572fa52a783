import { Anchor, Badge, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { contractPath } from '../contract-types';
import { FactList } from './FactList';
import { ValidityBadge } from './ValidityBadge';

export const ContractFacts_contract = graphql(`
  fragment ContractFacts_contract on Contract {
    id
    version
    reference
    contractType
    template
    purchaseForm
    criticality
    startDate
    endDate
    durationMonths
    ongoing
    irrevocableUntil
    noticePeriodMonths
    noticeRule
    terminatedOn
    retenderPlan
    uptimePercent
    availability
    changeHandling
    documentationDuties
    invoiceRecipient
    indexationPercent
    supplier {
      id
      name
    }
    parent {
      id
      name
    }
    successor {
      id
      name
    }
    predecessors {
      id
      name
    }
    owner {
      id
      name
    }
    manager {
      id
      name
    }
    options {
      ordinal
      months
      exercisedOn
    }
    economyLines {
      kind
      amount
      note
    }
    dates {
      validity
      currentEnd
      effectiveEndWithOptions
      remainingOptionMonths
      latestNoticeDate
      earliestTerminationDate
      cappedByParent
      issues
      leadMonths
      procurementLeadMonths
      migration {
        months
        source
        dependentName
      }
      windowClosed
      retender {
        decisionDate
        daysLate
      }
      retenderWithOptions {
        decisionDate
      }
    }
  }
`);

/** The full term model and the dates computed from it. */
export function ContractFacts({ contract: ref }: { contract: FragmentType<typeof ContractFacts_contract> }) {
  const c = getFragmentData(ContractFacts_contract, ref);
  const { t } = useTranslation('contracts');
  const { formatDate, formatKr, formatNumber } = useFormatters();
  const yesNo = (v: boolean) => (v ? t('detail.yes') : t('detail.no'));
  const d = c.dates;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="contract-dates">
        <Title order={2} size="h4" id="contract-dates" mb="sm">
          {t('detail.dates')}
        </Title>
        {d.windowClosed && (
          <Badge color="red" variant="filled" mb="sm">
            {t('windowClosedLong', { days: d.retender.daysLate })}
          </Badge>
        )}
        <FactList
          facts={[
            [t('detail.validity'), <ValidityBadge key="v" validity={d.validity} />],
            [t('detail.currentEnd'), formatDate(d.currentEnd)],
            [t('detail.endWithOptions'), formatDate(d.effectiveEndWithOptions)],
            [t('detail.remainingOptionMonths'), formatNumber(d.remainingOptionMonths)],
            [t('detail.latestNoticeDate'), formatDate(d.latestNoticeDate)],
            [t('detail.earliestTerminationDate'), formatDate(d.earliestTerminationDate)],
            [t('detail.decision'), formatDate(d.retender.decisionDate)],
            [t('detail.decisionWithOptions'), formatDate(d.retenderWithOptions.decisionDate)],
            [t('detail.cappedByParent'), yesNo(d.cappedByParent)],
          ]}
        />
        <Text size="xs" c="dimmed" mt="sm">
          {t('detail.leadMonths', { months: d.leadMonths, procurement: d.procurementLeadMonths })}
        </Text>
        <Text size="xs" c="dimmed" data-testid="contract-migration">
          {t(`detail.migration.${d.migration.source}`, {
            months: d.migration.months,
            name: d.migration.dependentName ?? '',
          })}
        </Text>
        {d.issues.length > 0 && (
          <List size="sm" mt="sm" c="red.9">
            {d.issues.map((issue) => (
              <List.Item key={issue}>{t(`issues.${issue as 'MISSING_END'}`)}</List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="contract-terms">
        <Title order={2} size="h4" id="contract-terms" mb="sm">
          {t('detail.terms')}
        </Title>
        <FactList
          facts={[
            [
              t('columns.supplier'),
              c.supplier ? (
                <Anchor component={Link} to={`/leverandoerer/${c.supplier.id}`}>
                  {c.supplier.name}
                </Anchor>
              ) : (
                ''
              ),
            ],
            [t('detail.reference'), c.reference ?? ''],
            [t('detail.contractType'), c.contractType],
            [t('detail.template'), c.template],
            [t('detail.purchaseForm'), t(`purchaseForm.${c.purchaseForm}`)],
            [t('detail.criticality'), t(`criticality.${c.criticality}`)],
            [t('detail.startDate'), formatDate(c.startDate)],
            [t('detail.endDate'), formatDate(c.endDate)],
            [t('detail.durationMonths'), formatNumber(c.durationMonths)],
            [t('detail.ongoing'), yesNo(c.ongoing)],
            [t('detail.irrevocableUntil'), formatDate(c.irrevocableUntil)],
            [t('detail.noticePeriodMonths'), formatNumber(c.noticePeriodMonths)],
            [t('detail.noticeRule'), t(`noticeRule.${c.noticeRule}`)],
            [t('detail.terminatedOn'), formatDate(c.terminatedOn)],
            [
              t('detail.parent'),
              c.parent ? (
                <Anchor component={Link} to={contractPath(c.parent.id)}>
                  {c.parent.name}
                </Anchor>
              ) : (
                ''
              ),
            ],
            [
              t('detail.successor'),
              c.successor ? (
                <Anchor component={Link} to={contractPath(c.successor.id)}>
                  {c.successor.name}
                </Anchor>
              ) : (
                t('detail.noSuccessor')
              ),
            ],
            [
              t('detail.predecessors'),
              c.predecessors.length === 0
                ? ''
                : c.predecessors.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 && ', '}
                      <Anchor component={Link} to={contractPath(p.id)}>
                        {p.name}
                      </Anchor>
                    </span>
                  )),
            ],
            [t('detail.indexationPercent'), formatNumber(c.indexationPercent)],
          ]}
        />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="contract-service">
        <Title order={2} size="h4" id="contract-service" mb="sm">
          {t('detail.service')} · {t('detail.roles')}
        </Title>
        <FactList
          facts={[
            [t('detail.uptimePercent'), formatNumber(c.uptimePercent)],
            [t('detail.availability'), c.availability],
            [t('detail.changeHandling'), c.changeHandling],
            [t('detail.documentationDuties'), c.documentationDuties],
            [t('detail.owner'), c.owner?.name ?? ''],
            [t('detail.manager'), c.manager?.name ?? ''],
            [t('detail.invoiceRecipient'), c.invoiceRecipient],
            [t('detail.retenderPlan'), c.retenderPlan],
          ]}
        />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="contract-economy">
        <Title order={2} size="h4" id="contract-economy" mb="sm">
          {t('detail.economy')} · {t('detail.options')}
        </Title>
        <Stack gap="xs">
          {c.economyLines.length === 0 ? (
            <Text size="sm">{t('detail.noEconomy')}</Text>
          ) : (
            <List size="sm">
              {c.economyLines.map((l, i) => (
                <List.Item key={i}>
                  {t(`economyKind.${l.kind}`)}: {formatKr(l.amount)}
                  {l.note ? ` – ${l.note}` : ''}
                </List.Item>
              ))}
            </List>
          )}
          {c.options.length === 0 ? (
            <Text size="sm">{t('detail.noOptions')}</Text>
          ) : (
            <List size="sm">
              {c.options.map((o) => (
                <List.Item key={o.ordinal}>
                  {t('detail.optionRow', { ordinal: o.ordinal, months: o.months })} –{' '}
                  {o.exercisedOn
                    ? t('detail.exercised', { date: formatDate(o.exercisedOn) })
                    : t('detail.notExercised')}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
