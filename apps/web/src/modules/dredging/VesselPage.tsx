import type { DredgingCycle as Cycle, DredgingVesselPage as VesselPageData } from '@strata/server/api-types';
import type { FeatureCollection, LineString } from 'geojson';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCountryName } from '../../api/countries.ts';
import { useApi } from '../../api/useApi.ts';
import { DataTable, type DataTableColumn } from '../../ui/DataTable.tsx';
import { DownloadButton } from '../../ui/DownloadButton.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { type MapLayer, WorldMap } from '../../ui/WorldMap.tsx';
import { BandText, DatasetNotice } from './DatasetNotice.tsx';
import { ACTIVITY_COLOURS, viewQuery } from './view.ts';

/** Cuts a track into lines, one per stretch of one activity (each line starts where the last ended). */
export function trackLines(track: VesselPageData['track']): FeatureCollection<LineString> {
  const features: FeatureCollection<LineString>['features'] = [];
  let segment = -1;
  for (const p of track) {
    const last = features[features.length - 1];
    if (last && last.properties?.activity === p.activity && p.segment === segment) {
      last.geometry.coordinates.push([p.lon, p.lat]);
    } else {
      // A new activity continues from the last point of the same segment; a new segment starts afresh.
      const start =
        last && p.segment === segment
          ? [last.geometry.coordinates[last.geometry.coordinates.length - 1]]
          : [];
      features.push({
        type: 'Feature',
        properties: { activity: p.activity, start: p.t },
        geometry: { type: 'LineString', coordinates: [...start, [p.lon, p.lat]] },
      });
    }
    segment = p.segment;
  }
  return { type: 'FeatureCollection', features: features.filter((f) => f.geometry.coordinates.length > 1) };
}

/** A dredger: identity and the evidence it is one, its track coloured by activity, its cycles. */
export function VesselPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { mmsi = '' } = useParams();
  const [params] = useSearchParams();
  const q = viewQuery({ dataset: params.get('dataset') ?? '' });
  // The year and month the reader came with: the way back shows the same view.
  const back = viewQuery({
    dataset: params.get('dataset') ?? '',
    year: params.get('year') ?? '',
    month: params.get('month') ?? '',
  });
  const result = useApi<VesselPageData>(`/dredging/vessels/${encodeURIComponent(mmsi)}${q}`);
  const v = result.status === 'ok' ? result.data : null;
  usePageTitle(v?.vessel.name ?? `MMSI ${mmsi}`);
  const layers = useMemo<MapLayer[]>(() => {
    if (!v) return [];
    return [
      {
        id: 'dredging-track',
        kind: 'line',
        data: trackLines(v.track),
        paint: {
          'line-width': 2.5,
          'line-color': [
            'match',
            ['get', 'activity'],
            ...Object.entries(ACTIVITY_COLOURS).flat(),
            '#333333',
          ] as unknown as string,
        },
        popup: (p) => intl.formatMessage({ id: `dredging.activity.${String(p?.activity)}` }),
      },
    ];
  }, [v, intl]);
  const centre = v && v.track.length > 0 ? ([v.track[0].lon, v.track[0].lat] as [number, number]) : undefined;
  const countryName = useCountryName();
  const dt = (s: string) =>
    intl.formatDate(new Date(s), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const cycleColumns: DataTableColumn<Cycle>[] = [
    { key: 'start', header: t('dredging.field.start'), cell: (c) => dt(c.start), sortValue: (c) => c.start },
    {
      key: 'minutes',
      header: t('dredging.field.dredgingMinutes'),
      cell: (c) => intl.formatNumber(c.dredgingMinutes),
      numeric: true,
      sortValue: (c) => c.dredgingMinutes,
    },
    {
      key: 'complete',
      header: t('dredging.field.complete'),
      cell: (c) => (c.complete ? t('dredging.yes') : t('dredging.no')),
    },
    {
      key: 'country',
      header: t('dredging.field.country'),
      cell: (c) => countryName(c.country),
    },
    {
      key: 'volume',
      header: t('dredging.field.volume'),
      cell: (c) => <BandText band={c.volumeM3} />,
      numeric: true,
      sortValue: (c) => c.volumeM3.central,
    },
    { key: 'method', header: t('dredging.field.method'), cell: (c) => c.volumeMethod },
  ];
  return (
    <article className="page dredging-vessel">
      <p>
        <Link to={`/dredging${back}`}>{t('dredging.back')}</Link>
      </p>
      <h1>{v?.vessel.name ?? `MMSI ${mmsi}`}</h1>
      {result.status === 'error' && (
        <p role="alert" className="error-summary">
          {t('common.loadError', { detail: result.error.detail ?? result.error.title })}
        </p>
      )}
      {v && (
        <>
          <DatasetNotice dataset={v.dataset} />
          <dl className="facts">
            <dt>MMSI</dt>
            <dd>{v.vessel.mmsi}</dd>
            <dt>{t('dredging.field.type')}</dt>
            <dd>{v.vessel.dredgerType ? t(`dredging.type.${v.vessel.dredgerType}`) : '—'}</dd>
            <dt>{t('dredging.field.operator')}</dt>
            <dd>{v.vessel.operator ?? '—'}</dd>
            <dt>{t('dredging.field.capacity')}</dt>
            <dd>
              {v.vessel.capacity ? (
                <>
                  <BandText band={v.vessel.capacity.band} /> ({v.vessel.capacity.source})
                </>
              ) : (
                '—'
              )}
            </dd>
            <dt>{t('dredging.field.volume')}</dt>
            <dd>
              <BandText band={v.totals.volumeM3} />
            </dd>
            <dt>{t('dredging.field.cycles')}</dt>
            <dd>{v.totals.cycles}</dd>
          </dl>
          <h2>{t('dredging.vessel.evidence')}</h2>
          <ul>
            {v.vessel.evidence.map((e) => (
              <li key={`${e.kind}-${e.detail}`}>
                <strong>{t(`dredging.evidence.${e.kind}`)}</strong>: {e.detail}
              </li>
            ))}
          </ul>
          <h2>{t('dredging.vessel.track')}</h2>
          <ul className="legend">
            {Object.entries(ACTIVITY_COLOURS).map(([a, colour]) => (
              <li key={a}>
                <span
                  aria-hidden="true"
                  style={{
                    display: 'inline-block',
                    width: '1.5em',
                    height: '0.4em',
                    background: colour,
                    marginInlineEnd: '0.4em',
                  }}
                />
                {t(`dredging.activity.${a}`)}
              </li>
            ))}
          </ul>
          <WorldMap
            label={t('dredging.vessel.track')}
            layers={layers}
            center={centre}
            zoom={centre ? 9 : undefined}
            height="440px"
          />
          <p className="downloads">
            <a href={`/api/dredging/downloads/vessels/${v.vessel.mmsi}/track.geojson${q}`} download>
              {t('dredging.download.track')}
            </a>{' '}
            ·{' '}
            <a href={`/api/dredging/downloads/vessels/${v.vessel.mmsi}/cycles.csv${q}`} download>
              {t('dredging.download.cycles')}
            </a>
          </p>
          <h2>{t('dredging.vessel.cycles')}</h2>
          <DataTable
            caption={t('dredging.vessel.cycles')}
            columns={cycleColumns}
            rows={v.cycles}
            rowKey={(c) => c.id}
            empty={t('dredging.none')}
            pageSize={50}
          />
          <DownloadButton
            what={`dredging-${v.vessel.mmsi}-cycles`}
            rows={v.cycles}
            columns={[
              { key: 'id', header: 'cycle_id', value: (c) => c.id },
              { key: 'start', header: 'start', value: (c) => c.start },
              { key: 'end', header: 'end', value: (c) => c.end },
              { key: 'complete', header: 'complete', value: (c) => c.complete },
              { key: 'low', header: 'volume_m3_low', value: (c) => c.volumeM3.low },
              { key: 'central', header: 'volume_m3_central', value: (c) => c.volumeM3.central },
              { key: 'high', header: 'volume_m3_high', value: (c) => c.volumeM3.high },
            ]}
            geometryOf={(c) => ({ type: 'Point', coordinates: [c.dredgeLon, c.dredgeLat] })}
          />
        </>
      )}
    </article>
  );
}
